/// A stretch of text between quotation marks, within one block.
struct QuoteSpan {
    /// Index of the block in the document's block list.
    var block: Int
    /// Scalar range of the words inside the marks.
    var range: Range<Int>
    /// Whether a closing mark ended it (else the paragraph or a new opening mark did).
    var closed: Bool
    /// Whether it continues a quotation left open at the end of the previous paragraph.
    var continued: Bool
}

/// Finds quotations across a document's paragraphs: curly and straight marks, nested single marks,
/// a quotation reopened on each paragraph and closed only at the end, and marks that never balance.
enum QuoteScanner {
    private enum Mark { case open, close, none }

    static func scan(_ blocks: [Block], include: (Int) -> Bool) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openFromPrevious = false
        var openSingle = false
        for (b, block) in blocks.enumerated() where include(b) {
            let s = block.scalars
            var openAt: Int? = nil
            var single = false
            var continued = false
            let first = s.firstIndex { !FastText.isSpace($0) } ?? s.count
            for i in 0..<s.count {
                let c = s[i]
                let isDouble = c == "“" || c == "”" || c == "\"" || c == "«" || c == "»" || c == "„"
                let isSingle = c == "‘" || c == "’" || c == "'"
                guard isDouble || isSingle else { continue }
                if isSingle && openAt != nil && !single { continue } // nested quotation inside a double one
                if isDouble && openAt != nil && single { continue }
                let mark = classify(s, i, isOpen: openAt != nil)
                switch mark {
                case .open:
                    if let o = openAt {
                        // A new opening mark ends a quotation that was never closed.
                        spans.append(QuoteSpan(block: b, range: o..<i, closed: false, continued: continued))
                    }
                    continued = i == first && openFromPrevious && (isSingle == openSingle)
                    openAt = i + 1; single = isSingle
                case .close:
                    if let o = openAt, single == isSingle {
                        spans.append(QuoteSpan(block: b, range: o..<i, closed: true, continued: continued))
                        openAt = nil; continued = false
                    }
                case .none: break
                }
            }
            openFromPrevious = false
            if let o = openAt {
                spans.append(QuoteSpan(block: b, range: o..<s.count, closed: false, continued: continued))
                openFromPrevious = true; openSingle = single
            }
        }
        return spans.filter { !$0.range.isEmpty }
    }

    private static func classify(_ s: [Unicode.Scalar], _ i: Int, isOpen: Bool) -> Mark {
        let c = s[i]
        let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        let prevBlank = prev.map { FastText.isSpace($0) || isOpener($0) } ?? true
        let nextBlank = next.map { FastText.isSpace($0) } ?? true
        let nextWord = next.map { isWordy($0) || $0 == "…" || $0 == "." } ?? false
        let prevWord = prev.map(isWordy) ?? false
        switch c {
        case "“", "«", "„": return .open
        case "”", "»": return .close
        case "‘": return prevBlank && nextWord ? .open : .none
        case "’":
            if prevWord && nextWord { return .none } // an apostrophe: children’s, O’Neill
            return isOpen && !prevBlank ? .close : .none
        case "'":
            // A straight single mark is mostly an apostrophe: it opens only before a capital ("said: 'I am")
            // and closes only after a sentence's punctuation or before one ("…our staff.' He", "…it,' she").
            if prevWord && nextWord { return .none }
            if !isOpen { return prevBlank && next.map(FastText.isUpper) == true ? .open : .none }
            let punctuation: (Unicode.Scalar) -> Bool = { ".,!?;:…".unicodeScalars.contains($0) }
            if let p = prev, punctuation(p) { return .close }
            if prevWord, next.map({ punctuation($0) || FastText.isSpace($0) }) ?? true, next.map(punctuation) ?? true { return .close }
            return .none
        default: // straight double mark: direction from the blanks around it
            if prevBlank && !nextBlank { return .open }
            if !prevBlank { return .close }
            return .none
        }
    }

    @inline(__always) private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c { case "(", "[", "{", "—", "–", "-", "/", ":": return true; default: return false }
    }

    /// A letter or a number; in ASCII, exactly the letters and digits.
    @inline(__always) private static func isWordy(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v &- 65 < 26) || (v &- 97 < 26) || (v &- 48 < 10) }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
