/// Cuts input into statements at `;` and line ends outside quotes and
/// parentheses, so a statement with an open parenthesis or quote runs on over
/// lines; a backslash at a line's end continues it too. `--` comments are
/// blanked byte for byte, so offsets within a slice stay true.
struct StatementSplitter {
    private(set) var bytes: [UInt8]
    private(set) var depth = 0
    private(set) var quote: UInt8?
    private(set) var slices: [StatementSlice] = []
    /// True when the input ends with a backslash that asks for another line.
    private(set) var endsWithBackslash = false

    init(_ input: String) { bytes = Array(input.utf8) }

    mutating func scan() {
        var start = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if let q = quote {
                if b == UInt8(ascii: "\\"), i + 1 < n { i += 2; continue }
                if b == q { quote = nil }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                quote = b
            case UInt8(ascii: "'") where i == 0 || Lexer.endsWord(bytes[i - 1]):
                quote = b // inside a word (O'Keefe) an apostrophe is a letter
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "-") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "-"):
                while i < n, bytes[i] != UInt8(ascii: "\n") { bytes[i] = UInt8(ascii: " "); i += 1 }
                continue
            case UInt8(ascii: "\\") where continuesLine(at: i):
                bytes[i] = UInt8(ascii: " ")
                while i < n, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                if i >= n { endsWithBackslash = true }
                i += 1
                continue
            case UInt8(ascii: ";") where depth == 0, UInt8(ascii: "\n") where depth == 0:
                cut(start, i)
                start = i + 1
            default:
                break
            }
            i += 1
        }
        cut(start, n)
    }

    /// A backslash followed only by spaces up to the line's end (or the input's).
    func continuesLine(at i: Int) -> Bool {
        var j = i + 1
        while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\r") { j += 1 }
        return j == bytes.count || bytes[j] == UInt8(ascii: "\n")
    }

    /// True when the input ends inside a quote or parentheses or with a continuing backslash.
    var isOpen: Bool {
        quote != nil || depth > 0 || endsWithBackslash
    }

    private mutating func cut(_ from: Int, _ to: Int) {
        var a = from, b = to
        func isSpace(_ x: UInt8) -> Bool { x == 32 || x == 9 || x == 10 || x == 13 }
        while a < b, isSpace(bytes[a]) { a += 1 }
        while b > a, isSpace(bytes[b - 1]) { b -= 1 }
        guard a < b else { return }
        slices.append(StatementSlice(text: String(decoding: bytes[a..<b], as: UTF8.self), offset: a))
    }
}

extension Query {
    /// Cuts input into statements at `;` and line ends, outside quotes and
    /// parentheses; drops `--` comments and blank statements.
    public static func splitStatements(_ input: String) -> [StatementSlice] {
        var splitter = StatementSplitter(input)
        splitter.scan()
        return splitter.slices
    }

    /// True when the text so far leaves a quote or parenthesis open, or ends in a
    /// backslash, so the shell should read another line before running it.
    public static func needsContinuation(_ text: String) -> Bool {
        var splitter = StatementSplitter(text)
        splitter.scan()
        return splitter.isOpen
    }
}
