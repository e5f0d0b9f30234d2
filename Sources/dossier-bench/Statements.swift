import DossierModel

/// One statement of the fixed set: Dossier's text and the SQL that asks sqlite3 the same.
struct Statement {
    let label: String
    let dossier: String
    let sql: String
}

enum Statements {
    /// The fixed set, with the equality filter on the council that has most findings.
    /// Text comparison in Dossier ignores case, so the SQL uses NOCASE and LIKE (which
    /// ignores ASCII case) to ask the same question.
    static func fixedSet(council: String) -> [Statement] {
        let lit = "'" + council.replacingOccurrences(of: "'", with: "''") + "'"
        let word = council.allSatisfy { $0.isLetter } ? council : "\"" + council + "\""
        return [
            Statement(label: "equality: council",
                      dossier: "findings where council = \(word)",
                      sql: "SELECT * FROM findings WHERE council = \(lit) COLLATE NOCASE;"),
            Statement(label: "equality: kind",
                      dossier: "findings where kind = concern",
                      sql: "SELECT * FROM findings WHERE kind = 'concern' COLLATE NOCASE;"),
            Statement(label: "contains",
                      dossier: "findings where text contains caseload",
                      sql: "SELECT * FROM findings WHERE text LIKE '%caseload%';"),
            Statement(label: "count by",
                      dossier: "count findings by council, kind",
                      sql: "SELECT council, kind, count(*) FROM findings GROUP BY council, kind;"),
            Statement(label: "order by, limit",
                      dossier: "findings order by line desc limit 10",
                      sql: "SELECT * FROM findings ORDER BY line DESC LIMIT 10;"),
            Statement(label: "dotted path",
                      dossier: "quotes where speaker.role contains councillor",
                      sql: "SELECT * FROM quotes WHERE speaker COLLATE NOCASE IN (SELECT name FROM people WHERE role LIKE '%councillor%');"),
        ]
    }

    /// The tables the statements read, which are exported to sqlite3.
    static let tables = ["findings", "quotes", "people"]

    /// The council named in most findings (ties to the first in name order), or Dudley.
    static func busiestCouncil(in catalog: Catalog) -> String {
        guard let t = catalog.table("findings"), let i = t.fieldIndex("council") else { return "Dudley" }
        var counts: [String: Int] = [:]
        for row in t.rows where !row[i].text.isEmpty { counts[row[i].text, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "Dudley"
    }
}
