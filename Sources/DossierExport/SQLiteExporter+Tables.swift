import DossierModel
import Foundation

extension SQLiteExporter {
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Creates one collection's table, its link tables and indexes, and fills them.
    static func write(_ table: Table, of catalog: Catalog, to db: SQLiteDatabase) throws(SQLiteError) {
        let idIndex = table.fieldIndex("id")
        var columns: [String] = []
        // For each field, how to turn a row's value into the cells of its columns.
        var cellMakers: [([Value]) -> [SQLiteCell]] = []
        var links: [(field: Field, index: Int)] = []
        for (i, field) in table.fields.enumerated() {
            let name = quoted(field.name)
            switch field.type {
            case .integer:
                columns.append("\(name) INTEGER")
                cellMakers.append { row in [integerCell(row[i])] }
            case .list:
                columns.append("\(name) TEXT")
                cellMakers.append { row in [.text(jsonArray(row[i]))] }
                if idIndex != nil { links.append((field, i)) }
            case .text, .date:
                if field.name == "id" {
                    columns.append("\(name) TEXT PRIMARY KEY")
                    cellMakers.append { row in [.text(row[i].text)] }
                } else if let target = field.relation.flatMap(catalog.table), target.name != table.name, target.key == "id" {
                    columns.append("\(name) TEXT REFERENCES \(quoted(target.name))(\"id\")")
                    let targetID = target.fieldIndex("id") ?? 0
                    let ids = Set(target.rows.map { $0[targetID].text })
                    cellMakers.append { row in ids.contains(row[i].text) ? [.text(row[i].text)] : [.null] }
                } else if let target = field.relation.flatMap(catalog.table), let keyIndex = target.fieldIndex(target.key),
                          let targetID = target.fieldIndex("id") {
                    columns.append("\(name) TEXT")
                    columns.append("\(quoted(field.name + "_id")) TEXT REFERENCES \(quoted(target.name))(\"id\")")
                    let byKey = Dictionary(target.rows.map { ($0[keyIndex].text.lowercased(), $0[targetID].text) }, uniquingKeysWith: { a, _ in a })
                    cellMakers.append { row in [.text(row[i].text), byKey[row[i].text.lowercased()].map { .text($0) } ?? .null] }
                } else {
                    columns.append("\(name) TEXT")
                    cellMakers.append { row in [.text(row[i].text)] }
                }
            }
        }
        let tableName = quoted(table.name)
        try db.execute("CREATE TABLE \(tableName) (\(columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.insert("INSERT INTO \(tableName) VALUES (\(placeholders))",
                      rows: table.rows.indices.map { r in let row = table.values(ofRow: r); return cellMakers.flatMap { $0(row) } })
        for field in table.fields where indexedFields.contains(field.name) && field.name != "id" {
            try db.execute("CREATE INDEX \(quoted("\(table.name)_\(field.name)")) ON \(tableName)(\(quoted(field.name)))")
        }
        if let idIndex {
            for (field, index) in links {
                try writeLinks(table, field: field, index: index, idIndex: idIndex, catalog: catalog, db: db)
            }
        }
    }

    /// A list field as rows of (owner id, value), e.g. councils_documents(council_id, document).
    static func writeLinks(_ table: Table, field: Field, index: Int, idIndex: Int, catalog: Catalog, db: SQLiteDatabase) throws(SQLiteError) {
        let owner = singular(table.name) + "_id"
        let value = field.relation.map(singular) ?? singular(field.name)
        let linkName = quoted("\(table.name)_\(field.name)")
        var reference = ""
        if let target = field.relation.flatMap(catalog.table), target.key == "id" {
            reference = " REFERENCES \(quoted(target.name))(\"id\")"
        }
        try db.execute("""
            CREATE TABLE \(linkName) (\(quoted(owner)) TEXT NOT NULL REFERENCES \(quoted(table.name))("id"), \
            \(quoted(value)) TEXT NOT NULL\(reference), PRIMARY KEY (\(quoted(owner)), \(quoted(value))))
            """)
        var seen: Set<[String]> = []
        var rows: [[SQLiteCell]] = []
        for row in table.rows {
            guard case .list(let items) = row[index] else { continue }
            for item in items where seen.insert([row[idIndex].text, item]).inserted {
                rows.append([.text(row[idIndex].text), .text(item)])
            }
        }
        try db.insert("INSERT INTO \(linkName) VALUES (?, ?)", rows: rows)
        try db.execute("CREATE INDEX \(quoted("\(table.name)_\(field.name)_\(value)")) ON \(linkName)(\(quoted(value)))")
    }

    static func singular(_ name: String) -> String {
        if name == "people" { return "person" }
        return name.hasSuffix("s") ? String(name.dropLast()) : name
    }

    static func integerCell(_ value: Value) -> SQLiteCell {
        if case .integer(let n) = value { return .integer(n) }
        return value.isEmpty ? .null : .text(value.text)
    }

    static func jsonArray(_ value: Value) -> String {
        guard case .list(let items) = value else { return "[]" }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
