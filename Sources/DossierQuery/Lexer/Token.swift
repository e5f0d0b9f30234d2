/// UTF-8 byte offsets into a statement; every token and syntax node carries one.
public typealias SourceRange = Range<Int>

/// One lexeme of a statement.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A run of characters that are not spaces, quotes or symbols: names,
        /// keywords, bare values, numbers and dates (`speaker.role`, `2016-04`).
        case word
        /// A quoted string; `text` holds it without quotes, escapes resolved.
        case string
        /// `=`, `!=`, `<`, `<=`, `>`, `>=`, `(`, `)`, `,`, `*`.
        case symbol
        case end
    }

    var kind: Kind
    var text: String
    var range: SourceRange

    /// The word in lower case, for keyword tests; empty for other kinds.
    var keyword: String { kind == .word ? text.lowercased() : "" }

    func isKeyword(_ word: String) -> Bool { kind == .word && text.lowercased() == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    /// How messages name the token: `'and'`, `')'`, `end of statement`.
    var described: String {
        switch kind {
        case .end: return "end of statement"
        case .string: return "\"\(text)\""
        case .word, .symbol: return "'\(text)'"
        }
    }
}

/// Words that end a bare value and start or continue a clause.
enum Keywords {
    static let clause: Set<String> = ["where", "select", "order", "limit", "offset", "by"]
    static let connective: Set<String> = ["and", "or"]
    static let direction: Set<String> = ["asc", "desc"]
    /// Words that end a bare multi-word value.
    static let valueEnders: Set<String> = clause.union(connective)
    static let textOperators: [String] = ["contains", "starts with", "matches", "in", "is empty", "is not empty"]
    static let symbolOperators: [String] = ["=", "!=", "<", "<=", ">", ">="]
}
