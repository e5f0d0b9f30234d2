import DossierModel

/// Finds what the inspectorate said: sentences of its letters, of its inspectors' quotations, and
/// clauses that a reporting verb gives to it ("inspectors said", "according to Ofsted"); a sentence
/// that joins a strength and a weakness (while, but, although, however) yields one finding per clause.
struct FindingExtractor {
    let doc: DocumentText
    let anchors: [[Anchor]]
    let quotes: [ExtractedQuote]
    let speakers: Speakers
    let inspection: Int?
    /// The council each sentence is about, and the inspection findings about it belong to.
    var councils: [String] = []
    var inspectionOf: [String: Int] = [:]

    static let contrasts: Set<String> = ["while", "whilst", "but", "although", "though", "however", "whereas", "despite"]
    static let subordinate: Set<String> = ["while", "whilst", "although", "though", "whereas", "despite"]

    static let openers: Set<String> = ["when", "where", "as", "after", "since", "because", "before", "if"]

    struct Piece { var range: Range<Int>; var speaker: Speaker?; var inherited: Bool }

    func extract() -> [FindingFact] {
        var out: [FindingFact] = []
        // Reported speech runs on: after "inspectors said X.", the next sentences without a speaker of
        // their own are still the inspectors' ("Y. Z."), until someone else speaks.
        var carry: Speaker? = nil
        var quotesByBlock: [Int: [ExtractedQuote]] = [:]
        for q in quotes { quotesByBlock[q.block, default: []].append(q) }
        for (si, s) in doc.sentences.enumerated() {
            let t = doc.tokens[s.block]
            // A sentence inside someone else's quotation is their claim; inside an inspector's, a finding.
            let overlapping = (quotesByBlock[s.block] ?? []).filter { $0.range.overlaps(s.range) }
            if overlapping.contains(where: { !speakers.isInspectorate($0.who) && coversHalf($0.range, s.range) }) { carry = nil; continue }
            // A question ("What needs to improve in this area?") heads what follows; it finds nothing.
            // An introduction to a list or a quotation ("…in the following areas of concern:") finds nothing itself.
            if let last = t[s.tokens].last, last.text == "?" || last.text == ":" { if last.text == "?" { carry = nil }; continue }
            // A report's section heading that grades an area ("The experiences and progress of children in care: good").
            if doc.blocks[s.block].isHeading, let colon = t[s.tokens].lastIndex(where: { $0.text == ":" }),
               t[(colon + 1)..<s.tokens.upperBound].filter(\.isWord).allSatisfy({ ["outstanding", "good", "inadequate", "requires", "improvement", "to", "be"].contains($0.lower) }) { continue }
            let future = t[s.tokens].contains { $0.lower == "will" || $0.lower == "would" }
            let wholeSentence: Speaker? = doc.isInspectorateLetter ? .inspectorate(document: true)
                : overlapping.first(where: { speakers.isInspectorate($0.who) && coversHalf($0.range, s.range) })?.who
                ?? (anchors[si].isEmpty && !future ? carry : nil)
            let sentencePieces = pieces(s.tokens, anchors[si], t, wholeSentence)
            let carry0 = carry
            if let last = anchors[si].last { carry = speakers.isInspectorate(last.speaker) ? last.speaker : nil }
            if let w = wholeSentence, speakers.isInspectorate(w) { carry = w }
            let others = overlapping.filter { !speakers.isInspectorate($0.who) }
            for (k, var piece) in sentencePieces.enumerated() {
                guard !piece.range.isEmpty else { continue }
                // The inspectors' voice carries into a sentence's opening clause, unless that clause introduces
                // their report ("Members of the panel heard that inspectors had found…").
                let introduces = anchors[si].first { !$0.parenthetical }.map { t[$0.clauseStart].lower == "that" } ?? false
                if k == 0, piece.speaker == nil, !future, !introduces { piece.speaker = carry0 }
                guard let who = piece.speaker, speakers.isInspectorate(who) else { continue }
                // "We will continue to monitor…": the inspectorate's intent, not something it found.
                // "…, and we will continue to monitor": the finding ends where the intent begins.
                if let intent = t[piece.range].indices.first(where: { ["we", "i"].contains(t[$0].lower) && $0 + 1 < piece.range.upperBound && ["will", "shall"].contains(t[$0 + 1].lower) }) {
                    var end = intent
                    while end > piece.range.lowerBound, ["and", ",", "but"].contains(t[end - 1].lower) { end -= 1 }
                    guard end - piece.range.lowerBound >= 4 else { continue }
                    piece.range = piece.range.lowerBound..<end
                }
                let span = t[piece.range.lowerBound].start..<t[piece.range.upperBound - 1].end
                if others.contains(where: { coversHalf($0.range, span) }) { continue }
                // "…, when inspectors found that services had improved": the conjunction that opens the reporting
                // clause is not a condition on what was found.
                var judged = piece.range
                if judged.count > 3, Self.openers.contains(t[judged.lowerBound].lower),
                   anchors[si].contains(where: { judged.contains($0.verb) && $0.verb <= judged.lowerBound + 4 }) {
                    judged = judged.lowerBound + 1..<judged.upperBound
                }
                // Under "What needs to improve", a list item is a concern whatever its words ("clear and measurable
                // timescales"); a letter's short paragraph takes its heading's kind only when its words give none.
                var found = doc.blocks[s.block].isHeading ? sectionKind(s.block) ?? Polarity.kind(of: t[judged])?.rawValue
                    : Polarity.kind(of: t[judged])?.rawValue ?? sectionKind(s.block)
                // "Ofsted highlighted two areas where it wants to see further progress: the consistency of …, and …".
                if let colon = t[s.tokens].firstIndex(where: { $0.text == ":" }), piece.range.upperBound > colon + 1,
                   Self.areasToImprove(t[s.tokens.lowerBound..<colon]) { found = Polarity.Kind.concern.rawValue }
                guard let kind = found ?? plainStatement(t, judged), !describesInspection(t, judged) else { continue }
                var r = piece.range
                while r.count > 1, [",", ";", "—", "–", "-"].contains(t[r.upperBound - 1].text) { r = r.lowerBound..<r.upperBound - 1 }
                while r.count > 1, [",", ";", "—", "–"].contains(t[r.lowerBound].text) { r = r.lowerBound + 1..<r.upperBound }
                var lo = t[r.lowerBound].start, hi = t[r.upperBound - 1].end
                // Keep the quotation marks that open and close inside the clause.
                if lo > 0, "“‘\"".unicodeScalars.contains(doc.blocks[s.block].scalars[lo - 1]) { lo -= 1 }
                if hi < doc.blocks[s.block].scalars.count, "”’\"".unicodeScalars.contains(doc.blocks[s.block].scalars[hi]) { hi += 1 }
                let text = doc.blocks[s.block].text(lo..<hi)
                let prov = doc.provenance(block: s.block, range: lo..<hi)
                let council = si < councils.count ? councils[si] : ""
                out.append(FindingFact(council: council, kind: kind, topic: Topics.topic(of: text), text: text,
                                       source: Provenance(document: doc.id, line: prov.line, start: prov.start, end: prov.end),
                                       inspection: council.isEmpty ? inspection : inspectionOf[council] ?? nil))
            }
        }
        return out
    }

    /// An introduction to a list of things to improve: "two areas where it wants to see further progress",
    /// "areas for improvement", "what needs to be strengthened".
    static func areasToImprove(_ t: ArraySlice<Token>) -> Bool {
        t.contains { ["area", "areas", "things", "priorities", "recommendations"].contains($0.lower) }
            && t.contains { ["improve", "improvement", "improvements", "progress", "development", "strengthen", "strengthened", "strengthening", "work", "better"].contains($0.lower) }
    }

    /// How inspection works rather than what it found: "Focused visits do not result in a new grade", "A further
    /// full inspection is not expected until 2026", "Inspectors reviewed the progress made in …".
    private func describesInspection(_ t: [Token], _ r: Range<Int>) -> Bool {
        let words = t[r].filter(\.isWord).map(\.lower)
        guard words.count >= 2 else { return false }
        var k = 0
        while k < words.count, ["the", "a", "an", "further", "next", "full"].contains(words[k]) { k += 1 }
        guard k < words.count else { return false }
        // Visits and inspections in general, or still to come.
        // (Not "Visits to children are regular": a social worker's visits are practice.)
        if words[k] == "inspections" || (k + 1 < words.count && ["focused", "monitoring"].contains(words[k]) && words[k + 1] == "visits") { return true }
        if ["visit", "inspection"].contains(words[k]) || (k + 1 < words.count && words[k + 1] == "inspection"), words.contains("expected") || words.contains("due") { return true }
        // The visit's own method.
        if ["inspectors", "inspector", "we"].contains(words[k]), k + 1 < words.count,
           ["reviewed", "looked", "evaluated", "considered", "met", "spoke", "sampled", "examined", "visited", "scrutinised", "tracked", "focused", "checked"].contains(words[k + 1]) { return true }
        return false
    }

    /// Practice an inspectorate's letter describes without a word of praise or concern ("Return home interviews
    /// are offered to most children who go missing"): in a letter, what practice does is said because it is
    /// done well. Not the letter's own method ("Inspectors reviewed…", "This visit looked at…").
    private func plainStatement(_ t: [Token], _ r: Range<Int>) -> String? {
        guard doc.isInspectorateLetter else { return nil }
        let words = t[r].filter(\.isWord).map(\.lower)
        guard words.count >= 5 else { return nil }
        var k = 0
        while k < words.count, ["the", "most", "many", "all", "almost", "nearly", "a", "this", "these", "their", "new"].contains(words[k]) { k += 1 }
        guard k < words.count, Self.practiceSubjects.contains(words[k]) else { return nil }
        guard !words.contains(where: Self.methodWords.contains) else { return nil }
        return Polarity.Kind.praise.rawValue
    }

    static let practiceSubjects: Set<String> = [
        "children", "child", "young", "care", "social", "leaders", "managers", "senior", "plans", "assessments", "personal", "staff",
        "practitioners", "partners", "return", "arrangements", "supervision", "management", "strategy", "decisions", "referrals",
        "records", "direct", "families", "parents", "carers", "foster", "workers", "advisers", "pathway", "independent", "reviewing",
        "multi-agency", "partnership", "legal", "court", "life-story", "placement", "placements", "thresholds", "caseloads", "audits",
    ]
    static let methodWords: Set<String> = [
        "inspectors", "inspector", "visit", "letter", "we", "reviewed", "looked", "evaluated", "considered", "spoke", "met", "sampled",
        "examined", "previous", "last", "since", "will", "would", "should", "must", "if", "whether", "how", "number", "per", "cent",
    ]

    /// The kind a letter's section heading gives its list items ("What needs to improve").
    private func sectionKind(_ block: Int) -> String? {
        // A list item under its heading, or in a letter the short paragraph right under it.
        guard doc.blocks[block].isHeading || (doc.isInspectorateLetter && Furniture.wordCount(doc.blocks[block].scalars) <= 30),
              let h = doc.heading(before: block)?.lowercased() else { return nil }
        if ["improve", "development", "weakness", "priority action", "concern"].contains(where: { FastText.contains(h, $0) }) { return Polarity.Kind.concern.rawValue }
        if ["strength", "working well", "what is good"].contains(where: { FastText.contains(h, $0) }) { return Polarity.Kind.praise.rawValue }
        return nil
    }

    private func coversHalf(_ q: Range<Int>, _ s: Range<Int>) -> Bool {
        let overlap = max(0, min(q.upperBound, s.upperBound) - max(q.lowerBound, s.lowerBound))
        return overlap * 2 >= s.count
    }

    /// The sentence cut at reporting clauses and contrasts, each piece with the speaker it reports.
    private func pieces(_ range: Range<Int>, _ anchors: [Anchor], _ t: [Token], _ whole: Speaker?) -> [Piece] {
        var cuts: [(Int, Bool)] = [] // (token, by contrast)
        // Cuts at "and that", kept only where the two clauses differ in kind (a strength and a weakness).
        var softCuts = Set<Int>()
        // "…, which inspectors said had kept children safe": a reporting clause inside a relative clause
        // speaks for it without starting a finding of its own.
        for a in anchors where !a.parenthetical && a.clauseStart > range.lowerBound && !["which", "who", "whom"].contains(t[a.clauseStart - 1].lower) {
            cuts.append((a.clauseStart, false))
        }
        for i in range where i > range.lowerBound + 1 {
            let w = t[i].lower
            if w == ";" { cuts.append((i + 1, true)); continue }
            // "warned that A, and that B": a second reported clause is a finding of its own.
            if w == "and", i + 1 < range.upperBound, t[i + 1].lower == "that" { softCuts.insert(i); cuts.append((i, true)); continue }
            guard Self.contrasts.contains(w) else { continue }
            if w == "but", i + 1 < range.upperBound, t[i + 1].lower == "also" { continue }
            if w == "though", t[i - 1].lower == "even" { cuts.append((i - 1, true)); continue }
            // "Too many plans, however, are out of date": a parenthetical "however" turns from the sentence before, not inside this one.
            if ["however", "though"].contains(w), t[i - 1].text == ",", i + 1 < range.upperBound, t[i + 1].text == "," { continue }
            if w == "despite" && t[i - 1].text != "," { continue }
            cuts.append((i, true))
        }
        cuts.sort { $0.0 < $1.0 }
        var bounds: [(Int, Bool)] = [(range.lowerBound, false)]
        for c in cuts where c.0 > bounds.last!.0 && c.0 < range.upperBound { bounds.append(c) }
        var raw: [(Range<Int>, Bool)] = []
        for (k, b) in bounds.enumerated() {
            let end = k + 1 < bounds.count ? bounds[k + 1].0 : range.upperBound
            var r = b.0..<end
            // "while X, Y": the subordinate clause and the main clause are separate findings. A subordinate
            // clause after the main one ("…, although too few are in education, employment or training") runs on.
            let opensClause = k == 0 || [";", ":"].contains(t[r.lowerBound - 1].text) || t[r.lowerBound - 1].lower == "that" || AnchorFinder.verbs.contains(t[r.lowerBound - 1].lower)
            if opensClause, Self.subordinate.contains(t[r.lowerBound].lower), let comma = r.dropFirst().first(where: { t[$0].text == "," }), comma + 1 < r.upperBound {
                raw.append((r.lowerBound..<comma + 1, b.1))
                r = comma + 1..<end
                raw.append((r, true)); continue
            }
            raw.append((r, b.1))
        }
        // Two reported clauses of the same kind stay one finding: "said that A, and that B".
        var k = 1
        while k < raw.count {
            if softCuts.contains(raw[k].0.lowerBound) {
                let a = Polarity.kind(of: t[raw[k - 1].0]), b = Polarity.kind(of: t[raw[k].0])
                if a == nil || b == nil || a == b {
                    raw[k - 1].0 = raw[k - 1].0.lowerBound..<raw[k].0.upperBound
                    raw.remove(at: k); continue
                }
            }
            k += 1
        }
        // "While X was strong, inspectors said Y": the reporter of the main clause speaks for the clause before it.
        let sentenceWide = anchors.first { $0.parenthetical }?.speaker
            ?? (Self.subordinate.contains(t[range.lowerBound].lower) || t[range.lowerBound].lower == "however" ? anchors.first?.speaker : nil)
        var out: [Piece] = []
        for (r, byContrast) in raw {
            var speaker: Speaker? = whole
            if speaker == nil {
                if let a = anchors.first(where: { r.contains($0.verb) && ($0.clauseStart >= r.lowerBound || $0.parenthetical) }) {
                    speaker = a.speaker
                } else if byContrast, let prev = out.last {
                    speaker = prev.speaker
                } else if out.isEmpty {
                    speaker = sentenceWide
                }
            }
            out.append(Piece(range: r, speaker: speaker, inherited: byContrast))
        }
        return out
    }
}
