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
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer(tokens)
    }

    static func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if FastText.isSpace(c) { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                var ascii = c.value < 0x80
                while j < n {
                    let d = s[j]
                    if isWordScalar(d) { if d.value >= 0x80 { ascii = false }; j += 1; continue }
                    // Inner apostrophes, hyphens, dots in numbers and ampersands join a word.
                    if j + 1 < n, isWordScalar(s[j + 1]),
                       d == "'" || d == "’" || d == "-" || d == "‑" || (d == "." && isDigit(s[j - 1]) && isDigit(s[j + 1])) {
                        if d.value >= 0x80 || s[j + 1].value >= 0x80 { ascii = false }
                        j += 2; continue
                    }
                    // A possessive plural ("parents’") keeps its apostrophe.
                    if (d == "'" || d == "’"), s[j - 1] == "s" || s[j - 1] == "S", j + 1 == n || !isWordScalar(s[j + 1]),
                       j - i > 2 {
                        if d.value >= 0x80 { ascii = false }
                        j += 1
                    }
                    break
                }
                let kind: Token.Kind = isDigit(c) ? .number : .word
                let word = UnsafeBufferPointer(rebasing: s[i..<j])
                if ascii {
                    let (text, lower) = asciiTextAndLower(word)
                    out.append(Token(text: text, lower: lower, start: i, end: j, kind: kind))
                } else if let lower = straightLower(word) {
                    out.append(Token(text: FastText.string(word), lower: lower, start: i, end: j, kind: kind))
                } else {
                    let text = FastText.string(word)
                    out.append(Token(text: text, lower: normalize(text), start: i, end: j, kind: kind))
                }
                i = j
            } else {
                let v = c.value
                if v < 0x80 {
                    let text = asciiStrings[Int(v)]
                    out.append(Token(text: text, lower: text, start: i, end: i + 1, kind: .punct))
                } else {
                    let text = String(c)
                    out.append(Token(text: text, lower: c == "’" || c == "‘" ? "'" : text, start: i, end: i + 1, kind: .punct))
                }
                i += 1
            }
        }
        return out
    }

    /// `normalize` of a word that is ASCII but for curly apostrophes and non-breaking hyphens
    /// ("children’s"), built from its scalars: lower-casing leaves those two as they are, and they
    /// become "'" and "-". Nil for any other word.
    static func straightLower(_ w: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        for c in w where c.value >= 0x80 && c != "’" && c != "‑" { return nil }
        return String(unsafeUninitializedCapacity: w.count) { out in
            for k in 0..<w.count {
                let c = w[k]
                if c == "’" { out[k] = 39; continue }
                if c == "‑" { out[k] = 45; continue }
                let v = UInt8(truncatingIfNeeded: c.value)
                out[k] = v &- 65 < 26 ? v | 0x20 : v
            }
            return w.count
        }
    }

    /// One-character strings of the ASCII characters, made once.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The text and lower-case text of an all-ASCII word, each built straight from its scalars.
    @inline(__always) static func asciiTextAndLower(_ w: UnsafeBufferPointer<Unicode.Scalar>) -> (String, String) {
        let text = String(unsafeUninitializedCapacity: w.count) { out in
            for k in 0..<w.count { out[k] = UInt8(truncatingIfNeeded: w[k].value) }
            return w.count
        }
        var upper = false
        for c in w where c.value &- 65 < 26 { upper = true; break }
        guard upper else { return (text, text) }
        let lower = String(unsafeUninitializedCapacity: w.count) { out in
            for k in 0..<w.count {
                let v = UInt8(truncatingIfNeeded: w[k].value)
                out[k] = v &- 65 < 26 ? v | 0x20 : v
            }
            return w.count
        }
        return (text, lower)
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
