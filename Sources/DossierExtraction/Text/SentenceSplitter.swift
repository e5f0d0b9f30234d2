/// Splits a paragraph into sentences, knowing abbreviations (Mr, Cllr, St, No., e.g.), initials,
/// decimals and quotation marks that close after the full stop.
public enum SentenceSplitter {
    /// Words that end in a full stop without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "cllr", "clr", "st", "prof", "rev", "revd", "sr", "jr", "hon", "gen", "col",
        "capt", "lt", "sgt", "insp", "supt", "det", "cpl", "maj", "gov", "sen", "rep", "mt", "ft", "approx", "vs", "v",
        "e.g", "i.e", "eg", "ie", "cf", "viz", "al", "ca", "dept", "est", "fig", "figs", "nr", "tel", "ext", "ref",
    ]
    /// Abbreviations that end a word only when a number follows ("No. 10", "Sept. 2019").
    static let beforeNumbers: Set<String> = [
        "no", "nos", "vol", "p", "pp", "para", "paras", "art", "sec", "ch", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "op", "ed",
    ]

    /// Sentences of `text`, trimmed.
    public static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return split(scalars).map { FastText.string(scalars[$0]) }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { FastText.isSpace(s) }
    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s { case "\"", "'", "”", "’", ")", "]", "»": return true; default: return false }
    }
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s { case "\"", "'", "“", "‘", "(", "[", "«": return true; default: return false }
    }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { FastText.isUpper(s) }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { FastText.isLetter(s) }

    /// Scalar ranges of the sentences in `s`, trimmed of surrounding blanks.
    static func split(_ s: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Range<Int>] {
        let whole = range ?? 0..<s.count
        var out: [Range<Int>] = []
        var start = whole.lowerBound
        var i = whole.lowerBound
        let n = whole.upperBound
        while i < n {
            let c = s[i]
            guard c == "." || c == "!" || c == "?" || c == "…" else { i += 1; continue }
            var j = i + 1
            while j < n, s[j] == "." || s[j] == "!" || s[j] == "?" || isClosing(s[j]) { j += 1 }
            guard j < n else { break }
            guard isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < n, isSpace(s[k]) { k += 1 }
            guard k < n else { break }
            if startsSentence(s, k, n), !(c == "." && (isAbbreviation(s, i, next: k) || isListNumber(s, i, start: start))) {
                appendTrimmed(s, start..<j, to: &out)
                start = k
            }
            i = k
        }
        appendTrimmed(s, start..<n, to: &out)
        return out
    }

    /// Whether a new sentence can begin at `k`: a capital, a digit, or an opening mark before one.
    private static func startsSentence(_ s: [Unicode.Scalar], _ k: Int, _ n: Int) -> Bool {
        var k = k
        while k < n, isOpening(s[k]) { k += 1 }
        guard k < n else { return false }
        return isUpper(s[k]) || isDigit(s[k])
    }

    /// Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence.
    private static func isAbbreviation(_ s: [Unicode.Scalar], _ dot: Int, next: Int) -> Bool {
        var b = dot
        while b > 0, isLetter(s[b - 1]) || (s[b - 1] == "." && b >= 2 && isLetter(s[b - 2])) { b -= 1 }
        guard b < dot else { return false }
        let word = FastText.string(s[b..<dot])
        // An ASCII word is lower-cased bytewise: `lowercased()` is the same there, and slower.
        let lower = Tokenizer.asciiLower(s[b..<dot]) ?? word.lowercased()
        if abbreviations.contains(lower) { return true }
        if beforeNumbers.contains(lower) {
            var k = next
            while k < s.count, isOpening(s[k]) { k += 1 }
            return k < s.count && isDigit(s[k])
        }
        // A single capital is an initial ("J. Smith"); so are dotted capitals before a name ("J.R. Smith").
        let letters = word.unicodeScalars.filter { $0 != "." }
        if letters.count == 1, isUpper(letters.first!) { return word != "I" }
        return false
    }

    /// "1. Plans must improve.": a number that opens a sentence numbers a list item.
    private static func isListNumber(_ s: [Unicode.Scalar], _ dot: Int, start: Int) -> Bool {
        var b = dot
        while b > start, isDigit(s[b - 1]) { b -= 1 }
        guard b < dot, dot - b <= 3 else { return false }
        return s[start..<b].allSatisfy(isSpace)
    }

    private static func appendTrimmed(_ s: [Unicode.Scalar], _ r: Range<Int>, to out: inout [Range<Int>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        if lo < hi { out.append(lo..<hi) }
    }
}
