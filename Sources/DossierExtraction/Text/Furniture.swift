/// What a page says about itself outside its body text.
struct PageInfo {
    var title = ""
    var publisher = ""
    var date = ""
    /// The author the page's metadata names (article:author, author), for a byline without "By".
    var author = ""
}

/// Sorts a plain-text page's blocks into title, body and page furniture by general rules: short
/// lines without sentence punctuation, interface phrases, outlet names, and position on the page.
enum Furniture {
    /// Phrases that make a line furniture whatever its punctuation.
    static let strongPhrases = [
        "click here", "not accepting comments", "add a comment", "leave a comment", "app store", "google play",
        "sign up", "subscribe", "cookie", "read more", "comments are closed", "all rights reserved", "download the app",
        "to read the letter in full", "to read the report in full", "follow us", "share this", "listen live",
    ]

    static let strongMatcher = PhraseMatcher(strongPhrases)

    /// Quotation marks and spaces around an outlet's name.
    static let quotesAndSpaces: Set<Unicode.Scalar> = Set("'\"‘’“” ©".unicodeScalars)

    /// The start of a line in lower case, from its first letter or digit ("*Published 4 April" is
    /// "published 4 april"): enough for the prefixes that mark stamps, without lower-casing the whole line.
    static func leadingWords(_ s: [Unicode.Scalar]) -> String {
        guard let first = s.firstIndex(where: { FastText.isLetter($0) || FastText.isDigit($0) }) else { return "" }
        return FastText.string(s[first..<min(s.count, first + 16)]).lowercased()
    }

    /// Whether `leadingWords(s)` starts with one of the lower-case ASCII `prefixes`, without making
    /// the string when the first 16 scalars are ASCII (then lower-casing and comparing are bytewise).
    static func leadingWordsHavePrefix(_ s: [Unicode.Scalar], _ prefixes: [[UInt8]]) -> Bool {
        s.withUnsafeBufferPointer { b in
            var first = 0
            while first < b.count, !(FastText.isLetter(b[first]) || FastText.isDigit(b[first])) { first += 1 }
            guard first < b.count else { return false }
            let end = min(b.count, first + 16)
            var ascii = true
            for k in first..<end where b[k].value >= 0x80 { ascii = false; break }
            guard ascii else {
                let lower = leadingWords(s)
                return prefixes.contains { lower.hasPrefix(String(decoding: $0, as: UTF8.self)) }
            }
            outer: for p in prefixes {
                guard p.count <= end - first else { continue }
                for (k, c) in p.enumerated() {
                    let v = UInt8(truncatingIfNeeded: b[first + k].value)
                    if (v &- 65 < 26 ? v | 0x20 : v) != c { continue outer }
                }
                return true
            }
            return false
        }
    }

    static let stampPrefixes: [[UInt8]] = ["published", "updated", "last updated", "posted"].map { Array($0.utf8) }
    static let copyrightPrefix: [[UInt8]] = [Array("copyright".utf8)]

    static func classify(_ blocks: inout [Block]) -> PageInfo {
        var info = PageInfo()
        var seenBody = false
        var candidates: [(block: Int, score: Int)] = []
        func finish() {
            // The headline: the best-looking line above the body, not the first (menus and addresses come first).
            if let best = candidates.max(by: { ($0.score, -$0.block) < ($1.score, -$1.block) }), best.score > 0 {
                blocks[best.block].role = .title
                info.title = blocks[best.block].text
            }
            // The outlet's name, when no gazetteer entry matched: a short line at the very top.
            if info.publisher.isEmpty, let first = blocks.indices.first(where: { blocks[$0].role != .body }), first == 0,
               blocks[0].role == .furniture, (1...5).contains(wordCount(blocks[0].scalars)), !Outlets.isInterface(blocks[0].scalars),
               !blocks[0].scalars.contains(where: { "|>:/@".unicodeScalars.contains($0) }), hasEnoughLetters(blocks[0].scalars) {
                info.publisher = FastText.trimmed(blocks[0].text, FastText.blanks)
            }
        }
        for i in blocks.indices {
            // The block's text is made only when a rule needs it: most body paragraphs need none.
            var made: String? = nil
            func text() -> String {
                if let t = made { return t }
                let t = blocks[i].text; made = t; return t
            }
            let stats = LineStats(blocks[i].scalars)
            let words = stats.words
            let punctuated = endsSentence(blocks[i].scalars)
            if words <= 10, !punctuated || !seenBody, let outlet = Outlets.outlet(scalars: blocks[i].scalars, trimming: quotesAndSpaces) {
                if info.publisher.isEmpty { info.publisher = outlet }
                blocks[i].role = .furniture; continue
            }
            // Markdown emphasis and bullets do not hide a stamp ("*Published 4 April 2019*").
            if words <= 12, leadingWordsHavePrefix(blocks[i].scalars, stampPrefixes) {
                if info.date.isEmpty, let d = DateParser.firstDate(in: text()) { info.date = d.iso }
                blocks[i].role = .furniture; continue
            }
            if words <= 25, strongMatcher.matches(blocks[i].scalars) { blocks[i].role = .furniture; continue }
            if stats.copyright || leadingWordsHavePrefix(blocks[i].scalars, copyrightPrefix) || stats.bars >= 2 {
                blocks[i].role = .furniture; continue
            }
            // Taglines and menus above the headline ("Your town. Your news.").
            if !seenBody, candidates.isEmpty, words <= 6, punctuated, !blocks[i].isHeading,
               blocks[(i + 1)...].prefix(3).contains(where: { !endsSentence($0.scalars) && wordCount($0.scalars) >= 3 && !Outlets.isInterface($0.scalars) }) { blocks[i].role = .furniture; continue }
            if !stats.hasEnoughLetters { blocks[i].role = .furniture; continue }
            if !seenBody, words >= 3, words <= 30, !punctuated || blocks[i].isHeading {
                candidates.append((i, titleScore(blocks[i], text: text(), words: words)))
                if info.date.isEmpty, words <= 6, let d = DateParser.firstDate(in: text()), d.year != nil { info.date = d.iso }
                blocks[i].role = .furniture; continue
            }
            // An item of a list that a sentence introduces ("…in the following areas of concern:", "What needs to
            // improve?") is prose, punctuated or not.
            if seenBody, blocks[i].isHeading, words >= 4, i > 0, let j = (0..<i).last(where: { !blocks[$0].isHeading }),
               blocks[j].role == .body, let last = blocks[j].scalars.last(where: { !FastText.isSpace($0) }), last == ":" || last == "?" {
                blocks[i].role = .body; continue
            }
            // Headings, standfirsts, links and menus: prose ends its sentences.
            if !punctuated && (words <= 12 || !seenBody) {
                if info.date.isEmpty, words <= 6, !seenBody, let d = DateParser.firstDate(in: text()), d.year != nil { info.date = d.iso }
                blocks[i].role = .furniture; continue
            }
            if !punctuated && words <= 15 && Outlets.isInterface(blocks[i].scalars) { blocks[i].role = .furniture; continue }
            blocks[i].role = .body
            seenBody = true
        }
        finish()
        return info
    }

    /// How much a line looks like a headline: a phrase of several words in sentence case, not a
    /// menu, an address or a line of numbers.
    /// `text` is the block's text; it is split into words by characters only when it is not ASCII.
    static func titleScore(_ b: Block, text: String, words: Int) -> Int {
        var score = 0
        if words >= 4 && words <= 20 { score += 2 }
        var lowerWords = 0, digits = 0, marks = false, ascii = true, spaces = 0, threeSpaces = false
        var wordStart = true
        for c in b.scalars {
            let v = c.value
            if v >= 0x80 { ascii = false }
            if v == 32 {
                wordStart = true; spaces += 1
                if spaces >= 3 { threeSpaces = true }
                continue
            }
            spaces = 0
            if wordStart, v &- 97 < 26 { lowerWords += 1 }
            wordStart = false
            if v &- 48 < 10 { digits += 1 }
            if v == 124 || v == 62 || v == 64 { marks = true }
        }
        if !ascii {
            lowerWords = text.split(separator: " ").filter { $0.first.map { $0.isLowercase } ?? false }.count
        }
        if lowerWords >= 2 { score += 2 }
        if b.isHeading { score += 1 }
        if marks || Outlets.isInterface(b.scalars) || threeSpaces { score -= 4 }
        if digits >= 3 { score -= 3 }
        if titleMatcher.matches(b.scalars) { score += 2 }
        return score
    }

    static let titleMatcher = PhraseMatcher(["children", "ofsted", "inspect", "visit", "council", "services"])

    /// What `classify` counts in a line, in one pass: `wordCount`, `hasEnoughLetters`, "©" and bars.
    struct LineStats {
        var words = 0, letters = 0, other = 0, bars = 0
        var copyright = false
        var hasEnoughLetters: Bool { letters >= 2 && letters * 2 >= other }

        init(_ s: [Unicode.Scalar]) {
            s.withUnsafeBufferPointer { b in
                var inWord = false
                for c in b {
                    let v = c.value
                    let letter: Bool, digit: Bool, space: Bool
                    if v < 128 {
                        letter = (v &- 65 < 26) || (v &- 97 < 26)
                        digit = v &- 48 < 10
                        space = v == 32 || (v >= 9 && v <= 13)
                        if v == 124 { bars += 1 }
                    } else {
                        letter = c.properties.isAlphabetic
                        digit = false
                        space = !letter && c.properties.isWhitespace
                        if v == 0xA9 { copyright = true }
                    }
                    let w = letter || digit
                    if w && !inWord { words += 1 }
                    inWord = w || (inWord && (v == 39 || v == 0x2019 || v == 45))
                    if !space { if letter { letters += 1 } else { other += 1 } }
                }
            }
        }
    }

    static func wordCount(_ s: [Unicode.Scalar]) -> Int {
        s.withUnsafeBufferPointer { b in
            var n = 0, inWord = false
            for c in b {
                let v = c.value
                let w: Bool
                if v < 128 {
                    w = (v &- 65 < 26) || (v &- 97 < 26) || (v &- 48 < 10)
                } else {
                    w = c.properties.isAlphabetic
                }
                if w && !inWord { n += 1 }
                inWord = w || (inWord && (v == 39 || v == 0x2019 || v == 45))
            }
            return n
        }
    }

    /// Whether a block ends as prose does: a full stop, question or exclamation mark, colon,
    /// or a closing quotation mark after one.
    static func endsSentence(_ s: [Unicode.Scalar]) -> Bool {
        var i = s.count - 1
        while i >= 0 {
            let c = s[i]
            let closer = c == "\"" || c == "'" || c == "”" || c == "’" || c == ")"
            guard closer || FastText.isSpace(c) else { break }
            if (c == "\"" || c == "”") && i > 0 && FastText.isLetter(s[i - 1]) {
                // A quotation ending a paragraph without a full stop is still prose.
                return s.count > 40
            }
            i -= 1
        }
        guard i >= 0 else { return false }
        switch s[i] {
        case ".", "!", "?", ":", ";", "…": return true
        default: return false
        }
    }

    static func hasEnoughLetters(_ s: [Unicode.Scalar]) -> Bool {
        s.withUnsafeBufferPointer { b in
            var letters = 0, other = 0
            for c in b where !FastText.isSpace(c) {
                if FastText.isLetter(c) { letters += 1 } else { other += 1 }
            }
            return letters >= 2 && letters * 2 >= other
        }
    }
}
