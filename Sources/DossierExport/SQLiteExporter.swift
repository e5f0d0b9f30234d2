import DossierModel
import Foundation

/// Writes a model's catalog to a SQLite database that sqlite3, DuckDB, Datasette
/// or a spreadsheet opens as it is.
///
/// One table per collection with the collection's field names as columns. A
/// relation to a table keyed by `id` becomes a foreign key on the column itself;
/// one keyed by a name (a quote's speaker, a finding's council) keeps its text
/// column and gains `<field>_id`, a foreign key filled where the name resolves,
/// since a speaker may be an organisation rather than a person. A list field is
/// kept as a JSON array and also as a link table `<collection>_<field>`. Key
/// fields are indexed.
public enum SQLiteExporter {
    /// Fields worth an index wherever a collection has them.
    static let indexedFields: Set<String> = ["council", "kind", "speaker", "document", "topic", "rating", "name", "inspection"]

    /// Writes the catalog to `path`, replacing any file there only once the new
    /// database is complete, so a failure leaves the earlier file as it was.
    public static func export(_ catalog: Catalog, to path: String) throws(SQLiteError) {
        let temporary = path + ".partial-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let db = try SQLiteDatabase(path: temporary)
            try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; BEGIN")
            for table in ordered(catalog) {
                try write(table, of: catalog, to: db)
            }
            try db.execute("COMMIT")
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        // rename(2) replaces the old file atomically.
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw SQLiteError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Tables ordered so that every table comes after those its foreign keys name.
    static func ordered(_ catalog: Catalog) -> [Table] {
        var done: Set<String> = [], out: [Table] = []
        func visit(_ table: Table, depth: Int) {
            guard !done.contains(table.name), depth < catalog.tables.count else { return }
            for field in table.fields {
                if let target = field.relation, target != table.name, let t = catalog.table(target) { visit(t, depth: depth + 1) }
            }
            if done.insert(table.name).inserted { out.append(table) }
        }
        catalog.tables.forEach { visit($0, depth: 0) }
        return out
    }
}
