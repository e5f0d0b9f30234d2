/// A recursive-descent parser, one method per grammar rule (docs/language.md).
/// Errors are collected, not thrown to the caller: after one, the parser skips
/// to the next clause keyword, so a statement can report several.
struct Parser {
    /// Parentheses and `not`s deeper than this are an error, not a stack overflow.
    static let maxDepth = 100
    /// More comparisons than this in one condition are an error.
    static let maxPredicates = 1000

    var tokens: [Token]
    var index = 0
    var errors: [QueryError] = []
    var depth = 0
    var predicates = 0
    /// What may come after the clause just parsed, for "expected ... but found".
    var following: [String] = []
    /// True in a count statement, where `by` starts a clause.
    var counting = false

    /// Thrown inside a clause after its error was recorded, to unwind to recovery.
    struct Abandon: Error {}

    init(_ source: String) {
        let lexed = Lexer.tokens(source)
        tokens = lexed.tokens
        errors = lexed.problems
    }

    /// Parses one statement; the statement is nil only when not even its collection could be read.
    static func parse(_ source: String) -> (statement: Statement?, errors: [QueryError]) {
        var parser = Parser(source)
        let statement = parser.statement()
        return (statement, parser.errors)
    }

    var current: Token { tokens[index] }
    var previous: Token? { index > 0 ? tokens[index - 1] : nil }
    var atEnd: Bool { current.kind == .end }

    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .end { index += 1 }
        return token
    }

    /// Records an error at the current token and abandons the clause.
    mutating func fail(_ message: String, at range: SourceRange? = nil) -> Abandon {
        errors.append(QueryError(message, at: range ?? current.range))
        return Abandon()
    }

    /// The text of the token before the current one, as messages quote it.
    var afterWhat: String { previous.map { $0.kind == .string ? "\"\($0.text)\"" : $0.text } ?? "" }

    /// Skips to the next clause keyword (or the end) after an error.
    mutating func recover() {
        while !atEnd {
            let word = current.keyword
            if ["where", "select", "limit", "offset"].contains(word) { return }
            if word == "order", index + 1 < tokens.count, tokens[index + 1].isKeyword("by") { return }
            if word == "by", counting { return }
            index += 1
        }
    }

    /// statement = "count" collection count-clauses | collection list-clauses
    mutating func statement() -> Statement? {
        if current.isKeyword("count"), tokens[index + 1].kind != .symbol {
            _ = advance()
            counting = true
        }
        guard current.kind == .word else {
            errors.append(QueryError(Messages.expected("a collection name", after: counting ? "count" : nil, found: current), at: current.range))
            return nil
        }
        let token = advance()
        let collection = Name(text: token.text, range: token.range)
        following = counting ? ["where", "by", "limit"] : ["where", "select", "order by", "limit"]
        let parts = clauses(counting: counting)
        if counting {
            return .count(CountStatement(collection: collection, condition: parts.condition, groups: parts.groups, limit: parts.limit))
        }
        return .list(ListStatement(
            collection: collection, condition: parts.condition, fields: parts.fields, distinct: parts.distinct,
            ordering: parts.ordering, limit: parts.limit, offset: parts.offset))
    }
}
