import Foundation
import Testing

/// `--export-sqlite` and `.export`, checked against the shell's own answers.
@Suite(.serialized) struct EndToEndExportTests {
    static let collections = ["documents", "councils", "people", "quotes", "inspections", "findings", "sentences"]

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        try SQLiteCLI.query(database, sql, separator: "\t")
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(getpid())-\(name)").path
    }

    @Test func theDatabaseHoldsWhatTheShellCounts() throws {
        let db = Self.temporary("seeds.db")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let export = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--export-sqlite", db])
        #expect(export.status == 0, "\(export.stderr)")
        for collection in Self.collections {
            let shell = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--format", "csv", "-c", "count \(collection)"])
            #expect(shell.lines.last == (try Self.sqlite(db, "select count(*) from \(collection)")), "\(collection)")
        }
        #expect(try Self.sqlite(db, "pragma foreign_key_check") == "")
    }

    @Test func joiningQuotesToPeopleAgreesWithTheSpeakerRelation() throws {
        let db = Self.temporary("join.db")
        defer { try? FileManager.default.removeItem(atPath: db) }
        _ = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--export-sqlite", db])
        let joined = try Self.sqlite(db, "select q.id, p.name from quotes q join people p on p.id = q.speaker_id order by q.id")
        let shell = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--format", "tsv",
                                          "-c", ".headers off", "-c", "quotes where speaker.name is not empty select id, speaker.name order by id"])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(!joined.isEmpty)
        #expect(Set(joined.split(separator: "\n").map(String.init)) == Set(shell.lines))
    }

    @Test func jsonLinesExportWritesOneFilePerCollection() throws {
        let folder = Self.temporary("jsonl")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "-c", ".export jsonl \(folder)"])
        #expect(out.status == 0, "\(out.stderr)")
        for collection in Self.collections {
            let text = try String(contentsOfFile: folder + "/\(collection).jsonl", encoding: .utf8)
            let count = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--format", "csv", "-c", "count \(collection)"])
            #expect(String(text.split(separator: "\n").count) == count.lines.last, "\(collection)")
        }
    }

    @Test func anUnwritableExportFailsWithStatusOne() throws {
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--export-sqlite", "/nonexistent-dir/x.db"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("/nonexistent-dir/x.db"), "\(out.stderr)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowTheOptions(shell: String) throws {
        let out = try BinaryRunner.run(["--generate-completion-script", shell])
        #expect(out.status == 0)
        #expect(out.stdout.contains("export-sqlite") && out.stdout.contains("docs"))
    }

    @Test func versionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.first?.isNumber == true, "\(version.stdout)")
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: dossier") && help.stdout.contains("--export-sqlite"))
    }
}
