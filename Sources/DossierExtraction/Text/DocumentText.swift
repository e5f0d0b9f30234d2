/// One sentence of a document: its block, scalar range, and token range in the block's tokens.
struct Sentence {
    var block: Int
    var range: Range<Int>
    var tokens: Range<Int>
    /// Paragraph number among the document's body blocks.
    var paragraph: Int
}

/// A loaded document as the extractors see it: blocks, their tokens and sentences, and quotations.
final class DocumentText {
    let id: String
    let path: String
    var blocks: [Block]
    var info: PageInfo
    /// Tokens of each block.
    var tokens: [[Token]] = []
    var sentences: [Sentence] = []
    var quotes: [QuoteSpan] = []
    /// Indices of body blocks, in order.
    var bodyBlocks: [Int] = []
    /// An inspectorate's own letter or report, rather than coverage of one.
    var isInspectorateLetter = false

    init(id: String, path: String, blocks: [Block], info: PageInfo) {
        self.id = id; self.path = path; self.blocks = blocks; self.info = info
        tokens = blocks.map { Tokenizer.tokens($0.scalars) }
        bodyBlocks = blocks.indices.filter { blocks[$0].role == .body }
        for (p, b) in bodyBlocks.enumerated() {
            let toks = tokens[b]
            var cursor = 0
            for r in SentenceSplitter.split(blocks[b].scalars) {
                while cursor < toks.count, toks[cursor].start < r.lowerBound { cursor += 1 }
                let first = cursor
                while cursor < toks.count, toks[cursor].start < r.upperBound { cursor += 1 }
                sentences.append(Sentence(block: b, range: r, tokens: first..<cursor, paragraph: p + 1))
            }
        }
        var isBody = [Bool](repeating: false, count: blocks.count)
        for b in bodyBlocks { isBody[b] = true }
        quotes = QuoteScanner.scan(blocks, include: { isBody[$0] })
        isInspectorateLetter = Self.looksLikeLetter(blocks: blocks)
    }

    /// The nearest short non-body line above a block: its section heading.
    func heading(before block: Int) -> String? {
        var b = block - 1
        while b >= 0 {
            if blocks[b].role != .body && Furniture.wordCount(blocks[b].scalars) <= 14 { return blocks[b].text }
            // A question or an introduction over a list: "What needs to improve in this area of practice?",
            // "Inspectors reviewed progress in the following areas of concern:".
            if b < block, let last = blocks[b].scalars.last(where: { !FastText.isSpace($0) }), last == "?" || last == ":",
               Furniture.wordCount(blocks[b].scalars) <= 30 { return blocks[b].text }
            if !blocks[b].isHeading { return nil }
            b -= 1
        }
        return nil
    }

    func text(of s: Sentence) -> String { blocks[s.block].text(s.range) }

    func text(block: Int, tokens r: Range<Int>) -> String {
        let t = tokens[block]
        guard !r.isEmpty, r.upperBound <= t.count else { return "" }
        return blocks[block].text(t[r.lowerBound].start..<t[r.upperBound - 1].end)
    }

    func provenance(block: Int, range: Range<Int>) -> (line: Int, start: Int, end: Int) {
        let b = blocks[block]
        return (b.line(at: range.lowerBound), b.sourceOffset(at: range.lowerBound), b.sourceOffset(at: range.upperBound))
    }

    /// An inspectorate letter opens with "Dear", signs off as one of Her (His) Majesty's Inspectors, and
    /// carries the letter's headings ("Monitoring visit to Sefton children's services"). News coverage
    /// quotes such words too, but inside sentences ("Her Majesty's Inspector Jo Hart said the monitoring
    /// visit to the council found…"): a signature or a heading is a line of its own, so the phrases count
    /// only in short blocks that are not sentences.
    /// A signature's phrases first, then a visit's.
    private static let letterMatcher = PhraseMatcher([
        "majesty’s inspector", "majesty's inspector", "yours sincerely",
        "monitoring visit to", "focused visit to", "inspection of children", "inspection of local authority",
    ])

    /// An inspection report's header and grade table ("Inspection dates: …", "Overall effectiveness  Good").
    private static let reportMatcher = PhraseMatcher(["inspection dates", "overall effectiveness"])

    static func looksLikeLetter(blocks: [Block]) -> Bool {
        var dear = false, signature = false, visit = false
        var reportDates = false, reportGrade = false
        for b in blocks {
            let words = Furniture.wordCount(b.scalars), sentence = Furniture.endsSentence(b.scalars)
            // A report's header lines may share a block ("Inspection dates: … Lead inspector: … Published: …"); they
            // and its grade table are page furniture, not prose.
            if !(reportDates && reportGrade), b.role != .body, words <= 120, !sentence {
                b.scalars.withUnsafeBufferPointer { l in
                    reportMatcher.scan(l) { hit in
                        if hit == 0 { reportDates = true } else { reportGrade = true }
                        return false
                    }
                }
            }
            // A line of its own: short, and not a sentence.
            let own = words <= 16 && !sentence
            b.scalars.withUnsafeBufferPointer { l in
                let n = l.count
                if !dear, n >= 5 {
                    var k = 0
                    while k < 5, l[k].value < 0x80, UInt8(truncatingIfNeeded: l[k].value) | 0x20 == dearBytes[k] { k += 1 }
                    if k == 5 { dear = true }
                }
                if !(signature && visit), own {
                    letterMatcher.scan(l) { hit in
                        if hit < 3 { signature = true } else { visit = true }
                        return false
                    }
                }
                if !signature, n >= 3, own {
                    var k = 0
                    while k < 3, l[n - 3 + k].value < 0x80, UInt8(truncatingIfNeeded: l[n - 3 + k].value) | 0x20 == hmiBytes[k] { k += 1 }
                    if k == 3 { signature = true }
                }
            }
        }
        return (dear && (signature || visit)) || (signature && visit) || (reportDates && reportGrade)
    }

    private static let dearBytes: [UInt8] = Array("dear ".utf8)
    private static let hmiBytes: [UInt8] = Array("hmi".utf8)
}
