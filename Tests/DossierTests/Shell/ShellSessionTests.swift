import DossierExtraction
import DossierQuery
import Foundation
import Testing
@testable import DossierShell

@Suite struct ShellSessionTests {
    @Test func promptRunsStatementsAndRecordsHistory() {
        let (s, out, _) = ShellFixtures.session(format: "tsv")
        let reader = ScriptedLineReader([.line(".headers off"), .line("findings"), .line(""), .endOfInput])
        let status = s.runInteractive(reader: reader)
        #expect(status == 0)
        #expect(reader.history == [".headers off", "findings"])
        #expect(out.text.contains("f1\tDudley\tconcern"))
        #expect(reader.prompts == [Session.prompt, Session.prompt, Session.prompt, Session.prompt])
    }

    @Test func ctrlCAbandonsTheLineAndCtrlDLeaves() {
        let (s, out, _) = ShellFixtures.session()
        let reader = ScriptedLineReader([.interrupted, .line(".mode"), .endOfInput, .line(".mode")])
        #expect(s.runInteractive(reader: reader) == 0)
        #expect(out.text == "tsv\n")
        #expect(reader.inputs.count == 1)
    }

    @Test func quitLeavesWithStatusZeroEvenAfterErrors() {
        let (s, _, err) = ShellFixtures.session()
        let reader = ScriptedLineReader([.line(".nope"), .line(".quit"), .line(".mode")])
        #expect(s.runInteractive(reader: reader) == 0)
        #expect(err.text.hasPrefix("error: unknown command '.nope'"))
        #expect(reader.inputs.count == 1)
    }

    @Test func openQuoteContinuesOnTheNextLine() {
        let (s, _, _) = ShellFixtures.session()
        guard Query.needsContinuation("findings where text contains \"too") else { return } // language not landed yet
        let reader = ScriptedLineReader([.line("findings where text contains \"too"), .line("high\""), .endOfInput])
        _ = s.runInteractive(reader: reader)
        #expect(reader.prompts.prefix(2) == [Session.prompt, Session.continuationPrompt])
        #expect(reader.history == ["findings where text contains \"too high\""])
    }

    @Test func scriptErrorsNameTheLineAndColumn() {
        let (s, _, err) = ShellFixtures.session()
        s.run(SourceText(file: "q.dossier", text: "findings\n\nfindngs where kind = concern\n"))
        #expect(s.exitStatus == 1)
        #expect(err.text.hasPrefix("q.dossier:3:1: error: "))
        #expect(err.text.contains("\nfindngs where kind = concern\n^"))
    }

    @Test func onceSendsOneResultToAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("once-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".once \(path)\ndocuments\ndocuments\n"))
        #expect(err.text.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("id\tpath\ttitle"))
        #expect(out.text.hasPrefix("id\tpath\ttitle"))
    }

    @Test func outputRedirectsUntilOutputAlone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (s, out, _) = ShellFixtures.session()
        s.run(SourceText(file: "t", text: ".mode jsonl\n.output \(path)\ndocuments\ndocuments\n.output\ndocuments\n"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 2)
        #expect(out.text.split(separator: "\n").count == 1)
    }

    @Test func completionOfMetaCommandsAndTheirArguments() {
        let (s, _, _) = ShellFixtures.session()
        #expect(s.complete(".he").candidates == [".help", ".headers"])
        #expect(s.complete(".mode js") == CompletionSet(start: 6, candidates: ["json", "jsonl"]))
        #expect(s.complete(".schema fi").candidates == ["findings"])
        #expect(s.complete(".timer o").candidates == ["on", "off"])
    }

    @Test func completionOfFileNames() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        try "x".write(to: dir.appendingPathComponent("script.dossier"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (s, _, _) = ShellFixtures.session()
        let line = ".read \(dir.path)/scr"
        let set = s.complete(line)
        #expect(set.start == 6)
        #expect(set.candidates == ["\(dir.path)/script.dossier", "\(dir.path)/scripts/"])
    }

    @Test func bannerCountsWhatLoaded() {
        let (s, _, _) = ShellFixtures.session()
        #expect(s.banner == "Dossier \(Session.version): 1 document, 1 council, 1 people, 1 quote, 2 findings loaded; .help for help")
    }
}

@Suite struct ShellStreamTests {
    @Test func linesRunAsTheyArriveWithStreamLineNumbers() {
        let (s, out, err) = ShellFixtures.session()
        var lines = [".headers off", "documents select id", "", "findngs", ".mode csv", "documents select id, title"][...]
        let status = s.runStream(file: "<stdin>") { lines.popFirst() }
        #expect(status == 1)
        #expect(out.text == "letter\nletter,Monitoring visit\n")
        #expect(err.text.hasPrefix("<stdin>:4:1: error: "))
    }

    @Test func bailStopsTheStream() {
        let (s, out, _) = ShellFixtures.session(bail: true)
        var lines = ["findngs", "documents"][...]
        #expect(s.runStream(file: "<stdin>") { lines.popFirst() } == 1)
        #expect(out.text.isEmpty)
        #expect(lines.count == 1)
    }
}

@Suite struct ShellScriptLineEndingTests {
    @Test func crlfScriptsSplitIntoLines() {
        let (s, out, err) = ShellFixtures.session()
        s.run(SourceText(file: "win.dossier", text: ".headers off\r\ndocuments select id\r\n.mode csv\r\nfindngs\r\n"))
        #expect(out.text == "letter\n")
        #expect(s.settings.format.name == "csv")
        #expect(err.text.hasPrefix("win.dossier:4:1: error: "))
    }
}

/// A Ctrl-C that arrives once, while the first statement runs.
final class OneInterrupt: @unchecked Sendable {
    var pending = true
    func take() -> Bool { defer { pending = false }; return pending }
}

@Suite struct ShellInterruptTests {
    @Test func ctrlCDuringAStatementAbandonsTheRestOfTheInputAndThePromptGoesOn() {
        let out = StringSink(), err = StringSink()
        let interrupt = OneInterrupt()
        let s = Session(load: LoadResult(model: ShellFixtures.model, diagnostics: []), paths: [],
                        settings: ShellSettings(format: TSVFormat()), out: out, err: err,
                        environment: ShellEnvironment(takeInterrupt: { interrupt.take() }))
        let reader = ScriptedLineReader([.line("documents; findings; people"), .line(".mode"), .endOfInput])
        #expect(s.runInteractive(reader: reader) == 0)
        #expect(err.text == "interrupted\n")
        #expect(out.text == "tsv\n")
    }
}
