/// A paragraph of a document (or a heading, list item or page-furniture line) with its place in the source file.
struct Block {
    enum Role { case body, title, furniture }

    /// The text, as Unicode scalars; source newlines inside the paragraph are spaces.
    var scalars: [Unicode.Scalar]
    /// 1-based line of the first character in the source file.
    var line: Int
    /// UTF-8 byte offset of the first character in the source file.
    var offset: Int
    /// For plain text: scalar indices where a source line ends, to map positions to lines.
    var lineBreaks: [Int] = []
    /// For plain text: UTF-8 offset of each scalar from the block start; empty for HTML,
    /// whose text does not sit byte for byte in the source.
    var byteOffsets: [Int] = []
    var role: Role = .body
    /// A heading or list item, which is never merged with its neighbours.
    var isHeading = false

    var text: String { FastText.string(scalars) }

    func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count)), hi = max(lo, min(range.upperBound, scalars.count))
        return FastText.string(scalars[lo..<hi])
    }

    /// The source line holding scalar `index`.
    func line(at index: Int) -> Int {
        var lo = 0, hi = lineBreaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineBreaks[mid] < index { lo = mid + 1 } else { hi = mid }
        }
        return line + lo
    }

    /// The source byte offset of scalar `index`.
    func sourceOffset(at index: Int) -> Int {
        guard !byteOffsets.isEmpty else { return offset }
        if index >= byteOffsets.count { return offset + (byteOffsets.last ?? 0) + 1 }
        return offset + byteOffsets[max(0, index)]
    }
}

/// Splits plain text (and Markdown) into blocks at blank lines, and into single lines where
/// the lines are list items or too short to be wrapped prose.
enum PlainTextReader {
    static func blocks(of text: String, markdown: Bool) -> [Block] {
        var blocks: [Block] = []
        var pending: [(scalars: [Unicode.Scalar], line: Int, offset: Int)] = []
        func flush() {
            defer { pending.removeAll() }
            guard !pending.isEmpty else { return }
            // Prose wrapped over lines is one paragraph; a run of short lines is furniture or a list.
            let joinable = pending.count > 1 && pending.dropLast().allSatisfy { $0.scalars.count >= 50 && !isListItem($0.scalars) }
                && !isListItem(pending.last!.scalars)
            let groups = joinable ? [pending] : pending.map { [$0] }
            for group in groups {
                var b = Block(scalars: [], line: group[0].line, offset: group[0].offset)
                for (k, piece) in group.enumerated() {
                    if k > 0 { b.lineBreaks.append(b.scalars.count); b.scalars.append(" ") }
                    b.scalars.append(contentsOf: piece.scalars)
                }
                b.byteOffsets = offsets(of: b.scalars)
                trim(&b, markdown: markdown)
                if !b.scalars.isEmpty { blocks.append(b) }
            }
        }
        var line = 1, offset = 0
        var current: [Unicode.Scalar] = []
        var lineStart = 0
        func endLine() {
            if current.allSatisfy({ FastText.isSpace($0) }) { flush() } else { pending.append((current, line, lineStart)) }
            current.removeAll(keepingCapacity: true)
        }
        for s in text.unicodeScalars {
            if s == "\n" {
                endLine()
                line += 1; offset += 1; lineStart = offset
            } else {
                current.append(s); offset += s.utf8.count
            }
        }
        endLine()
        flush()
        return blocks
    }

    static func isListItem(_ s: [Unicode.Scalar]) -> Bool {
        guard let i = s.firstIndex(where: { !FastText.isSpace($0) }) else { return false }
        let c = s[i]
        if c == "•" || c == "·" || c == "▪" { return true }
        if (c == "*" || c == "-" || c == "+") && i + 1 < s.count && s[i + 1] == " " { return true }
        if c == "#" { return true }
        return false
    }

    private static func offsets(of scalars: [Unicode.Scalar]) -> [Int] {
        var out = [Int](); out.reserveCapacity(scalars.count)
        var o = 0
        for s in scalars { out.append(o); o += s.utf8.count }
        return out
    }

    /// Drops surrounding blanks and list or heading markers, keeping offsets in step.
    private static func trim(_ b: inout Block, markdown: Bool) {
        var lo = 0, hi = b.scalars.count
        while lo < hi, FastText.isSpace(b.scalars[lo]) { lo += 1 }
        while hi > lo, FastText.isSpace(b.scalars[hi - 1]) { hi -= 1 }
        if lo < hi, isListItem(Array(b.scalars[lo..<hi])) {
            b.isHeading = true
            while lo < hi, "•·▪*-+#>".unicodeScalars.contains(b.scalars[lo]) { lo += 1 }
            while lo < hi, FastText.isSpace(b.scalars[lo]) { lo += 1 }
        } else if markdown, lo < hi, b.scalars[lo] == ">" {
            lo += 1
            while lo < hi, FastText.isSpace(b.scalars[lo]) { lo += 1 }
        }
        guard lo > 0 || hi < b.scalars.count else { return }
        b.scalars = Array(b.scalars[lo..<hi])
        b.byteOffsets = Array(b.byteOffsets[lo..<hi])
        b.lineBreaks = b.lineBreaks.map { $0 - lo }
    }
}
