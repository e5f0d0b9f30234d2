/// Cuts a statement into tokens. Never fails: an unterminated string becomes a
/// string token to the end, reported through `problems`.
struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    private(set) var problems: [QueryError] = []

    init(_ source: String) { bytes = Array(source.utf8) }

    /// All tokens, ending with one `.end` token.
    static func tokens(_ source: String) -> (tokens: [Token], problems: [QueryError]) {
        var lexer = Lexer(source)
        var out: [Token] = []
        while true {
            let token = lexer.next()
            out.append(token)
            if token.kind == .end { return (out, lexer.problems) }
        }
    }

    mutating func next() -> Token {
        skipSpaceAndComments()
        guard position < bytes.count else { return Token(kind: .end, text: "", range: bytes.count..<bytes.count) }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return quoted(byte)
        case UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") { position += 1 }
            return symbol(from: start)
        case UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "*"), UInt8(ascii: ";"):
            position += 1
            return symbol(from: start)
        default:
            // `--` starts a comment even inside a word, as the statement splitter reads it.
            while position < bytes.count, !Lexer.endsWord(bytes[position]), !startsComment(at: position) { position += 1 }
            return Token(kind: .word, text: text(start..<position), range: start..<position)
        }
    }

    /// True for a byte that ends a word. An apostrophe does not: it opens a
    /// string only at the start of a token, so O'Keefe and children's are words.
    static func endsWord(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: "\""), UInt8(ascii: "="), UInt8(ascii: "!"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "*"):
            return true
        default:
            return false
        }
    }

    private func startsComment(at i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "-") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "-")
    }

    private mutating func skipSpaceAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "\\"), position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: "\n") {
                position += 1 // a line continuation
            } else if byte == UInt8(ascii: "-"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "-") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else {
                return
            }
        }
    }

    private func symbol(from start: Int) -> Token {
        Token(kind: .symbol, text: text(start..<position), range: start..<position)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A string in single or double quotes. `\"`, `\'` and `\\` stand for the
    /// character, `\n` and `\t` for a newline and a tab; any other backslash is kept.
    private mutating func quoted(_ quote: UInt8) -> Token {
        let start = position
        position += 1
        var value: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return Token(kind: .string, text: String(decoding: value, as: UTF8.self), range: start..<position)
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let escaped = bytes[position + 1]
                switch escaped {
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case quote, UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(escaped)
                // Other backslashes stay, so a pattern's \d or \b reads as written.
                default: value += [UInt8(ascii: "\\"), escaped]
                }
                position += 2
                continue
            }
            value.append(byte)
            position += 1
        }
        problems.append(QueryError(Messages.unterminatedString(Character(UnicodeScalar(quote))), at: start..<position))
        return Token(kind: .string, text: String(decoding: value, as: UTF8.self), range: start..<position)
    }
}
