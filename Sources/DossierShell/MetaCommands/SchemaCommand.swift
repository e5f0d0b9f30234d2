import DossierModel

/// `.schema [collection]`: collections with their fields, or one collection's
/// fields with types, relations and example values.
struct SchemaCommand: MetaCommand {
    let name = "schema"
    let usage = ".schema [COLLECTION]"
    let summary = "the collections and their fields; one collection in detail"
    var argumentKind: MetaArgumentKind { .choices { $0.catalog.names } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        guard let word = invocation.arguments.first else {
            let width = session.catalog.names.map(\.count).max() ?? 0
            var text = ""
            for t in session.catalog.tables {
                text += t.name.padding(to: width) + "  " + t.fields.map(\.name).joined(separator: ", ") + "  (\(t.rows.count) \(t.rows.count == 1 ? "row" : "rows"))\n"
            }
            session.out.write(text)
            return
        }
        let name = word.text.lowercased()
        guard session.catalog.table(name) != nil else {
            var message = "unknown collection '\(word.text)'"
            if let near = Suggestions.nearest(name, in: session.catalog.names) { message += "; did you mean '\(near)'?" }
            throw MetaCommandError(message, at: word.range)
        }
        session.out.write(Self.describe(name, in: session))
    }

    /// One collection's fields: name, type, relation, description and example values.
    static func describe(_ name: String, in session: Session) -> String {
        guard let table = session.catalog.table(name) else { return "" }
        var rows: [[String]] = [["field", "type", "relation", "description", "examples"]]
        for (i, f) in table.fields.enumerated() {
            var seen: [String] = []
            for row in table.rows where i < row.count {
                let values: [String]
                if case .list(let items) = row[i] { values = items } else { values = [row[i].text] }
                for v in values where !v.isEmpty && !seen.contains(v) {
                    seen.append(v)
                }
                if seen.count >= 3 { break }
            }
            let examples = seen.prefix(3).map { TableFormat.cut(TextEscaping.display($0), width: 24) }.joined(separator: ", ")
            rows.append([f.name, f.type.rawValue, f.relation.map { "→ " + $0 } ?? "", f.summary, examples])
        }
        let widths = (0..<5).map { c in rows.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        var text = "\(table.name): \(table.rows.count) \(table.rows.count == 1 ? "row" : "rows"), key \(table.key)\n"
        for row in rows {
            let line = (0..<5).map { row[$0].padding(to: widths[$0]) }.joined(separator: "  ")
            text += "  " + line.trimmingTrailingSpaces() + "\n"
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
