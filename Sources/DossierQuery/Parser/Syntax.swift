/// The syntax tree of a statement. Every node carries its source range as
/// UTF-8 offsets into the statement, so errors can point at it.

/// A name as written, with where it was written.
struct Name: Equatable, Sendable {
    var text: String
    var range: SourceRange
}

/// `council`, `speaker.role`, `quotes.count`: a field, followed through relations.
struct Path: Equatable, Sendable {
    var segments: [Name]
    var range: SourceRange
    var text: String { segments.map(\.text).joined(separator: ".") }
}

/// A value as written: a bare word or words, a quoted string, a number or a date.
struct Literal: Equatable, Sendable {
    var text: String
    var quoted: Bool
    var range: SourceRange
}

/// `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `starts with`, `matches`.
enum Comparison: String, Equatable, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains, startsWith = "starts with", matches
}

/// A condition of a `where` clause.
indirect enum Condition: Equatable, Sendable {
    /// All of the parts; kept flat, so a long chain does not nest deeply.
    case and([Condition], SourceRange)
    /// Any of the parts.
    case or([Condition], SourceRange)
    case not(Condition, SourceRange)
    case compare(Path, Comparison, Literal, SourceRange)
    case member(Path, [Literal], SourceRange)
    case empty(Path, negated: Bool, SourceRange)

    var range: SourceRange {
        switch self {
        case .and(_, let r), .or(_, let r), .not(_, let r), .compare(_, _, _, let r),
             .member(_, _, let r), .empty(_, _, let r):
            return r
        }
    }
}

/// One key of `order by`.
struct Ordering: Equatable, Sendable {
    var path: Path
    var descending: Bool
}

/// `COLLECTION [where C] [select [distinct] F, ...] [order by F [asc|desc], ...] [limit N [offset M]]`
struct ListStatement: Equatable, Sendable {
    var collection: Name
    var condition: Condition?
    /// Nil when there is no `select` (every field); `*` gives nil too.
    var fields: [Path]?
    var distinct = false
    var ordering: [Ordering] = []
    var limit: Int?
    var offset: Int?
}

/// `count COLLECTION [where C] [by F, ...] [limit N]`
struct CountStatement: Equatable, Sendable {
    var collection: Name
    var condition: Condition?
    var groups: [Path] = []
    var limit: Int?
}

/// A whole statement.
enum Statement: Equatable, Sendable {
    case list(ListStatement)
    case count(CountStatement)

    var collection: Name {
        switch self {
        case .list(let s): return s.collection
        case .count(let s): return s.collection
        }
    }

    var condition: Condition? {
        switch self {
        case .list(let s): return s.condition
        case .count(let s): return s.condition
        }
    }
}
