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
