import DossierExport
import DossierModel
import Foundation
import Testing

/// The exported database, opened by the real sqlite3 command-line tool.
@Suite struct ExportSQLiteTests {
    static func sampleModel() -> Model {
        var m = Model()
        m.documents = [DocumentRecord(id: "leeds_post", path: "docs/leeds_post.txt", title: "Leeds praised", publisher: "The Post", date: "2019-03-02", words: 120),
                       DocumentRecord(id: "leeds_letter", path: "docs/leeds_letter.html", title: "Focused visit", words: 800)]
        m.councils = [CouncilRecord(id: "C1", name: "Leeds", fullName: "Leeds City Council", aliases: ["Leeds City Council"], documents: ["leeds_post", "leeds_letter"])]
        m.people = [PersonRecord(id: "P1", name: "Amara Quinn", role: "executive member for children", organisation: "Leeds City Council", documents: ["leeds_post"]),
                    PersonRecord(id: "P2", name: "Tom O'Hara", role: "Her Majesty's Inspector", organisation: "Ofsted", documents: ["leeds_letter"])]
        m.quotes = [QuoteRecord(id: "Q1", speaker: "Amara Quinn", text: "We are proud of our social workers and the families they support.", source: Provenance(document: "leeds_post", line: 7)),
                    QuoteRecord(id: "Q2", speaker: "Ofsted", text: "Leaders have a clear and accurate understanding of practice.", source: Provenance(document: "leeds_post", line: 9))]
        m.inspections = [InspectionRecord(id: "I1", council: "Leeds", kind: "focused visit", date: "2019-02", documents: ["leeds_post", "leeds_letter"])]
        m.findings = [FindingRecord(id: "F1", council: "Leeds", kind: "praise", topic: "leadership", text: "Leaders have a clear and accurate understanding of practice.", source: Provenance(document: "leeds_letter", line: 12), inspection: "I1"),
                      FindingRecord(id: "F2", council: "Leeds", kind: "concern", topic: "assessment", text: "Some assessments are \"too descriptive\"; quotes, commas and 'apostrophes' survive.", source: Provenance(document: "leeds_letter", line: 14))]
        m.sentences = [SentenceRecord(id: "S1", text: "Leaders have a clear and accurate understanding of practice.", source: Provenance(document: "leeds_letter", line: 12))]
        return m
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        try SQLiteCLI.query(database, sql)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString).db").path
    }

    @Test func everyCollectionIsATableWithItsRowCount() throws {
        let model = Self.sampleModel(), path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteExporter.export(model.catalog(), to: path)
        for table in model.catalog().tables {
            #expect(try Self.sqlite(path, "select count(*) from \(table.name)") == String(table.rows.count), "\(table.name)")
        }
    }

    @Test func foreignKeysHoldAndJoinQuotesToPeople() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteExporter.export(Self.sampleModel().catalog(), to: path)
        #expect(try Self.sqlite(path, "pragma foreign_key_check") == "")
        let joined = try Self.sqlite(path, "select q.id, p.role from quotes q join people p on p.id = q.speaker_id")
        #expect(joined == "Q1|executive member for children")
        // An organisation as speaker keeps its name and has no person.
        #expect(try Self.sqlite(path, "select speaker, speaker_id is null from quotes where id = 'Q2'") == "Ofsted|1")
        #expect(try Self.sqlite(path, "select f.id from findings f join inspections i on i.id = f.inspection where i.kind = 'focused visit'") == "F1")
    }

    @Test func listFieldsAreJSONAndLinkTables() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteExporter.export(Self.sampleModel().catalog(), to: path)
        #expect(try Self.sqlite(path, "select documents from councils") == #"["leeds_post","leeds_letter"]"#)
        #expect(try Self.sqlite(path, "select count(*) from councils_documents join documents d on d.id = document") == "2")
        #expect(try Self.sqlite(path, "select text from findings where id = 'F2'").contains("\"too descriptive\"; quotes, commas and 'apostrophes'"))
        let indexes = try Self.sqlite(path, "select name from sqlite_master where type = 'index' and tbl_name = 'findings' order by name")
        #expect(indexes.contains("findings_council") && indexes.contains("findings_kind") && indexes.contains("findings_topic"))
    }

    @Test func anUnwritablePathFailsAndLeavesNothingBehind() {
        #expect(throws: SQLiteError.self) {
            try SQLiteExporter.export(Self.sampleModel().catalog(), to: "/nonexistent-dir/out.db")
        }
    }

    @Test func exportingAgainReplacesTheFile() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteExporter.export(Self.sampleModel().catalog(), to: path)
        var smaller = Self.sampleModel()
        smaller.findings.removeLast()
        try SQLiteExporter.export(smaller.catalog(), to: path)
        #expect(try Self.sqlite(path, "select count(*) from findings") == "1")
    }
}
