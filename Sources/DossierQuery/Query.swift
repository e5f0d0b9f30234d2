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
    /// Parses and evaluates one statement over the catalog.
    public static func run(_ statement: String, on catalog: Catalog) -> Result<ResultSet, QueryErrors> {
        let name = statement.trimmingCharacters(in: .whitespaces)
        guard let table = catalog.table(name) else {
            return .failure(QueryErrors([QueryError("unknown collection '\(name)'", at: 0..<statement.utf8.count)]))
        }
        return .success(ResultSet(columns: table.fields.map(\.name), types: table.fields.map(\.type), rows: table.rows))
    }
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

extension Query {
    /// Cuts input into statements at `;` and line ends, outside quotes and
    /// parentheses; drops `--` comments and blank statements.
    public static func splitStatements(_ input: String) -> [StatementSlice] {
        var out: [StatementSlice] = []
        var offset = 0
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = String(line)
            if !t.trimmingCharacters(in: .whitespaces).isEmpty { out.append(StatementSlice(text: t, offset: offset)) }
            offset += t.utf8.count + 1
        }
        return out
    }

    /// True when the text so far leaves a quote or parenthesis open, or ends in a
    /// backslash, so the shell should read another line before running it.
    public static func needsContinuation(_ text: String) -> Bool { false }

    /// Context-aware completion of a statement: collections at the start, fields
    /// after where/select/by, operators after a field, a field's values after an operator.
    public static func completions(for lineBeforeCursor: String, catalog: Catalog) -> CompletionSet {
        CompletionSet(start: lineBeforeCursor.utf8.count, candidates: [])
    }
}
