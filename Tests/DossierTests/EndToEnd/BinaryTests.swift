import Foundation
import Testing

/// The built binary, run as a user or a script would run it.
@Suite(.serialized) struct EndToEndBinaryTests {
    static let contract: [String: Set<String>] = [
        "documents": ["id", "path", "title", "publisher", "date", "words"],
        "councils": ["name", "full_name", "documents"],
        "people": ["name", "role", "organisation", "documents"],
        "quotes": ["id", "speaker", "text", "document", "line"],
        "inspections": ["id", "council", "kind", "date", "rating", "inspector", "documents"],
        "findings": ["id", "council", "kind", "topic", "text", "document", "line", "inspection"],
    ]

    @Test(arguments: contract.keys.sorted())
    func everyCollectionPrintsJSONLinesWithTheContractFields(collection: String) throws {
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "-c", collection, "--format", "jsonl"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.lines.isEmpty, "\(collection) is empty on the seeds")
        for line in out.lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let missing = Self.contract[collection]!.subtracting(object.keys)
            #expect(missing.isEmpty, "\(collection) row lacks \(missing)")
            #expect(object["id"] != nil || collection == "councils" || collection == "people")
        }
    }

    @Test func concernsInDudleyComeFromEverySeedDocumentWithTheirLines() throws {
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "--format", "jsonl",
                                        "-c", "findings where council = Dudley and kind = concern"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try out.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let documents = Set(rows.compactMap { $0["document"] as? String })
        #expect(documents.count == 3, "concerns came from \(documents)")
        for row in rows {
            #expect((row["kind"] as? String) == "concern")
            #expect(((row["line"] as? Int) ?? 0) > 0)
        }
    }

    @Test func bundledSeedsLoadFromAnyDirectory() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let out = try BinaryRunner.run(["-c", "documents", "--format", "jsonl"], directory: empty)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.lines.count == 3)
    }

    @Test func aMisspelledFieldFromPipedInputFailsWithColumnAndSuggestion() throws {
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds], stdin: "findings where councl = Dudley\n")
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("did you mean 'council'"), "\(out.stderr)")
        // The column of `councl` (1-based) is 16.
        #expect(out.stderr.contains(":1:16: error:"), "\(out.stderr)")
    }

    @Test func pipedInputIsAScriptWithoutPromptOrBanner() throws {
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds], stdin: "count documents\ncount councils;\n")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.lines == ["count", "3", "count", "1"])
    }

    @Test func badUsageExitsWithTwo() throws {
        let out = try BinaryRunner.run(["--no-such-flag"])
        #expect(out.status == 2)
        #expect(!out.stderr.isEmpty)
    }

    @Test func aMissingDocsPathIsNamedAndTheRestStillLoads() throws {
        let out = try BinaryRunner.run(["--docs", "/nonexistent/dossier-docs", "--docs", BinaryRunner.seeds,
                                        "-c", "count documents", "--format", "csv"])
        #expect(out.stderr.contains("/nonexistent/dossier-docs"), "\(out.stderr)")
        #expect(out.lines.last == "3")
    }
}
