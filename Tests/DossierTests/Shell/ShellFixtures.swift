import DossierExtraction
import DossierModel
import DossierQuery
@testable import DossierShell

/// A small hand-made model with awkward text: control characters, an ANSI
/// escape, a carriage return, a bidi override, wide and combining characters.
enum ShellFixtures {
    static var model: Model {
        var m = Model()
        m.documents = [DocumentRecord(id: "letter", path: "letter.txt", title: "Monitoring visit", publisher: "Ofsted", date: "2017-02-21", words: 120)]
        m.councils = [CouncilRecord(id: "c1", name: "Dudley", fullName: "Dudley Metropolitan Borough Council", documents: ["letter"])]
        m.people = [PersonRecord(id: "p1", name: "Ian Cooper", role: "cabinet member", organisation: "Dudley", documents: ["letter"])]
        m.sentences = [
            SentenceRecord(id: "s1", text: "Inspectors visited in February.", source: Provenance(document: "letter", line: 3, start: 0, end: 31), paragraph: 1),
            SentenceRecord(id: "s2", text: "Caseloads remain too high.", source: Provenance(document: "letter", line: 3, start: 32, end: 58), paragraph: 1),
            SentenceRecord(id: "s3", text: "Leaders are ambitious.", source: Provenance(document: "letter", line: 5, start: 60, end: 82), paragraph: 2),
        ]
        m.findings = [
            FindingRecord(id: "f1", council: "Dudley", kind: "concern", topic: "caseloads", text: "Caseloads remain too high.",
                          source: Provenance(document: "letter", line: 3, start: 32, end: 58)),
            FindingRecord(id: "f2", council: "Dudley", kind: "praise", topic: "leadership", text: "Leaders are ambitious.",
                          source: Provenance(document: "letter", line: 5, start: 60, end: 82)),
        ]
        m.quotes = [QuoteRecord(id: "q1", speaker: "Ian Cooper", text: "We are \u{1B}[31mdetermined\u{1B}[0m\r\n\tto improve \u{202E}now", source: Provenance(document: "letter", line: 9))]
        return m
    }

    /// Columns of every type, and the awkward text.
    static let result = ResultSet(
        columns: ["id", "name", "line", "docs"],
        types: [.text, .text, .integer, .list],
        rows: [
            [.text("a1"), .text("Tab\there, \"quoted\", comma"), .integer(7), .list(["x", "y"])],
            [.text("a2"), .text("東京 café\u{301} \u{1B}[1mbold\r\nnext \u{202E}rtl"), .integer(12), .list([])],
            [.text("a3"), .null, .integer(0), .list(["z"])],
        ])

    static func render(_ format: any OutputFormat, _ result: ResultSet = result, options: RenderOptions = RenderOptions()) -> String {
        var s = ""
        format.write(result, options: options, to: &s)
        return s
    }

    /// A session over the model writing into strings.
    static func session(format: String = "tsv", bail: Bool = false) -> (Session, StringSink, StringSink) {
        let out = StringSink(), err = StringSink()
        let model = model
        let session = Session(load: LoadResult(model: model, diagnostics: []), paths: [],
                              settings: ShellSettings(format: OutputFormats.named(format)!, bail: bail),
                              out: out, err: err, loader: { _ in LoadResult(model: model, diagnostics: []) })
        return (session, out, err)
    }
}

/// A `LineReader` that replays lines and records the history, like a person at the prompt.
final class ScriptedLineReader: LineReader {
    var inputs: [LineReadResult]
    var prompts: [String] = []
    var history: [String] = []

    init(_ inputs: [LineReadResult]) { self.inputs = inputs }

    func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addHistory(_ line: String) { history.append(line) }
}
