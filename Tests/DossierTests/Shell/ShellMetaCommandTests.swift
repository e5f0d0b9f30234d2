import DossierExtraction
import DossierModel
import Foundation
import Testing
@testable import DossierShell

@Suite struct ShellMetaCommandTests {
    @Test func modeAndHeadersChangeSettings() {
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".mode csv\n.headers off\n.mode\n"))
        #expect(s.settings.format.name == "csv")
        #expect(s.settings.headers == false)
        #expect(out.text == "csv\n")
        #expect(err.text.isEmpty)
        #expect(s.exitStatus == 0)
    }

    @Test func unknownCommandSuggestsTheNearest() {
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "t.dossier", text: ".mode json\n.hepl\n"))
        #expect(err.text == "t.dossier:2:1: error: unknown command '.hepl'; did you mean '.help'?\n.hepl\n^~~~~\n")
        #expect(s.exitStatus == 1)
    }

    @Test func badArgumentPointsAtIt() {
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: "  .mode jsn"))
        #expect(err.text == "t:1:9: error: unknown format 'jsn'; did you mean 'json'?\n  .mode jsn\n        ^~~\n")
        s.run(SourceText(file: "t", text: ".timer maybe"))
        #expect(err.text.hasSuffix("t:1:8: error: expected on or off but found 'maybe'\n.timer maybe\n       ^~~~~\n"))
    }

    @Test func missingArgumentPointsAtTheEnd() {
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".once"))
        #expect(err.text == "t:1:6: error: .once needs a file name\n.once\n     ^\n")
    }

    @Test func schemaListsCollectionsAndDescribesOne() {
        let (s, out, _) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".schema"))
        #expect(out.text.contains("findings"))
        #expect(out.text.contains("(2 rows)"))
        out.text = ""
        s.run(SourceText(file: "t", text: ".schema findings"))
        #expect(out.text.hasPrefix("findings: 2 rows, key id\n"))
        #expect(out.text.contains("council"))
        #expect(out.text.contains("→ councils"))
        #expect(out.text.contains("concern, praise"))
    }

    @Test func schemaOfAnUnknownCollection() {
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".schema findngs"))
        #expect(err.text.contains("unknown collection 'findngs'; did you mean 'findings'?"))
    }

    @Test func showMarksTheEvidenceInItsParagraph() {
        let (s, out, _) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".show f1"))
        #expect(out.text == "findings f1: letter, line 3\nInspectors visited in February. >>> Caseloads remain too high. <<<\n")
    }

    @Test func showOfARowWithoutSourceListsItsFields() {
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".show p1\n.show f9"))
        #expect(out.text.contains("name = Ian Cooper"))
        #expect(err.text.contains("no row has id 'f9'; did you mean"))
    }

    @Test func helpListsEveryCommandAndTopics() {
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".help"))
        for name in MetaCommandRegistry.names { #expect(out.text.contains(name)) }
        out.text = ""
        s.run(SourceText(file: "t", text: ".help mode\n.help formats\n.help findngs"))
        #expect(out.text.contains(".mode [FORMAT]"))
        #expect(out.text.contains("jsonl"))
        #expect(err.text.contains("no help on 'findngs'; did you mean 'findings'?"))
    }

    @Test func outputOnceAndReadUseFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("s.dossier").path
        try ".mode markdown\n.nope\n".write(toFile: script, atomically: true, encoding: .utf8)
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".read \(script)\n.read \(dir.path)/missing"))
        #expect(s.settings.format.name == "markdown")
        #expect(err.text.contains("\(script):2:1: error: unknown command '.nope'"))
        #expect(err.text.contains("cannot read '\(dir.path)/missing'"))
        #expect(s.failures == 2)
    }

    @Test func quitStopsTheScript() {
        let (s, out, _) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".quit\n.mode\n"))
        #expect(s.shouldQuit)
        #expect(out.text.isEmpty)
    }

    @Test func bailStopsAtTheFirstError() {
        let (s, out, _) = ShellFixtures.session(bail: true)
        s.run(SourceText(file: "t", text: ".nope\n.mode\n"))
        #expect(out.text.isEmpty)
        #expect(s.exitStatus == 1)
    }

    @Test func invocationSplitsQuotedWords() {
        let inv = MetaInvocation(line: ".output \"my file.csv\";")
        #expect(inv?.name == "output")
        #expect(inv?.arguments.map(\.text) == ["my file.csv"])
        #expect(inv?.arguments.first?.range == 8..<21)
    }

    @Test func loadRebuildsTheModelFromAllPaths() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = StringSink(), err = StringSink()
        let seen = PathLog()
        let s = Session(load: LoadResult(model: ShellFixtures.model, diagnostics: []), paths: ["a"], out: out, err: err,
                        loader: { paths in
                            seen.paths = paths
                            var m = ShellFixtures.model
                            m.documents.append(DocumentRecord(id: "new", path: paths.last!))
                            return LoadResult(model: m, diagnostics: [Diagnostic(.warning, "no date found", file: "new.txt")])
                        })
        s.run(SourceText(file: "t", text: ".load \(dir.path)\n.load /no/such/place"))
        #expect(seen.paths == ["a", dir.path])
        #expect(s.model.documents.count == 2)
        #expect(err.text.hasPrefix("new.txt: warning: no date found\nloaded 1 document from \(dir.path)\n"))
        #expect(err.text.contains("t:2:7: error: no such file or folder '/no/such/place'"))
    }

    @Test func timerReportsOnStandardError() {
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".timer on\n.timer\n"))
        #expect(s.settings.timer)
        #expect(err.text.contains("t:2:7: error: .timer needs on or off"))
        #expect(out.text.isEmpty)
    }
}

final class PathLog: @unchecked Sendable { var paths: [String] = [] }
