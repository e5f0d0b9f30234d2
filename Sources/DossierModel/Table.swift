/// One collection of the model as rows of values, in the order of its fields.
public struct Table: Sendable {
    public var name: String
    public var fields: [Field]
    public var rows: [[Value]]
    /// The field other collections' relations point at (`id`, or `name` for people and councils).
    public var key: String
    /// Where each row came from, parallel to `rows`, for `.show`.
    public var sources: [Provenance?]

    public init(name: String, fields: [Field], rows: [[Value]] = [], key: String = "id", sources: [Provenance?] = []) {
        self.name = name; self.fields = fields; self.rows = rows; self.key = key
        self.sources = sources.isEmpty ? Array(repeating: nil, count: rows.count) : sources
    }

    public func fieldIndex(_ name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    public func field(_ name: String) -> Field? {
        fieldIndex(name).map { fields[$0] }
    }
}

/// All collections of a model, by name, in a fixed order.
public struct Catalog: Sendable {
    public var tables: [Table]

    public init(tables: [Table]) { self.tables = tables }

    public var names: [String] { tables.map(\.name) }

    public func table(_ name: String) -> Table? {
        tables.first { $0.name == name }
    }

    /// The collection and row whose `id` is `id` (ignoring case), for `.show`.
    public func row(withID id: String) -> (table: Table, row: Int)? {
        for table in tables {
            guard let i = table.fieldIndex("id") else { continue }
            if let r = table.rows.firstIndex(where: { $0[i].text.lowercased() == id.lowercased() }) {
                return (table, r)
            }
        }
        return nil
    }
}
