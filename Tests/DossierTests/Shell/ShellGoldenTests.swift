import DossierQuery
import Foundation
import Testing
@testable import DossierShell

/// Every output format on the hand-made rows, checked against files in
/// Fixtures/golden/; `DOSSIER_RECORD_GOLDEN=1 swift test --filter ShellGolden` rewrites them.
@Suite struct ShellGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")
    static let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1"

    @Test(arguments: OutputFormats.names)
    func format(_ name: String) throws {
        let format = try #require(OutputFormats.named(name))
        var text = ""
        for (label, options) in [("default", RenderOptions()), ("width 40, no headers", RenderOptions(headers: false, width: 40, maxCellLines: 2))] {
            text += "== \(label)\n"
            format.write(ShellFixtures.result, options: options, to: &text)
        }
        try check(text, against: "shell-\(name).txt")
    }

    @Test func metaCommands() throws {
        let (s, out, err) = ShellFixtures.session(format: "table")
        s.run(SourceText(file: "golden.dossier", text: """
            .help
            .schema
            .schema findings
            .show f1
            .show q1
            .help formats
            .mode xml
            .headers maybe
            .frobnicate
            """))
        try check("== stdout\n" + out.text + "== stderr\n" + err.text, against: "shell-meta-commands.txt")
    }

    func check(_ text: String, against file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(file) differs; DOSSIER_RECORD_GOLDEN=1 rewrites it")
    }
}
