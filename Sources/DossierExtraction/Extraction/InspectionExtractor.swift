import DossierModel

/// Finds the inspections and visits a document reports: graded inspections from rating phrases
/// ("rated inadequate in April 2016"), visits from their kind ("second monitoring visit"), and the
/// visit the document is about ("the latest inspection", "this visit"), with dates and ordinals.
struct InspectionExtractor {
    let doc: DocumentText
    let council: String
    let inspector: String
    /// The council each sentence is about, when the document covers more than one; else empty.
    var councils: [String] = []

    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                          "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6]
    static let ratingCues: Set<String> = ["rated", "judged", "graded", "deemed", "rating", "grade", "found", "as", "remains", "remained", "be", "was", "is"]

    struct Output { var facts: [InspectionFact]; var current: Int? }
    static let inspectionWords: Set<String> = ["inspection", "inspectors", "inspected", "inspection's", "re-inspection", "reinspection"]
    /// Words that tie a date to a grade across a few more words ("the judgement the service received in 2021").
    static let conferred: Set<String> = ["received", "given", "awarded", "handed", "judgement", "judgment", "rating", "grade", "verdict"]
    static let futureWords: Set<String> = ["will", "would", "expected", "due", "next", "planned", "scheduled", "upcoming", "shall"]
    static let visitWords: Set<String> = ["visit", "inspection", "inspected", "visited", "inspectors"]

    func extract() -> Output {
        var rated: [InspectionFact] = []
        var visits: [InspectionFact] = []
        var current: Int? = nil // index into visits
        var genericMentions: [Provenance] = []
        var latestDated: PartialDate? = nil
        var currentRated: Int? = nil
        var inspectionDates: [(date: PartialDate, saysInspection: Bool, council: String)] = []
        // A grade said to be new ("have been rated outstanding", "now require improvement"), and whether the
        // visit taken for the document's subject was named as the latest.
        var newGrade = false
        var currentNamed = false
        let anchor = DateParser.firstDate(in: doc.info.date)
        // The kind of visit a sentence named in the plural ("eight monitoring visits"), for "The most recent, in March 2021".
        var seriesKind: String? = nil
        // Councils and kinds of visit named as a series ("following five monitoring visits").
        var seriesCouncils = Set<String>()
        var seriesSource: Provenance? = nil
        var returns: [(council: String, date: PartialDate, source: Provenance)] = []
        // "Ofsted's previous full inspection … took place in November 2021": a date for the earlier grade.
        var previousDates: [(council: String, date: PartialDate)] = []
        // A grade or a visit the text adds ("and again in 2019", "the first two monitoring visits, in April and July"), once.
        @discardableResult
        func addGrade(_ council: String, _ rating: String, _ date: PartialDate, kind: String = "inspection", _ source: Provenance) -> Bool {
            guard !rated.contains(where: { $0.council == council && $0.rating == rating && $0.date == date }) else { return false }
            rated.append(InspectionFact(council: council, kind: kind, ordinal: nil, date: date, rating: rating, inspector: "", source: source, documents: [doc.id]))
            return true
        }
        func addVisit(_ council: String, _ kind: String, _ date: PartialDate, ordinal: Int? = nil, _ source: Provenance) {
            guard !visits.contains(where: { $0.council == council && $0.kind == kind && $0.date == date }) else { return }
            visits.append(InspectionFact(council: council, kind: kind, ordinal: ordinal, date: date, rating: "", inspector: "", source: source, documents: [doc.id]))
        }
        for (si, s) in doc.sentences.enumerated() {
            let council = si < councils.count && !councils[si].isEmpty ? councils[si] : self.council
            let t = doc.tokens[s.block]
            let r = s.tokens
            let prov = doc.provenance(block: s.block, range: s.range)
            let source = Provenance(document: doc.id, line: prov.line, start: prov.start, end: prov.end)
            let dates = DateParser.dates(in: t, r, anchor: anchor)
            for d in dates where d.date.year != nil { if latestDated == nil || d.date.iso > latestDated!.iso { latestDated = d.date } }
            var usedDates = Set<Int>()
            // "grade services as outstanding, good, requires improvement or inadequate" describes the scale, not a grade.
            var gradesNamed = 0
            for k in r {
                switch t[k].lower {
                case "outstanding": gradesNamed |= 1
                case "good": gradesNamed |= 2
                case "requires": gradesNamed |= 4
                case "inadequate": gradesNamed |= 8
                default: break
                }
            }
            // Ratings: "rated “inadequate” in April 2016", "an inadequate rating".
            // A section heading that grades one area ("The experiences and progress of children in care: good")
            // is a sub-judgement, not the inspection's grade.
            let gradesArea = doc.blocks[s.block].isHeading && t[r].contains { $0.text == ":" }
            var lastGrade: (at: Int, council: String, rating: String)? = nil
            for i in r where t[i].isWord && gradesNamed != 15 && !gradesArea {
                guard let rating = ratingAt(t, i, r) else { continue }
                // "…with Oldham's services judged inadequate and Rochdale's rated good": the council named last before the grade.
                let council = councilNamed(t, r, before: i, or: council)
                // A date belongs to the nearest rating: in "rated outstanding, having been judged good in January
                // 2019" the date is the earlier grade's.
                let ratingBetween = { (a: Int, b: Int) in (a..<b).contains { $0 != i && t[$0].isWord && ratingAt(t, $0, r) != nil } }
                // "rated requires improvement to be good following a three-week inspection in April 2023": a date
                // further on still dates the grade when the words between name the inspection.
                // Not across a clause: in "judged to require improvement, and in 2016 it was rated inadequate" 2016 is the next grade's.
                let clauseBreak = { (a: Int, b: Int) in (a..<b).contains { t[$0].text == ";" || (t[$0].text == "," && $0 + 1 < b && ["and", "but", "while", "whereas"].contains(t[$0 + 1].lower)) } }
                let reach = { (d: Range<Int>) in !clauseBreak(i + 1, d.lowerBound)
                    && (d.lowerBound <= i + 8 || (d.lowerBound <= i + 16 && (i + 1..<d.lowerBound).contains { Self.inspectionWords.contains(t[$0].lower) || Self.conferred.contains(t[$0].lower) })) }
                // A date before the grade, unless the words between set it apart ("visit on 5 February, almost a year
                // after the service was judged inadequate").
                let apart = { (a: Int, b: Int) in (a..<b).contains { ["after", "since", "before"].contains(t[$0].lower) } }
                // "remain good, as they were at the last inspection in 2019": the earlier inspection's date, and its grade.
                let earlier = { (d: Range<Int>) in (i + 1..<d.lowerBound).contains { ["last", "previous", "earlier"].contains(t[$0].lower) } && (i + 1..<d.lowerBound).contains { Self.inspectionWords.contains(t[$0].lower) } }
                if let d = dates.enumerated().first(where: { $0.element.range.lowerBound > i && reach($0.element.range) && !ratingBetween(i + 1, $0.element.range.lowerBound) }), earlier(d.element.range) {
                    usedDates.insert(d.offset)
                    addGrade(council, rating, d.element.date, source)
                }
                // "rated inadequate since the current inspection framework was introduced in 2018": another event's date.
                let sinceEvent = { (d: Range<Int>) in (i + 1..<d.lowerBound).contains { k in t[k].lower == "since" && d.lowerBound - k > 2 } }
                var date = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > i && reach($0.element.range) && !ratingBetween(i + 1, $0.element.range.lowerBound) && !sinceEvent($0.element.range) })
                    ?? dates.enumerated().last(where: { $0.element.range.upperBound <= i && !ratingBetween($0.element.range.upperBound, i) && !apart($0.element.range.upperBound, i) })
                // "inadequate in every inspection since 2008, most recently in 2016": the latest of the grades.
                if let d = date, let latest = dates.enumerated().first(where: { $0.element.range.lowerBound > d.element.range.upperBound
                        && $0.element.range.lowerBound <= d.element.range.upperBound + 5
                        && (d.element.range.upperBound..<$0.element.range.lowerBound).contains { ["recently", "latest", "lately"].contains(t[$0].lower) } }) {
                    usedDates.insert(d.offset)
                    date = latest
                }
                if let d = date { usedDates.insert(d.offset) }
                // "Inspectors visited in April, three years after the service was last judged good": counted back from
                // the sentence's date; "three years since it was rated inadequate" from the page's.
                var counted: PartialDate? = nil
                if date == nil, let a = (max(r.lowerBound, i - 10)..<i).last(where: { ["after", "since"].contains(t[$0].lower) }), a >= r.lowerBound + 2,
                   ["years", "year", "decade", "decades"].contains(t[a - 1].lower), let n = Int(t[a - 2].lower) ?? DateParser.counts[t[a - 2].lower], n > 0,
                   a - 3 < r.lowerBound || !["than", "over"].contains(t[a - 3].lower) {
                    let count = t[a - 1].lower.hasPrefix("decade") ? 10 * n : n
                    let before = dates.last(where: { $0.range.upperBound <= a - 2 })?.date
                    // A month without a year is the last such month before the page's date.
                    let inferred = before.flatMap { d in d.year ?? d.month.flatMap { m in anchor?.year.map { (anchor?.month ?? 12) >= m ? $0 : $0 - 1 } } }
                    // With no date before it, "a decade after they were judged inadequate" counts from now.
                    let from = t[a].lower == "after" ? inferred ?? (before == nil ? anchor?.year : nil) : anchor?.year
                    if let y = from { counted = PartialDate(year: y - count) }
                }
                let current = isCurrentRating(t, i, r)
                lastGrade = (i, council, rating)
                if current, council == self.council {
                    let words = t[max(r.lowerBound, i - 8)..<i].map(\.lower)
                    if (words.contains("been") && words.contains { $0 == "have" || $0 == "has" } && !t[i..<r.upperBound].contains { $0.lower == "since" }) || words.contains("now") { newGrade = true }
                }
                // A grade given before ("the first full inspection since the service was rated inadequate") was an inspection.
                // "graded requires improvement … after a re-inspection in June, having been rated inadequate in 2021".
                let reinspection = r.filter { t[$0].lower.hasPrefix("re-inspect") || t[$0].lower.hasPrefix("reinspect") }
                let leftBehind = t[max(r.lowerBound, i - 4)..<i].contains { ["longer", "out", "beyond", "escaped", "left", "leaving"].contains($0.lower) }
                let kind = !leftBehind && reinspection.contains { k in (current || abs(k - i) <= 12) && !ratingBetween(min(i, k) + 1, max(i, k)) && !(min(i, k)..<max(i, k)).contains { ["having", "since", "first"].contains(t[$0].lower) || (k < i && ["after", "before"].contains(t[$0].lower)) } } ? "re-inspection" : "inspection"
                var fact = InspectionFact(council: council, kind: kind, ordinal: nil, date: date?.element.date ?? counted ?? PartialDate(), rating: rating, inspector: "", source: source, documents: [doc.id])
                // "also rated outstanding in 2019": an earlier grade, not a date for the undated grade just given.
                // …but "judged it outstanding" in June of the page's year is the same grade, dated.
                let pastDated = !current && fact.date.year != nil && fact.date.year! < (anchor?.year ?? Int.max)
                if let k = rated.indices.first(where: { k in rated[k].council == council && rated[k].rating == rating && rated[k].date.isCompatible(with: fact.date)
                        && !(pastDated && rated[k].date.year == nil && k == currentRated) }) {
                    rated[k].date = rated[k].date.precision >= fact.date.precision ? rated[k].date : fact.date
                    if current && council == self.council { currentRated = k }
                } else {
                    fact.documents = [doc.id]; rated.append(fact)
                    if current && council == self.council { currentRated = rated.count - 1 }
                }
                // "judged inadequate in 2016 and again in 2019": the same grade at a second date.
                if let d = date, let again = dates.enumerated().first(where: { $0.offset != d.offset && $0.element.range.lowerBound > d.element.range.upperBound
                        && $0.element.range.lowerBound <= d.element.range.upperBound + 4
                        && ((d.element.range.upperBound..<$0.element.range.lowerBound).contains { t[$0].lower == "again" }
                            || (d.element.range.upperBound..<$0.element.range.lowerBound).allSatisfy { ["and", "in", ","].contains(t[$0].lower) }) }) {
                    usedDates.insert(again.offset)
                    addGrade(council, rating, again.element.date, kind: kind, source)
                }
            }
            // "Bexley, which has been rated good since 2019, kept the grade after a full inspection … in early December".
            if let g = lastGrade, !dates.isEmpty, let kept = (g.at + 1..<r.upperBound).first(where: { ["kept", "keeps", "retained", "retains", "held", "holds", "keeping", "retaining"].contains(t[$0].lower) }),
               (kept + 1..<min(r.upperBound, kept + 5)).contains(where: { ["grade", "rating", "judgement", "judgment"].contains(t[$0].lower) }),
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > kept }) {
                usedDates.insert(d.offset)
                if addGrade(g.council, g.rating, d.element.date, source), g.council == self.council { currentRated = rated.count - 1; newGrade = true }
            }
            // "The inspection took place in July 2018", "inspectors spent two weeks in the borough in January 2019".
            // Not a visit's date: the date must come before any monitoring or focused visit the sentence names
            // ("Inspectors visited between 21 and 31 January, following five monitoring visits").
            let hasDates = dates.indices.contains { !usedDates.contains($0) }
            let visitAt = hasDates ? r.first { t[$0].lower == "monitoring" || t[$0].lower == "focused" } ?? r.upperBound : r.upperBound
            // Not "its last full inspection three years ago": that is the earlier one's date.
            let aboutPrevious = hasDates && r.contains { p in ["previous", "last", "earlier"].contains(t[p].lower) && (p + 1..<min(r.upperBound, p + 4)).contains { t[$0].lower == "inspection" } }
            let ofstedVisited = hasDates && r.contains { ["ofsted", "inspectors"].contains(t[$0].lower) } && r.contains { ["visited", "spent"].contains(t[$0].lower) }
            if hasDates, !aboutPrevious, r.contains(where: { Self.inspectionWords.contains(t[$0].lower) }) || ofstedVisited,
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) }), d.element.range.upperBound <= visitAt {
                // "Inspectors who spent three weeks in Barnsley in October": the council named before the date.
                let named = councilNamed(t, r, before: d.element.range.lowerBound, or: council)
                inspectionDates.append((d.element.date, r.contains { ["inspection", "re-inspection", "reinspection"].contains(t[$0].lower) }, named))
            }
            // Visits by kind: "the second monitoring visit", "a focused visit".
            for i in r where t[i].lower == "visit" || t[i].lower == "visits" || t[i].lower.hasPrefix("inspection") || t[i].lower == "letter" {
                let prev = i > r.lowerBound ? t[i - 1].lower : ""
                var kind = ""
                if prev == "monitoring" { kind = "monitoring visit" } else if prev == "focused" || prev == "focus" { kind = "focused visit" }
                let qualifier = t[max(r.lowerBound, i - 3)..<i].map(\.lower)
                let isCurrent = qualifier.contains { ["latest", "recent", "this", "new", "most"].contains($0) }
                // "The re-inspection took place last autumn, following six monitoring visits and a focused visit
                // in May 2021": visits that came before the inspection the sentence is about.
                let followsInspection = { () -> Bool in
                    guard let f = (r.lowerBound..<i).last(where: { ["following", "after", "follows", "followed"].contains(t[$0].lower) }) else { return false }
                    return (r.lowerBound..<f).contains { ["inspection", "re-inspection", "reinspection"].contains(t[$0].lower) }
                        && !(f..<i).contains { t[$0].text == ";" }
                }
                let isPast = (qualifier.contains { ["last", "previous", "earlier", "former", "since"].contains($0) } || followsInspection()) && !isCurrent
                // "The first monitoring visit, last autumn, …, and a second visit in February": the kind just named.
                if kind.isEmpty, t[i].lower == "visit", qualifier.contains(where: { Self.ordinals[$0] != nil }),
                   let last = visits.last(where: { $0.council == council }) { kind = last.kind }
                if kind.isEmpty {
                    if isCurrent || (t[i].lower == "letter" && qualifier.contains("inspection")) { genericMentions.append(source) }
                    continue
                }
                // "Ofsted will now resume monitoring visits, with the first expected in the spring": not yet a visit.
                if t[max(r.lowerBound, i - 8)..<min(r.upperBound, i + 7)].contains(where: { Self.futureWords.contains($0.lower) }) { continue }
                let ordinal = qualifier.compactMap { Self.ordinals[$0] }.first
                // The nearest unclaimed date ("…last autumn, following six monitoring visits and a focused visit in May 2021").
                let date = dates.enumerated().filter { !usedDates.contains($0.offset) && abs($0.element.range.lowerBound - i) <= 12 }
                    .min { abs($0.element.range.lowerBound - i) < abs($1.element.range.lowerBound - i) }?.element.date
                    ?? dates.enumerated().first { !usedDates.contains($0.offset) }?.element.date
                // "received eight monitoring visits": a series, not one visit.
                if t[i].lower == "visits" && (date == nil || !qualifier.isEmpty && qualifier.contains(where: { Int($0) != nil || ["several", "eight", "seven", "six", "five", "four", "three", "two", "many", "a", "series", "regular"].contains($0) })) { continue }
                if let k = visits.firstIndex(where: { $0.council == council && $0.kind == kind && ($0.ordinal == nil || ordinal == nil || $0.ordinal == ordinal) && $0.date.isCompatible(with: date ?? PartialDate()) && !isPast }) {
                    if visits[k].ordinal == nil { visits[k].ordinal = ordinal }
                    if let d = date { visits[k].date = visits[k].date.merged(with: d) }
                    if current == nil || isCurrent { current = k; currentNamed = currentNamed || isCurrent }
                } else {
                    visits.append(InspectionFact(council: council, kind: kind, ordinal: ordinal, date: date ?? PartialDate(), rating: "", inspector: "", source: source, documents: [doc.id]))
                    if !isPast && (current == nil || isCurrent) { current = visits.count - 1; currentNamed = currentNamed || isCurrent }
                }
            }
            // "…a series of monitoring visits. The first, in February 2014, found…": one of the visits just named.
            if let kind = seriesKind, r.count > 3, t[r.lowerBound].lower == "the",
               let ordinal = Self.ordinals[t[r.lowerBound + 1].lower] ?? (["latest", "last", "most"].contains(t[r.lowerBound + 1].lower) ? 0 : nil),
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound <= r.lowerBound + 6 }) {
                usedDates.insert(d.offset)
                addVisit(council, kind, d.element.date, ordinal: ordinal == 0 ? nil : ordinal, source)
            } else {
                seriesKind = nil
            }
            for i in r where t[i].lower == "visits" && i > r.lowerBound && ["monitoring", "focused"].contains(t[i - 1].lower)
                && !t[max(r.lowerBound, i - 6)..<min(r.upperBound, i + 7)].contains(where: { Self.futureWords.contains($0.lower) }) {
                seriesKind = t[i - 1].lower + " visit"
                seriesCouncils.insert(council + "|" + t[i - 1].lower + " visit")
                if seriesSource == nil { seriesSource = source }
                // "The first two monitoring visits, in April and July 2023, …": one visit per date listed.
                let listed = dates.enumerated().filter { d in !usedDates.contains(d.offset) && d.element.range.lowerBound > i && d.element.range.lowerBound <= i + 4
                    || (d.offset > 0 && !usedDates.contains(d.offset) && d.element.range.lowerBound > i
                        && (dates[d.offset - 1].range.upperBound..<d.element.range.lowerBound).allSatisfy { ["and", ",", "in"].contains(t[$0].lower) }
                        && dates[d.offset - 1].range.lowerBound > i && dates[d.offset - 1].range.lowerBound <= i + 4) }
                if listed.count >= 2, let year = listed.last?.element.date.year {
                    let kind = t[i - 1].lower + " visit"
                    for d in listed {
                        usedDates.insert(d.offset)
                        var date = d.element.date
                        if date.year == nil { date.year = year }
                        addVisit(council, kind, date, source)
                    }
                }
                // "six monitoring visits, the last of them in February": one of them, dated.
                if let the = (i + 1..<min(r.upperBound, i + 4)).first(where: { t[$0].lower == "the" }), the + 1 < r.upperBound,
                   ["last", "latest", "most", "first", "final"].contains(t[the + 1].lower),
                   let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > the && $0.element.range.lowerBound <= the + 7 }) {
                    usedDates.insert(d.offset)
                    addVisit(council, t[i - 1].lower + " visit", d.element.date, ordinal: t[the + 1].lower == "first" ? 1 : nil, source)
                }
            }
            if !dates.isEmpty, let p = r.first(where: { ["previous", "last", "earlier"].contains(t[$0].lower) }), p + 3 < r.upperBound,
               (p + 1..<min(r.upperBound, p + 4)).contains(where: { t[$0].lower == "inspection" }), lastGrade == nil,
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > p && $0.element.date.year != nil }) {
                previousDates.append((council, d.element.date))
            }
            // "It gave the same overall grade as at its last full inspection three years ago."
            if !dates.isEmpty, let same = r.first(where: { t[$0].lower == "same" }), (same + 1..<min(r.upperBound, same + 4)).contains(where: { ["grade", "rating", "judgement", "judgment"].contains(t[$0].lower) }),
               let c = currentRated ?? rated.indices.last, rated[c].council == council,
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > same && $0.element.date.year != nil }) {
                usedDates.insert(d.offset)
                addGrade(council, rated[c].rating, d.element.date, source)
            }
            // "When inspectors came back in September": another visit, of the kind the document reports.
            if !dates.isEmpty, let k = r.first(where: { ["inspectors", "inspector", "ofsted", "hmi"].contains(t[$0].lower) }), k + 2 < r.upperBound,
               ["returned", "revisited"].contains(t[k + 1].lower) || (["came", "went"].contains(t[k + 1].lower) && t[k + 2].lower == "back"),
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) && $0.element.range.lowerBound > k && $0.element.range.lowerBound <= k + 6 }) {
                usedDates.insert(d.offset)
                returns.append((council, d.element.date, source))
            }
            // "the latest visit on February 21 and 22": an unclaimed date in a sentence about the current visit.
            if let c = current, visits[c].council == council, r.contains(where: { Self.visitWords.contains(t[$0].lower) }),
               let d = dates.enumerated().first(where: { !usedDates.contains($0.offset) })?.element.date, visits[c].date.isCompatible(with: d) {
                visits[c].date = visits[c].date.merged(with: d)
            }
        }
        // "following five monitoring visits" with none of them dated or named: the visits happened.
        for key in seriesCouncils.sorted() {
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2, !visits.contains(where: { $0.council == parts[0] && $0.kind == parts[1] }), let source = seriesSource else { continue }
            visits.append(InspectionFact(council: parts[0], kind: parts[1], ordinal: nil, date: PartialDate(), rating: "", inspector: "", source: source, documents: [doc.id]))
        }
        // Returns are visits of the kind the document reports ("When inspectors came back in September").
        if let c = current {
            for ret in returns where ret.council == visits[c].council && !visits.contains(where: { $0.council == ret.council && $0.kind == visits[c].kind && $0.date.isCompatible(with: ret.date) }) {
                visits.append(InspectionFact(council: ret.council, kind: visits[c].kind, ordinal: nil, date: ret.date, rating: "", inspector: "", source: ret.source, documents: [doc.id]))
            }
        }
        // An inspection report's own table: "Inspection dates: 7 October 2019 to 18 October 2019", "Overall effectiveness  Inadequate".
        if let graded = reportGrade(anchor: anchor) {
            if let k = rated.firstIndex(where: { $0.council == council && $0.rating == graded.rating && $0.date.isCompatible(with: graded.date) }) {
                rated[k].date = rated[k].date.merged(with: graded.date)
                if rated[k].inspector.isEmpty { rated[k].inspector = inspector }
                currentRated = k
            } else {
                rated.append(InspectionFact(council: council, kind: "inspection", ordinal: nil, date: graded.date, rating: graded.rating, inspector: inspector, source: graded.source, documents: [doc.id]))
                currentRated = rated.count - 1
            }
        }
        // "Children's services have been rated outstanding … an issue first raised during a focused visit in 2023":
        // with a new grade, a visit not named as the latest is an earlier one.
        if newGrade, currentRated != nil, !currentNamed, let c = current, visits[c].council == council { current = nil }
        // The visit the document is about, named only as "the latest inspection": an authority
        // graded inadequate is visited for monitoring until it is inspected again.
        if current == nil, !(newGrade && currentRated != nil), let source = genericMentions.first {
            let kind = rated.contains { $0.rating == "inadequate" } ? "monitoring visit" : (rated.isEmpty ? "inspection" : "")
            if !kind.isEmpty {
                visits.append(InspectionFact(council: council, kind: kind, ordinal: nil, date: PartialDate(), rating: "", inspector: "", source: source, documents: [doc.id]))
                current = visits.count - 1
            }
        }
        // Dates said of "the inspection" go to the graded inspection the document is about, or, when it is
        // about a visit, to the earlier inspection that graded the council.
        // With no grade said to be new, a lone undated grade is the one the document reports.
        if currentRated == nil, current == nil, rated.filter({ $0.date.year == nil }).count == 1 {
            currentRated = rated.firstIndex { $0.date.year == nil }
        }
        // Or the latest dated one, which "the inspection, on 19 to 30 September" can only make more precise.
        if currentRated == nil, current == nil, let latest = rated.indices.max(by: { rated[$0].date.iso < rated[$1].date.iso }), rated[latest].date.year != nil {
            currentRated = latest
        }
        // A visit to the other council of a report on two does not make this one's grade a visit's.
        let visiting: Bool = {
            guard let v = current else { return false }
            guard let c = currentRated else { return true }
            return visits[v].council == rated[c].council
        }()
        if let c = currentRated, !visiting, rated[c].date.day == nil,
           let d = inspectionDates.first(where: { $0.council == rated[c].council && $0.date.isCompatible(with: rated[c].date) && $0.date.merged(with: rated[c].date).precision > rated[c].date.precision }) {
            rated[c].date = rated[c].date.merged(with: d.date)
            rated[c].inspector = inspector
        } else if current != nil, let k = rated.firstIndex(where: { $0.date.year == nil }),
                  let d = inspectionDates.first(where: { $0.saysInspection && $0.date.year != nil && $0.council == rated[k].council }) {
            rated[k].date = d.date
        }
        for p in previousDates {
            if let k = rated.indices.filter({ $0 != currentRated && rated[$0].council == p.council && rated[$0].date.isCompatible(with: p.date) && rated[$0].date.precision < p.date.precision }).max(by: { rated[$0].date.iso < rated[$1].date.iso }) {
                rated[k].date = rated[k].date.merged(with: p.date)
            }
        }
        // Another council of a report on two: its one undated grade takes the date said of inspecting it.
        for other in Set(rated.map(\.council)) where other != council {
            let undated = rated.indices.filter { rated[$0].council == other && rated[$0].date.year == nil && rated[$0].date.month == nil }
            guard undated.count == 1, let d = inspectionDates.first(where: { $0.council == other && ($0.date.year != nil || $0.date.month != nil) }) else { continue }
            rated[undated[0]].date = d.date
            inferYear(&rated[undated[0]].date, latest: latestDated)
        }
        if let c = currentRated, !visiting { inferYear(&rated[c].date, latest: latestDated) }
        if let c = current {
            visits[c].inspector = inspector
            inferYear(&visits[c].date, latest: latestDated)
        }
        // A month without a year, said of any grade or visit, is the last such month before the page's date.
        if DateParser.firstDate(in: doc.info.date)?.year != nil {
            for k in rated.indices { inferYear(&rated[k].date, latest: latestDated) }
            for k in visits.indices { inferYear(&visits[k].date, latest: latestDated) }
        }
        let facts = rated + visits
        // Without a visit or a rating just given, findings belong to the latest graded inspection.
        let latestRated = rated.indices.max { (rated[$0].date.iso, -$0) < (rated[$1].date.iso, -$1) }
        let currentIndex = current.map { $0 + rated.count } ?? currentRated ?? latestRated
        return Output(facts: facts, current: currentIndex)
    }

    /// In a report on several councils, the one the sentence at `r` names last before token `end`; else `fallback`.
    private func councilNamed(_ t: [Token], _ r: Range<Int>, before end: Int, or fallback: String) -> String {
        guard !councils.isEmpty else { return fallback }
        return (r.lowerBound..<end).reversed().lazy.compactMap { Gazetteer.match(t, at: $0)?.canonical }.first { councils.contains($0) } ?? fallback
    }

    /// The overall grade and the dates an inspection report states in its header, outside its prose.
    private func reportGrade(anchor: PartialDate?) -> (rating: String, date: PartialDate, source: Provenance)? {
        var rating = "", date = PartialDate(), source: Provenance? = nil
        for b in doc.blocks.indices where doc.blocks[b].role != .body {
            let t = doc.tokens[b]
            guard t.count >= 2, t.count <= 80 else { continue }
            // The table's rows may share a block with its heading ("Judgement  Grade", one row per line).
            if let o = (0..<t.count - 1).first(where: { t[$0].lower == "overall" && t[$0 + 1].lower == "effectiveness" }) {
                for k in o + 2..<min(t.count, o + 8) {
                    switch t[k].lower {
                    case "inadequate", "good", "outstanding": rating = t[k].lower
                    case "requires" where k + 1 < t.count && t[k + 1].lower == "improvement": rating = "requires improvement"
                    default: continue
                    }
                    let p = doc.provenance(block: b, range: 0..<doc.blocks[b].scalars.count)
                    source = Provenance(document: doc.id, line: p.line, start: p.start, end: p.end)
                    break
                }
            }
            if t[0].lower == "inspection", t[1].lower == "dates" || t[1].lower == "date", date.year == nil,
               let d = DateParser.dates(in: t, 0..<t.count, anchor: anchor).first?.date { date = d }
        }
        guard !rating.isEmpty, let source else { return nil }
        return (rating, date, source)
    }

    /// A month without a year is the last such month before the document's date, or else the first
    /// such month after the latest dated event the document mentions.
    private func inferYear(_ date: inout PartialDate, latest: PartialDate?) {
        guard date.year == nil, let m = date.month else { return }
        if let docDate = DateParser.firstDate(in: doc.info.date), let y = docDate.year {
            date.year = (docDate.month ?? 12) >= m ? y : y - 1
        } else if let l = latest, let y = l.year {
            date.year = (l.month ?? 12) < m ? y : y + 1
        }
    }

    /// Whether the rating at `i` is the one just given ("have been rated good", "now require improvement",
    /// "from good to requires improvement") rather than an earlier one ("was rated inadequate in 2015").
    private func isCurrentRating(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        // Only the words since the last rating speak for this one ("rated outstanding, having been judged good").
        var lo = max(r.lowerBound, i - 8)
        if let prior = (lo..<i).last(where: { t[$0].isWord && ratingAt(t, $0, r) != nil }) { lo = prior + 1 }
        let before = t[lo..<i].filter(\.isWord).map(\.lower)
        if before.last == "from" { return false }
        if before.contains("having") { return false }
        if before.last == "to" && before.contains("from") { return true }
        if before.contains(where: { ["since", "after", "ago", "last", "previously", "was", "were", "first"].contains($0) }) { return false }
        // "out of the inadequate category", "no longer inadequate": a grade left behind.
        if before.contains(where: { ["out", "longer", "beyond", "escaped", "left", "leaving"].contains($0) }) { return false }
        // "services remain inadequate": the grade stands as of this report.
        if let last = before.last, ["remain", "remains", "stay", "stays"].contains(last) { return true }
        return before.contains("now") || (before.contains("been") && before.contains(where: { $0 == "have" || $0 == "has" })) || before.contains("again")
            || before.suffix(2).contains(where: { $0 == "is" || $0 == "are" })
    }

    /// "judged the council's services to be good": the cue, the thing rated, "to be".
    private func foundToBe(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        guard i >= r.lowerBound + 3, t[i - 1].lower == "be", t[i - 2].lower == "to" else { return false }
        return ratedObject(t, i - 2, r)
    }

    /// "Ofsted rated Swindon Borough Council's children's services good": the cue, then only the thing rated.
    private func ratedObject(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        guard let cue = (max(r.lowerBound, i - 9)..<i).last(where: { ["rated", "judged", "graded", "deemed", "rates", "judges", "found", "considered"].contains(t[$0].lower) }) else { return false }
        if ["found", "considered"].contains(t[cue].lower) && t[i].lower != "to" { return false }
        let object: Set<String> = ["the", "its", "their", "services", "service", "children's", "social", "care", "department", "council's", "authority's"]
        return (cue + 1..<i).allSatisfy { t[$0].isWord && (t[$0].isCapitalized || t[$0].isPossessive || object.contains(t[$0].lower)) }
    }

    /// The rating word at `i` when a rating cue frames it: "rated inadequate", "judged to be good",
    /// "an inadequate rating", "requires improvement to be good".
    private func ratingAt(_ t: [Token], _ i: Int, _ r: Range<Int>) -> String? {
        var rating = ""
        switch t[i].lower {
        case "inadequate", "outstanding", "good": rating = t[i].lower
        // "was given the lowest rating", "received the top grade": the ends of the scale.
        case "lowest", "highest", "top":
            guard i + 1 < r.upperBound, i > r.lowerBound, ["the", "its"].contains(t[i - 1].lower) || t[i - 1].isPossessive else { return nil }
            var k = i + 1
            if k < r.upperBound, ["possible", "available", "ofsted"].contains(t[k].lower) { k += 1 }
            guard k < r.upperBound, ["rating", "grade", "judgement", "judgment", "category"].contains(t[k].lower) else { return nil }
            // "the top grade in all four areas": an area's grade, not the overall one.
            if k + 2 < r.upperBound, ["in", "for", "across"].contains(t[k + 1].lower), ["all", "every", "each", "four", "five", "three"].contains(t[k + 2].lower) { return nil }
            let given: Set<String> = ["given", "handed", "received", "awarded", "gave", "get", "got", "gets", "receive", "receives", "earned", "achieved", "with", "retained", "kept", "keeps", "holds", "held"]
            guard t[max(r.lowerBound, i - 4)..<i].contains(where: { given.contains($0.lower) }) else { return nil }
            return t[i].lower == "lowest" ? "inadequate" : "outstanding"
        case "requires", "require", "requiring", "required":
            guard i + 1 < r.upperBound, t[i + 1].lower == "improvement" else { return nil }
            rating = "requires improvement"
        default: return nil
        }
        let before = t[max(r.lowerBound, i - 4)..<i].filter(\.isWord).map(\.lower)
        let after = i + 1 < r.upperBound ? t[i + 1].lower : ""
        // "require improvement to be good" names the grade by itself.
        if rating == "requires improvement", i + 4 < r.upperBound, t[i + 2].lower == "to", t[i + 3].lower == "be", t[i + 4].lower == "good" { return rating }
        let cue = before.suffix(3).contains { ["rated", "judged", "graded", "deemed", "rating", "grade", "downgraded", "upgraded", "branded", "labelled"].contains($0) }
            // "Children's services in Bromley are outstanding." A statement at the sentence's start, not a wish
            // ("until our services are good").
            || (before.last.map { ["is", "are"].contains($0) } ?? false && before.contains(where: { ["services", "service"].contains($0) })
                && i - r.lowerBound <= 10 && !r.contains(where: { ["until", "will", "would", "want", "aim", "hope", "should", "must", "could"].contains(t[$0].lower) }))
            || (before.last == "to" && before.contains("from"))
            // "has made steady progress but still requires improvement": a grade that stands.
            || (before.last == "still" && rating == "requires improvement" && i + 1 < r.upperBound && t[i + 1].lower == "improvement")
            || (before.last == "from" && before.contains(where: { ["downgraded", "upgraded", "moved", "lifted", "improved", "rated", "rating", "up", "down", "rise", "risen", "rose", "climbed", "fallen", "dropped", "jump", "jumped"].contains($0) }))
            || ["rating", "grade", "judgement", "judgment", "rated", "category", "verdict", "label"].contains(after)
            // "follows outstanding judgements in 2017 and again in July 2019"; not "good grades were too often…".
            || (["ratings", "grades", "judgements", "judgments"].contains(after) && i + 3 < r.upperBound && ["in", "from", "since"].contains(t[i + 2].lower)
                && (t[i + 3].kind == .number || DateParser.month(t[i + 3]) != nil))
            // "handed a ‘requires improvement’ verdict": the next word, past the closing mark.
            || ((rating == "requires improvement" ? i + 2 : i + 1)..<r.upperBound).first(where: { t[$0].isWord }).map { ["verdict", "label", "rating", "grade"].contains(t[$0].lower) } ?? false
            // "jumped two grades to good", "moved up a grade to good"
            || (before.last == "to" && before.contains(where: { ["grade", "grades", "jumped", "jump", "climbed", "moved", "risen", "rose", "leapt", "leap"].contains($0) }))
            // "services remain inadequate", "is still rated": a grade that stands.
            || (before.last.map { ["remain", "remains", "remained", "stay", "stays", "stayed"].contains($0) } ?? false
                && t[max(r.lowerBound, i - 8)..<i].contains(where: { ["services", "service", "department", "council", "authority", "care"].contains($0.lower) }))
            || (before.count >= 2 && ["was", "were"].contains(before.last!) && ["judgment", "judgments", "judgement", "judgements", "grade", "grades", "rating", "ratings"].contains(before[before.count - 2]))
            || (rating == "requires improvement" && i + 2 < r.upperBound && ["rating", "grade", "judgement", "judgment"].contains(t[i + 2].lower))
            || (before.last == "as" && t[max(r.lowerBound, i - 8)..<i].contains { ["rated", "judged", "graded", "deemed", "rate", "judge", "grade"].contains($0.lower) })
            || ratedObject(t, i, r)
            || (before.suffix(2) == ["found", "to"] || before.suffix(3).starts(with: ["found", "to", "be"]))
            || foundToBe(t, i, r)
        guard cue else { return nil }
        if rating == "good", before.last == "be", before.contains("improvement") { return nil }
        // "the grade below good" names a grade, gives none.
        if let last = before.last, ["below", "above", "than", "beneath"].contains(last) { return nil }
        return rating
    }
}
