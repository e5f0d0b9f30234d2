/// A calendar date at the precision a text gives: a year, a month, a day, or some of them.
struct PartialDate: Equatable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// ISO form at the precision known; empty without a year.
    var iso: String {
        guard let y = year else { return "" }
        var s = String(y)
        if let m = month {
            s += "-" + (m < 10 ? "0" : "") + String(m)
            if let d = day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        }
        return s
    }

    /// Whether two dates can name the same day (one is a coarser form of the other).
    func isCompatible(with o: PartialDate) -> Bool {
        if let a = year, let b = o.year, a != b { return false }
        if let a = month, let b = o.month, a != b { return false }
        if let a = day, let b = o.day, a != b { return false }
        return true
    }

    var precision: Int { (year != nil ? 4 : 0) + (month != nil ? 2 : 0) + (day != nil ? 1 : 0) }

    /// Both dates' parts together.
    func merged(with o: PartialDate) -> PartialDate {
        PartialDate(year: year ?? o.year, month: month ?? o.month, day: day ?? o.day)
    }
}

/// Finds dates in tokens: "21 February 2017", "February 21 and 22", "April 2016", "in 2016", "2017-02-21".
enum DateParser {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let monthInitials: [Bool] = (0..<256).map { "jfmasond".utf8.contains(UInt8($0)) }

    static func day(_ t: Token) -> Int? {
        // Most tokens are words: a day starts with a digit and is at most "31st" long.
        guard let f = t.lower.utf8.first, f &- 48 < 10, t.lower.utf8.count <= 4 else { return nil }
        var s = t.lower
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s = String(s.dropLast(2)) }
        guard let d = Int(s), d >= 1, d <= 31 else { return nil }
        return d
    }

    static func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.count == 4, let y = Int(t.text), y >= 1990, y <= 2100 else { return nil }
        return y
    }

    static func month(_ t: Token) -> Int? {
        // Most words are not months: the length and first letter rule them out before a look-up.
        guard t.kind == .word, let f = t.lower.utf8.first, monthInitials[Int(f)], (3...9).contains(t.lower.utf8.count), let m = months[t.lower] else { return nil }
        // "May" and "March" are also words: trust them only capitalised.
        if (t.lower == "may" || t.lower == "march" || t.lower.count == 3) && !t.isCapitalized { return nil }
        return m
    }

    /// Every date in `tokens[range]`, with the token range it covers; with an `anchor` (the
    /// document's own date), relative dates too ("last month", "14 months ago", "earlier this year").
    static func dates(in tokens: [Token], _ range: Range<Int>, anchor: PartialDate? = nil) -> [(range: Range<Int>, date: PartialDate)] {
        var out: [(Range<Int>, PartialDate)] = []
        var i = range.lowerBound
        let n = range.upperBound
        func at(_ k: Int) -> Token? { k < n ? tokens[k] : nil }
        while i < n {
            let t = tokens[i]
            if t.kind == .number, let iso = isoDate(t.text) { out.append((i..<i + 1, iso)); i += 1; continue }
            // "18/12/2019", "18.12.2019": day, month and year, in the British order.
            if t.kind == .number, i + 4 < n, ["/", "."].contains(tokens[i + 1].text), tokens[i + 3].text == tokens[i + 1].text,
               let d = Int(t.text), let m = Int(tokens[i + 2].text), tokens[i + 2].kind == .number, let y = year(tokens[i + 4]),
               (1...31).contains(d), (1...12).contains(m) {
                out.append((i..<i + 5, PartialDate(year: y, month: m, day: d))); i += 5; continue
            }
            // "9 and 10 October 2019", "21 March to 1 April 2022": the first day, in the month and year that follow.
            // "the 3rd and 4th of September": ordinals, and "of" before the month.
            if let d = day(t), let c = at(i + 1), ["and", "to", "-", "–"].contains(c.lower),
               let d2 = at(i + 2), day(d2) != nil, let m = at(i + 3).flatMap(month) ?? (at(i + 3)?.lower == "of" ? at(i + 4).flatMap(month) : nil) {
                var date = PartialDate(month: m, day: d), end = at(i + 3)?.lower == "of" ? i + 5 : i + 4
                if let y = at(end).flatMap(year) { date.year = y; end += 1 }
                out.append((i..<end, date)); i = end; continue
            }
            if let d = day(t), let m = at(i + 1).flatMap(month) ?? (at(i + 1)?.lower == "of" && t.kind != .number ? at(i + 2).flatMap(month) : nil) {
                var date = PartialDate(month: m, day: d), end = at(i + 1)?.lower == "of" ? i + 3 : i + 2
                if let y = at(end).flatMap(year) { date.year = y; end += 1 }
                out.append((i..<end, date)); i = end; continue
            }
            if let m = month(t) {
                var date = PartialDate(month: m), end = i + 1
                if let nx = at(end), nx.kind == .number, let d = day(nx), year(nx) == nil {
                    date.day = d; end += 1
                    // "February 21 and 22": the visit's first day.
                    if at(end)?.lower == "and" || at(end)?.lower == "to" || at(end)?.text == "-" || at(end)?.text == "–",
                       let d2 = at(end + 1), d2.kind == .number, day(d2) != nil, year(d2) == nil { end += 2 }
                    if at(end)?.text == ",", let y = at(end + 1).flatMap(year) { date.year = y; end += 2 }
                }
                if date.year == nil, let y = at(end).flatMap(year) { date.year = y; end += 1 }
                // A bare month is a date only where it reads as one ("in February", "February's visit").
                if date.year != nil || date.day != nil || (i > 0 && ["in", "during", "on", "since", "from", "until", "last", "early", "late", "mid", "of", "by"].contains(tokens[i - 1].lower)) {
                    out.append((i..<end, date))
                }
                i = end; continue
            }
            if let a = anchor, let rel = relative(tokens, i, n, anchor: a) {
                out.append((rel.range, rel.date)); i = rel.range.upperBound; continue
            }
            if let y = year(t) {
                let prev = i > range.lowerBound ? tokens[i - 1].lower : ""
                if ["in", "since", "during", "of", "from", "until", "by", "and", "year", "early", "late", "mid", "summer", "spring", "autumn", "winter"].contains(prev) {
                    out.append((i..<i + 1, PartialDate(year: y)))
                }
            }
            i += 1
        }
        // "judged to require improvement in 2017 and rated inadequate two years before that": counted from the date before.
        var k = range.lowerBound
        while k + 3 < n {
            if ["years", "year"].contains(tokens[k + 1].lower), let count = Int(tokens[k].lower) ?? counts[tokens[k].lower], count > 0,
               ["before", "after", "earlier", "later"].contains(tokens[k + 2].lower),
               tokens[k + 2].lower == "earlier" || tokens[k + 2].lower == "later" || ["that", "then", "this"].contains(tokens[k + 3].lower),
               let prior = out.last(where: { $0.0.upperBound <= k }), let py = prior.1.year, !out.contains(where: { $0.0.overlaps(k..<k + 3) }) {
                let back = ["before", "earlier"].contains(tokens[k + 2].lower)
                out.append((k..<k + 3, PartialDate(year: back ? py - count : py + count)))
                k += 3; continue
            }
            k += 1
        }
        out.sort { $0.0.lowerBound < $1.0.lowerBound }
        // "from 21 March to 1 April 2022": a date without a year takes the year of the one it runs to.
        for k in out.indices.dropLast() where out[k].1.year == nil && out[k + 1].0.lowerBound - out[k].0.upperBound <= 1 {
            out[k].1.year = out[k + 1].1.year
        }
        // With the page's own date, a month without a year is the last such month before it; settled here, so
        // that "in September" cannot be taken for the same grade as "in 2012" further on.
        if let a = anchor, let ay = a.year {
            for k in out.indices where out[k].1.year == nil {
                if let m = out[k].1.month { out[k].1.year = (a.month ?? 12) >= m ? ay : ay - 1 }
            }
        }
        return out
    }

    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "twenty-four": 24, "few": 0,
    ]

    /// A date given relative to `anchor` at `i`: "last month", "this month", "last year", "this year",
    /// "N months ago", "N years ago"; seasons ("in the spring", "this summer") give the anchor's year. Months come
    /// back at month precision, years at year precision; "a few months ago" is too vague to date.
    static func relative(_ t: [Token], _ i: Int, _ n: Int, anchor a: PartialDate) -> (range: Range<Int>, date: PartialDate)? {
        guard let y = a.year else { return nil }
        let w = t[i].lower
        let next = i + 1 < n ? t[i + 1].lower : ""
        if w == "last" || w == "this" {
            if next == "month", let m = a.month {
                let back = w == "this" ? 0 : 1
                let total = y * 12 + (m - 1) - back
                return (i..<i + 2, PartialDate(year: total / 12, month: total % 12 + 1))
            }
            if next == "year" { return (i..<i + 2, PartialDate(year: w == "this" ? y : y - 1)) }
            // "this spring"; "last spring" is last year's while this year's has not ended, else this year's.
            if w == "this", ["spring", "summer", "autumn", "winter"].contains(next) { return (i..<i + 2, PartialDate(year: y)) }
            if w == "last", let m = a.month, let end = ["spring": 5, "summer": 8, "autumn": 11][next] { return (i..<i + 2, PartialDate(year: m > end ? y : y - 1)) }
        }
        // "in the spring", "this spring": the anchor's year, unless a year follows ("the spring of 2019").
        if w == "the", i > 0, t[i - 1].lower == "in", ["spring", "summer", "autumn"].contains(next), i + 2 >= n || t[i + 2].lower != "of" {
            if let m = a.month, next == "autumn" && m < 9 { return (i..<i + 2, PartialDate(year: y - 1)) }
            return (i..<i + 2, PartialDate(year: y))
        }
        // "a decade ago", "two decades ago".
        if i + 2 < n, t[i + 2].lower == "ago", ["decade", "decades"].contains(next), let count = Int(w) ?? counts[w], count > 0 {
            return (i..<i + 3, PartialDate(year: y - 10 * count))
        }
        // "14 months ago", "two years ago", "a year ago".
        if i + 2 < n, t[i + 2].lower == "ago", let count = Int(w) ?? counts[w], count > 0 {
            switch next {
            case "months", "month":
                guard let m = a.month else { return nil }
                let total = y * 12 + (m - 1) - count
                return (i..<i + 3, PartialDate(year: total / 12, month: total % 12 + 1))
            case "years", "year":
                return (i..<i + 3, PartialDate(year: y - count))
            default: return nil
            }
        }
        return nil
    }

    static func isoDate(_ s: String) -> PartialDate? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// The first date in free text, for "Published 12 March 2019" stamps and HTML meta values.
    static func firstDate(in text: String) -> PartialDate? {
        if text.count >= 10, let iso = isoDate(String(text.prefix(10))) { return iso }
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        return dates(in: tokens, 0..<tokens.count).first(where: { $0.date.year != nil })?.date
    }
}
