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
    /// Marked up as the page's byline (an HTML element whose class names a byline, author or contributor).
    var isByline = false

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
    /// One non-blank source line: its scalars in the document's scalar buffer, its number and byte offset.
    private struct Line { var start: Int; var end: Int; var line: Int; var offset: Int }

    static func blocks(of text: String, markdown: Bool) -> [Block] {
        // The whole text is decoded once into one scalar buffer; lines are ranges of it. Lines of a
        // paragraph are consecutive in it, so a paragraph is one slice with its newlines made spaces.
        var text = text
        let all: [Unicode.Scalar] = text.withUTF8 { FastText.scalars(of: $0) }
        return all.withUnsafeBufferPointer { s in
            var blocks: [Block] = []
            var pending: [Line] = []
            func flush() {
                defer { pending.removeAll(keepingCapacity: true) }
                guard !pending.isEmpty else { return }
                // Prose wrapped over lines is one paragraph; a run of short lines is furniture or a list.
                var joinable = pending.count > 1 && !isListItem(s, pending[pending.count - 1].start, pending[pending.count - 1].end)
                if joinable {
                    for l in pending.dropLast() where l.end - l.start < 50 || isListItem(s, l.start, l.end) { joinable = false; break }
                }
                if joinable {
                    block(s, pending[0], pending[pending.count - 1].end, markdown: markdown, into: &blocks)
                } else {
                    for l in pending { block(s, l, l.end, markdown: markdown, into: &blocks) }
                }
            }
            var line = 1, offset = 0
            var lineStart = 0, start = 0
            var allSpace = true
            func endLine(_ end: Int) {
                if allSpace { flush() } else { pending.append(Line(start: start, end: end, line: line, offset: lineStart)) }
            }
            let n = s.count
            var i = 0
            while i < n {
                let c = s[i]
                if c == "\n" {
                    endLine(i)
                    line += 1; offset += 1; lineStart = offset
                    start = i + 1; allSpace = true
                } else {
                    let v = c.value
                    offset += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
                    if allSpace && !FastText.isSpace(c) { allSpace = false }
                }
                i += 1
            }
            endLine(n)
            flush()
            return blocks
        }
    }

    /// The block of source lines from `first` to scalar `end`, newlines made spaces, trimmed.
    private static func block(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ first: Line, _ end: Int, markdown: Bool,
                              into blocks: inout [Block]) {
        let base = first.start
        // Trimmed as the lines joined would be: blanks, then list or heading markers.
        var lo = base, hi = end
        while lo < hi, isBlank(s[lo]) { lo += 1 }
        while hi > lo, isBlank(s[hi - 1]) { hi -= 1 }
        var heading = false
        if lo < hi, isListItem(s, lo, hi, joined: true) {
            heading = true
            while lo < hi, isMarker(s[lo]) { lo += 1 }
            while lo < hi, isBlank(s[lo]) { lo += 1 }
        } else if markdown, lo < hi, s[lo] == ">" {
            lo += 1
            while lo < hi, isBlank(s[lo]) { lo += 1 }
        }
        guard lo < hi else { return }
        var b = Block(scalars: [], line: first.line, offset: first.offset)
        b.isHeading = heading
        var breaks: [Int] = []
        var o = 0
        for k in base..<lo { o += FastText.utf8Length(s[k]) }
        for k in base..<end where s[k] == "\n" { breaks.append(k - lo) }
        let count = hi - lo
        let byteOffsets = [Int](unsafeUninitializedCapacity: count) { offs, initialized in
            for k in lo..<hi {
                (offs.baseAddress! + (k - lo)).initialize(to: o)
                o += FastText.utf8Length(s[k])
            }
            initialized = count
        }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            for k in lo..<hi {
                let c = s[k]
                (out.baseAddress! + (k - lo)).initialize(to: c == "\n" ? " " : c)
            }
            initialized = count
        }
        b.scalars = scalars
        b.byteOffsets = byteOffsets
        b.lineBreaks = breaks
        blocks.append(b)
    }

    /// A blank within a paragraph: a source newline stands for the space that joins two lines.
    @inline(__always) private static func isBlank(_ c: Unicode.Scalar) -> Bool { FastText.isSpace(c) }

    @inline(__always) private static func isMarker(_ c: Unicode.Scalar) -> Bool {
        switch c { case "•", "·", "▪", "*", "-", "+", "#", ">": return true; default: return false }
    }

    static func isListItem(_ s: [Unicode.Scalar]) -> Bool {
        s.withUnsafeBufferPointer { isListItem($0, 0, $0.count) }
    }

    /// `isListItem` of scalars `lo..<hi`; `joined` reads a newline inside as the space joining two lines.
    private static func isListItem(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, joined: Bool = false) -> Bool {
        var i = lo
        while i < hi, FastText.isSpace(s[i]) { i += 1 }
        guard i < hi else { return false }
        let c = s[i]
        if c == "•" || c == "·" || c == "▪" { return true }
        if (c == "*" || c == "-" || c == "+") && i + 1 < hi && (s[i + 1] == " " || (joined && s[i + 1] == "\n")) { return true }
        if c == "#" { return true }
        return false
    }
}
