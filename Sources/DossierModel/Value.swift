/// A cell of a table: what the query language compares and the output formats render.
public enum Value: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int)
    case list([String])

    /// The value as plain text; lists are joined with ", ".
    public var text: String {
        switch self {
        case .null: return ""
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .list(let items): return items.joined(separator: ", ")
        }
    }

    public var isEmpty: Bool {
        switch self {
        case .null: return true
        case .text(let s): return s.isEmpty
        case .integer: return false
        case .list(let items): return items.isEmpty
        }
    }
}

/// The kind of a field, which decides how values compare and render.
public enum FieldType: String, Sendable {
    case text, integer, date, list
}

/// A column of a collection.
public struct Field: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    /// The collection whose key this field's values name (a quote's `speaker`
    /// names a person), so dotted paths can follow it.
    public var relation: String?
    /// One line for `.schema` and `.help`.
    public var summary: String
    /// The closed set of values the field may hold (see `Vocabulary`), or empty when it is open.
    public var values: [String]

    public init(_ name: String, _ type: FieldType = .text, relation: String? = nil, _ summary: String = "", values: [String] = []) {
        self.name = name; self.type = type; self.relation = relation; self.summary = summary; self.values = values
    }
}
