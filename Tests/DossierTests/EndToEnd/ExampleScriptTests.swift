import Foundation
import Testing

/// Every script in examples/ against its golden output on the seeds.
/// `DOSSIER_RECORD_GOLDEN=1 swift test --filter EndToEndExampleScripts` rewrites them.
@Suite struct EndToEndExampleScriptTests {
    static var examples: [String] {
        let folder = BinaryRunner.repository.appendingPathComponent("examples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".dossier") }.sorted()
    }

    static func golden(_ script: String) -> URL {
        BinaryRunner.repository.appendingPathComponent("Tests/DossierTests/Fixtures/golden/examples")
            .appendingPathComponent((script as NSString).deletingPathExtension + ".out")
    }

    @Test func thereAreExamplesToRun() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func scriptMatchesItsGoldenOutput(script: String) throws {
        let path = BinaryRunner.repository.appendingPathComponent("examples/\(script)").path
        let out = try BinaryRunner.run(["--docs", BinaryRunner.seeds, "-f", path, "--format", "table"],
                                       environment: ["COLUMNS": "100", "NO_COLOR": "1"])
        #expect(out.status == 0, "\(script): \(out.stderr)")
        #expect(out.stderr.isEmpty, "\(script): \(out.stderr)")
        let golden = Self.golden(script)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try out.stdout.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(out.stdout == expected, "\(script) differs from \(golden.path); DOSSIER_RECORD_GOLDEN=1 rewrites it")
    }
}
