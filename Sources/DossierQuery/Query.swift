import Foundation
import DossierModel

/// A mistake in a statement, as a value: a message and the UTF-8 byte range it points at.
public struct QueryError: Error, Sendable, Equatable {
    public var message: String
    /// UTF-8 byte offsets within the statement's text.
    public var range: Range<Int>
    public init(_ message: String, at range: Range<Int>) { self.message = message; self.range = range }
}

/// Every error one statement produced (the parser recovers, so there may be several).
public struct QueryErrors: Error, Sendable, Equatable {
    public var errors: [QueryError]
    public init(_ errors: [QueryError]) { self.errors = errors }
}

/// The rows a statement produced, with their column names and types.
public struct ResultSet: Sendable, Equatable {
    public var columns: [String]
    public var types: [FieldType]
    public var rows: [[Value]]
    public init(columns: [String], types: [FieldType], rows: [[Value]]) {
        self.columns = columns; self.types = types; self.rows = rows
    }
}

/// The query language's entry points.
public enum Query {
    /// Parses and evaluates one statement over the catalog. Errors come back
    /// as values, every one the statement has, in the order of their positions.
    public static func run(_ statement: String, on catalog: Catalog) -> Result<ResultSet, QueryErrors> {
        let (syntax, parseErrors) = Parser.parse(statement)
        var errors = parseErrors
        var plan: Plan?
        if let syntax {
            var resolver = Resolver(catalog: catalog)
            plan = resolver.plan(syntax)
            errors += resolver.errors
        }
        if !errors.isEmpty {
            var seen: Set<String> = []
            let unique = errors.enumerated()
                .sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
                .map(\.element)
                .filter { seen.insert("\($0.range)\($0.message)").inserted }
            return .failure(QueryErrors(unique))
        }
        guard let plan else { return .failure(QueryErrors([QueryError(Messages.nothingToRun, at: 0..<0)])) }
        return .success(Evaluator(plan).run())
    }

    /// The words the language reserves, for a shell's highlighting or help.
    public static let keywords: [String] = [
        "count", "where", "select", "distinct", "order", "by", "asc", "desc", "limit", "offset",
        "and", "or", "not", "contains", "starts", "with", "matches", "in", "is", "empty",
    ]

    /// The comparison operators, as completion offers them after a field.
    public static let operators: [String] = Keywords.symbolOperators + Keywords.textOperators
}

/// One statement cut from a larger input (a line, a script), with where it starts.
public struct StatementSlice: Sendable, Equatable {
    public var text: String
    /// UTF-8 byte offset of `text` within the whole input.
    public var offset: Int
    public init(text: String, offset: Int) { self.text = text; self.offset = offset }
}

/// What TAB may insert at the cursor: candidates that replace the bytes from `start`.
public struct CompletionSet: Sendable, Equatable {
    /// UTF-8 byte offset in the line where the word being completed begins.
    public var start: Int
    public var candidates: [String]
    public init(start: Int, candidates: [String]) { self.start = start; self.candidates = candidates }
}

