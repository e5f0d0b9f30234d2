import Foundation
import DossierModel

/// Lazily built lookups over a catalog's tables: lower-cased value to row
/// numbers for a field, a field's distinct values, and the names (aliases,
/// full names, last names) that name a row's key.
///
/// `Catalog` is a value type with no identity, so entries are keyed by table
/// and field and checked against the table's storage (`Table.identity`, which
/// is immutable): an entry keeps its own reference to that storage, so it
/// cannot be freed and reused while the entry lives, and the same object means
/// the same rows. A reloaded catalog simply misses and rebuilds.
final class TableIndex: @unchecked Sendable {
    static let shared = TableIndex()

    private struct Entry<T> {
        var storage: AnyObject
        var value: T
    }

    private let lock = NSLock()
    private var lookups: [String: Entry<[String: [Int]]>] = [:]
    private var distincts: [String: Entry<[String]?>] = [:]
    private var names: [String: Entry<[String: Set<String>]>] = [:]

    /// How many distinct values make a field's values a closed set worth listing.
    static let closedSetLimit = 12

    private func cached<T>(_ store: ReferenceWritableKeyPath<TableIndex, [String: Entry<T>]>, _ key: String,
                           _ table: Table, build: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let entry = self[keyPath: store][key], entry.storage === table.identity { return entry.value }
        let value = build()
        self[keyPath: store][key] = Entry(storage: table.identity, value: value)
        return value
    }

    /// Lower-cased value (each element, for lists) to the rows that hold it.
    func lookup(_ table: Table, field: Int) -> [String: [Int]] {
        cached(\.lookups, "\(table.name).\(field)", table) {
            var map: [String: [Int]] = [:]
            let column = table.column(field)
            for r in table.rows.indices {
                switch column(r) {
                case .list(let items):
                    for item in Set(items.map { $0.lowercased() }) { map[item, default: []].append(r) }
                case let value:
                    map[value.text.lowercased(), default: []].append(r)
                }
            }
            return map
        }
    }

    /// The field's distinct non-empty values in order of first appearance, when
    /// they form a small vocabulary: at most `closedSetLimit` values, none with
    /// a capital letter (names such as councils, people and publishers are an
    /// open set, whatever this catalog holds); nil otherwise.
    func closedSet(_ table: Table, field: Int) -> [String]? {
        cached(\.distincts, "\(table.name).\(field)", table) {
            var seen: Set<String> = []
            var out: [String] = []
            let column = table.column(field)
            for r in table.rows.indices {
                let value = column(r)
                let items: [String]
                if case .list(let list) = value { items = list } else { items = [value.text] }
                for item in items where !item.isEmpty && seen.insert(item.lowercased()).inserted {
                    if item != item.lowercased() { return nil }
                    out.append(item)
                    if out.count > TableIndex.closedSetLimit { return nil }
                }
            }
            return out
        }
    }

    /// Every lower-cased name of a row (its key, full name, aliases and, for
    /// people, last name) to the lower-cased keys it names.
    func names(_ table: Table) -> [String: Set<String>] {
        cached(\.names, table.name, table) {
            guard let key = table.fieldIndex(table.key) else { return [:] }
            let aliases = table.fieldIndex("aliases"), fullName = table.fieldIndex("full_name")
            var map: [String: Set<String>] = [:]
            for row in table.rows {
                let name = row[key].text.lowercased()
                guard !name.isEmpty else { continue }
                var all = [name]
                if let aliases, case .list(let items) = row[aliases] { all += items.map { $0.lowercased() } }
                if let fullName { all.append(row[fullName].text.lowercased()) }
                if table.name == "people", let last = name.split(separator: " ").last, last.count < name.count {
                    all.append(String(last))
                }
                for alias in all where !alias.isEmpty { map[alias, default: []].insert(name) }
            }
            return map
        }
    }
}
