import DossierModel

/// A direct quotation with its resolved speaker.
struct ExtractedQuote {
    var speaker: String
    var who: Speaker
    var text: String
    var source: Provenance
    var block: Int
    var range: Range<Int>
}

/// Keeps the quotations that are a whole sentence or at least ten words, and finds who said each:
/// a reporting verb before it or after it, a "said:" ending the paragraph before, or the speaker
/// of the quotation it continues.
struct QuoteExtractor {
    let doc: DocumentText
    let anchors: [[Anchor]]
    let speakers: Speakers

    func extract() -> [ExtractedQuote] {
        var out: [ExtractedQuote] = []
        var sentenceAt: [Int: [Int]] = [:]
        for (i, s) in doc.sentences.enumerated() { sentenceAt[s.block, default: []].append(i) }
        var previous: (block: Int, who: Speaker, endedParagraph: Bool)? = nil
        // Blocks holding a quotation kept as one; a short quoted phrase ("stand still") leaves its paragraph's speaker free.
        var keptBlocks = Set<Int>()
        // '“We know,” Mrs Lanyon said, “that children do best…”': one quotation split around its speaker.
        var spans: [QuoteSpan] = []
        var joined: [Int: String] = [:]
        var gaps: [Int: Range<Int>] = [:]
        for span in doc.quotes {
            if let last = spans.last, last.block == span.block, last.closed, !span.continued,
               let merged = splitQuote(last, span) {
                spans[spans.count - 1].range = last.range.lowerBound..<span.range.upperBound
                spans[spans.count - 1].closed = span.closed
                joined[spans.count - 1] = merged
                gaps[spans.count - 1] = last.range.upperBound..<span.range.lowerBound
                continue
            }
            spans.append(span)
        }
        for (n, span) in spans.enumerated() {
            let block = doc.blocks[span.block]
            var lo = span.range.lowerBound, hi = span.range.upperBound
            while lo < hi, FastText.isSpace(block.scalars[lo]) { lo += 1 }
            while hi > lo, FastText.isSpace(block.scalars[hi - 1]) { hi -= 1 }
            guard lo < hi else { continue }
            let text = joined[n] ?? block.text(lo..<hi)
            let words = Furniture.wordCount(block.scalars[lo..<hi].map { $0 })
            let first = block.scalars[lo]
            let last = block.scalars[hi - 1]
            let after: Unicode.Scalar? = span.range.upperBound + 1 < block.scalars.count ? block.scalars[span.range.upperBound + 1] : nil
            let wholeSentence = first.properties.isUppercase && words >= 3
                && (".!?,…".unicodeScalars.contains(last) || after.map { ".!?".unicodeScalars.contains($0) } ?? false || !span.closed)
            guard words >= 10 || wholeSentence || span.continued else { continue }
            let sentences = sentenceAt[span.block] ?? []
            var who: Speaker = .unknown
            let paragraphStart = block.scalars[..<max(0, span.range.lowerBound - 1)].allSatisfy { FastText.isSpace($0) }
            if span.continued, let p = previous {
                who = p.who
            } else if let gap = gaps[n], let a = sentences.lazy.flatMap({ anchors[$0] }).first(where: { gap.contains(doc.tokens[span.block][$0.verb].start) }) {
                // A split quotation's speaker stands between its halves.
                who = a.speaker
            } else if let s = sentences.last(where: { doc.sentences[$0].range.lowerBound <= lo }),
                      let a = anchors[s].last(where: { doc.tokens[span.block][$0.verb].end <= lo }) {
                who = a.speaker
            } else if let s = sentences.first(where: { doc.sentences[$0].range.upperBound >= hi }),
                      let a = anchors[s].first(where: { doc.tokens[span.block][$0.verb].start >= hi }) {
                who = a.speaker
            } else if paragraphStart, let p = previousBlock(span.block), let s = sentenceAt[p]?.last,
                      doc.text(of: doc.sentences[s]).hasSuffix(":"), let a = anchors[s].last {
                who = a.speaker
            } else if let p = previous, p.block == span.block || (paragraphStart && p.endedParagraph && p.block == previousBlock(span.block)) {
                who = p.who
            }
            // A quotation opening a paragraph with no cue of its own belongs to whoever the paragraph
            // before had speaking ("Cllr Hart welcomed the report." / "“It is a turnaround…”").
            if who == .unknown, paragraphStart, let p = previousBlock(span.block), let s = sentenceAt[p]?.last,
               !keptBlocks.contains(p),
               let a = anchors[s].last(where: { if case .person = $0.speaker { return true }; return false }) {
                who = a.speaker
            }
            // …or the first person that paragraph's last sentence names ("Jo Hart, director, was delighted.").
            if who == .unknown, paragraphStart, let p = previousBlock(span.block), let s = sentenceAt[p]?.last,
               !keptBlocks.contains(p) {
                let sentence = doc.sentences[s].tokens
                let named = speakers.people.indices.compactMap { i in
                    speakers.people[i].spans.filter { $0.block == p && sentence.contains($0.tokens.lowerBound) }.map(\.tokens.lowerBound).min().map { (i, $0) }
                }
                if let first = named.min(by: { $0.1 < $1.1 }) { who = .person(first.0) }
            }
            // …or the person an earlier sentence of its own paragraph has speaking ("X said the council would
            // focus on the gaps. “We know exactly where…”").
            if who == .unknown, let a = sentences.filter({ doc.sentences[$0].range.upperBound <= lo }).reversed().lazy
                .compactMap({ s in anchors[s].last(where: { if case .person = $0.speaker { return true }; return false }) }).first {
                who = a.speaker
            }
            // A quotation with no cue of its own most often continues the last speaker.
            if who == .unknown, let p = previous { who = p.who }
            let prov = doc.provenance(block: span.block, range: lo..<hi)
            out.append(ExtractedQuote(speaker: speakers.name(who), who: who, text: text,
                                      source: Provenance(document: doc.id, line: prov.line, start: prov.start, end: prov.end),
                                      block: span.block, range: lo..<hi))
            let endsParagraph = block.scalars[min(block.scalars.count, span.range.upperBound + 1)...].allSatisfy { FastText.isSpace($0) || ".,".unicodeScalars.contains($0) }
            previous = (span.block, who, endsParagraph || !span.closed)
            keptBlocks.insert(span.block)
        }
        return out
    }

    /// The two halves' text joined, when a quotation ending in a comma is resumed in lower case after a
    /// short reporting clause of its own ("…,” Mrs Lanyon said, “that…").
    private func splitQuote(_ a: QuoteSpan, _ b: QuoteSpan) -> String? {
        let s = doc.blocks[a.block].scalars
        guard a.range.upperBound < b.range.lowerBound, let lastInside = s[a.range].last(where: { !FastText.isSpace($0) }), lastInside == ",",
              let firstInside = s[b.range].first(where: { !FastText.isSpace($0) }), FastText.isLower(firstInside) else { return nil }
        let gap = Array(s[(a.range.upperBound + 1)..<max(a.range.upperBound + 1, b.range.lowerBound - 1)])
        let gapWords = Furniture.wordCount(gap)
        guard gapWords >= 2, gapWords <= 6, gap.last(where: { !FastText.isSpace($0) }) == ",",
              Tokenizer.tokens(gap).contains(where: { AnchorFinder.verbs.contains($0.lower) }) else { return nil }
        return doc.blocks[a.block].text(a.range) + " " + doc.blocks[a.block].text(b.range)
    }

    private func previousBlock(_ b: Int) -> Int? {
        guard let i = doc.bodyBlocks.firstIndex(of: b), i > 0 else { return nil }
        return doc.bodyBlocks[i - 1]
    }
}
