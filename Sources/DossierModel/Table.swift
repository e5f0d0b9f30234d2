import Foundation

/// One collection of the model as rows of values, in the order of its fields.
///
/// A table copies nothing: its cells are read on demand, by column, from
/// storage that it shares (the model's record arrays, for `Model.catalog()`).
/// `rows` is a view of that storage as a collection of rows, so
/// `table.rows[r][f]` and `for row in table.rows` read the same cells.
public struct Table: Sendable {
    public var name: String
    public var fields: [Field]
    /// The field other collections' relations point at (`id`, or `name` for people and councils).
    public var key: String
    @usableFromInline var storage: TableStorage

    public init(name: String, fields: [Field], rows: [[Value]] = [], key: String = "id", sources: [Provenance?] = []) {
        let width = rows.first?.count ?? fields.count
        var columns: [Column] = []
        for f in 0..<width { columns.append(Column { r in rows[r][f] }) }
        var source: (@Sendable (Int) -> Provenance?)?
        if !sources.isEmpty { source = { r in sources[r] } }
        self.init(name: name, fields: fields, count: rows.count, key: key, columns: columns, row: { r in rows[r] }, source: source)
    }

    /// A table of `count` rows whose cell in field `f` of row `r` is
    /// `columns[f].read(r)`; `row(r)` gives all of a row's cells in field order (as
    /// the columns would), and `source(r)` where the row came from.
    public init(name: String, fields: [Field], count: Int, key: String = "id",
                columns: [Column], row: @escaping @Sendable (Int) -> [Value],
                source: (@Sendable (Int) -> Provenance?)? = nil) {
        self.name = name; self.fields = fields; self.key = key
        self.storage = TableStorage(count: count, columns: columns, row: row, source: source)
    }

    /// The rows, each a view of its cells in field order.
    @inlinable public var rows: Rows { Rows(storage: storage) }

    /// Where each row came from, parallel to `rows`, for `.show`.
    @inlinable public var sources: Sources { Sources(storage: storage) }

    /// An object that stays the same while the rows do, for caches keyed by a table's contents.
    public var identity: AnyObject { storage }

    /// The reader of a field's cells by row number; the fastest way to scan one field.
    @inlinable public func column(_ field: Int) -> @Sendable (Int) -> Value { storage.columns[field].read }

    /// A row's cells in field order, as an array.
    @inlinable public func values(ofRow row: Int) -> [Value] { storage.row(row) }

    /// The cells of each of `rows`, in field order, for listing them whole. A
    /// row's array is built the first time it is asked for and kept, so listing
    /// the same rows again shares them rather than building them again.
    public func sharedValues(ofRows rows: ArraySlice<Int>) -> [[Value]] { storage.sharedValues(ofRows: rows) }

    /// A field's reader of cells by row number.
    public struct Column: Sendable {
        public let read: @Sendable (Int) -> Value
        public init(_ read: @escaping @Sendable (Int) -> Value) { self.read = read }
    }

    public func fieldIndex(_ name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    public func field(_ name: String) -> Field? {
        fieldIndex(name).map { fields[$0] }
    }

    /// A table's rows: a random-access collection of `Row`s.
    public struct Rows: RandomAccessCollection, Sendable {
        @usableFromInline let storage: TableStorage
        @inlinable init(storage: TableStorage) { self.storage = storage }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { storage.count }
        @inlinable public subscript(row: Int) -> Row {
            precondition(row >= 0 && row < storage.count, "row out of range")
            return Row(storage: storage, row: row)
        }
    }

    /// One row: its cells in field order, read on demand.
    public struct Row: RandomAccessCollection, Sendable {
        @usableFromInline let storage: TableStorage
        public let row: Int
        @inlinable init(storage: TableStorage, row: Int) { self.storage = storage; self.row = row }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { storage.columns.count }
        @inlinable public subscript(field: Int) -> Value { storage.columns[field].read(row) }
        /// The cells as an array.
        @inlinable public var values: [Value] { storage.row(row) }
    }

    /// Where each row came from (nil when the collection has no sources).
    public struct Sources: RandomAccessCollection, Sendable {
        @usableFromInline let storage: TableStorage
        @inlinable init(storage: TableStorage) { self.storage = storage }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { storage.count }
        @inlinable public subscript(row: Int) -> Provenance? {
            precondition(row >= 0 && row < storage.count, "row out of range")
            return storage.source?(row)
        }
        /// Whether any row has a source.
        @inlinable public var any: Bool { storage.source != nil && contains { $0 != nil } }
        /// The source of row `i`, or nil when `i` is not a row.
        @inlinable public subscript(safe i: Int) -> Provenance? { indices.contains(i) ? self[i] : nil }
    }
}

/// The immutable readers behind a table, and the rows built so far for
/// `sharedValues(ofRows:)` (guarded by a lock).
public final class TableStorage: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline let columns: [Table.Column]
    @usableFromInline let row: @Sendable (Int) -> [Value]
    @usableFromInline let source: (@Sendable (Int) -> Provenance?)?
    private let lock = NSLock()
    /// Built rows by row number; an empty array is a row not built yet.
    private var built: [[Value]] = []

    init(count: Int, columns: [Table.Column], row: @escaping @Sendable (Int) -> [Value],
         source: (@Sendable (Int) -> Provenance?)?) {
        self.count = count; self.columns = columns; self.row = row; self.source = source
    }

    func sharedValues(ofRows rows: ArraySlice<Int>) -> [[Value]] {
        lock.lock()
        defer { lock.unlock() }
        if built.isEmpty, !rows.isEmpty { built = Array(repeating: [], count: count) }
        var out: [[Value]] = []
        out.reserveCapacity(rows.count)
        for r in rows {
            precondition(r >= 0 && r < count, "row out of range")
            if built[r].isEmpty { built[r] = row(r) }
            out.append(built[r])
        }
        return out
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
            let column = table.column(i)
            if let r = table.rows.indices.first(where: { column($0).text.lowercased() == id.lowercased() }) {
                return (table, r)
            }
        }
        return nil
    }
}
