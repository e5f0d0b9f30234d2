/// A word or punctuation mark of a block, with its scalar range.
struct Token {
    enum Kind { case word, number, punct }
    var text: String
    /// Lower case, with curly apostrophes made straight, so lexicons match one spelling.
    var lower: String
    var start: Int
    var end: Int
    var kind: Kind

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first.map(FastText.isUpper) ?? false) }
    var isLowercase: Bool { kind == .word && (text.unicodeScalars.first.map(FastText.isLower) ?? false) }
    /// "Sefton's" and "councils'" end in a possessive.
    var isPossessive: Bool { kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("s'")) }
    /// The word without a possessive ending.
    var stem: String { isPossessive && lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower }
    var stemText: String { isPossessive && lower.hasSuffix("'s") ? String(text.dropLast(2)) : text }
}

/// Splits a block into tokens in one pass: words keep inner apostrophes and hyphens (O’Neill, long-term).
enum Tokenizer {
    static func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if FastText.isSpace(c) { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < n {
                    if isWordScalar(s[j]) { j += 1; continue }
                    // Inner apostrophes, hyphens, dots in numbers and ampersands join a word.
                    if j + 1 < n, isWordScalar(s[j + 1]),
                       s[j] == "'" || s[j] == "’" || s[j] == "-" || s[j] == "‑" || (s[j] == "." && isDigit(s[j - 1]) && isDigit(s[j + 1])) {
                        j += 2; continue
                    }
                    // A possessive plural ("parents’") keeps its apostrophe.
                    if (s[j] == "'" || s[j] == "’"), s[j - 1] == "s" || s[j - 1] == "S", j + 1 == n || !isWordScalar(s[j + 1]),
                       j - i > 2 {
                        j += 1
                    }
                    break
                }
                let text = FastText.string(s[i..<j])
                let kind: Token.Kind = isDigit(c) ? .number : .word
                out.append(Token(text: text, lower: asciiLower(s[i..<j]) ?? normalize(text), start: i, end: j, kind: kind))
                i = j
            } else {
                let text = String(c)
                out.append(Token(text: text, lower: text == "’" || text == "‘" ? "'" : text, start: i, end: i + 1, kind: .punct))
                i += 1
            }
        }
        return out
    }

    /// The lower-case text of an all-ASCII word, built from its scalars without a
    /// `lowercased()` pass; nil when the word has other characters.
    static func asciiLower(_ word: ArraySlice<Unicode.Scalar>) -> String? {
        word.withUnsafeBufferPointer { w in
            guard !w.isEmpty, w.allSatisfy({ $0.value < 128 }) else { return nil }
            return String(unsafeUninitializedCapacity: w.count) { out in
                for (k, c) in w.enumerated() {
                    let v = UInt8(truncatingIfNeeded: c.value)
                    out[k] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return w.count
            }
        }
    }

    static func normalize(_ text: String) -> String {
        var lower = text.lowercased()
        if lower.unicodeScalars.contains(where: { $0 == "’" || $0 == "‑" }) {
            lower = FastText.string(lower.unicodeScalars.map { $0 == "’" ? "'" : ($0 == "‑" ? "-" : $0) })
        }
        return lower
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { FastText.isLetter(c) || isDigit(c) }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
}
