import Foundation
import Testing
import DossierModel
@testable import DossierQuery

/// Runs Fixtures/language.test: blocks separated by blank lines, each a
/// statement and the output it must give (a header line and rows, cells joined
/// by " | "), or the rendered errors. Lines starting with `#` are comments.
/// RECORD_LANGUAGE_TEST=1 rewrites the file in the source tree from the actual output.
@Suite struct QueryLanguageFile {
    struct Case: CustomTestStringConvertible, Sendable {
        var statement: String
        var expected: String
        var testDescription: String { statement }
    }

    static func fixtureText() throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: folder.appendingPathComponent("language.test"), encoding: .utf8)
    }

    /// The blocks of the file, keeping comment lines apart.
    static func cases() -> [Case] {
        guard let text = try? fixtureText() else { return [] }
        var out: [Case] = []
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(trimmed)
            guard let first = lines.first else { continue }
            out.append(Case(statement: first, expected: lines.dropFirst().joined(separator: "\n")))
        }
        return out
    }

    /// Lines compare without trailing spaces, which editors strip.
    static func trimmed(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }

    static func output(_ statement: String) -> String {
        output(raw: statement).split(separator: "\n", omittingEmptySubsequences: false).map { trimmed(String($0)) }.joined(separator: "\n")
    }

    static func output(raw statement: String) -> String {
        switch Query.run(statement, on: QueryTestCatalog.catalog) {
        case .success(let result):
            return ([result.columns.joined(separator: " | ")] + result.rows.map { $0.map(\.text).joined(separator: " | ") })
                .joined(separator: "\n")
        case .failure(let errors):
            return errors.rendered(in: statement)
        }
    }

    @Test func fileHasCases() {
        #expect(QueryLanguageFile.cases().count > 50)
    }

    @Test(arguments: QueryLanguageFile.cases())
    func statementGivesExpectedOutput(_ example: Case) {
        #expect(QueryLanguageFile.output(example.statement) == example.expected)
    }

    /// Rewrites the fixture's expectations from the actual output when asked to.
    @Test func recordIfAsked() throws {
        guard ProcessInfo.processInfo.environment["RECORD_LANGUAGE_TEST"] == "1" else { return }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/language.test")
        let text = try String(contentsOf: source, encoding: .utf8)
        var blocks: [String] = []
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let comments = lines.filter { $0.hasPrefix("#") }
            guard let statement = lines.first(where: { !$0.hasPrefix("#") && !$0.isEmpty }) else {
                if !comments.isEmpty { blocks.append(comments.joined(separator: "\n")) }
                continue
            }
            blocks.append((comments + [statement, QueryLanguageFile.output(statement)]).joined(separator: "\n"))
        }
        try (blocks.joined(separator: "\n\n") + "\n").write(to: source, atomically: false, encoding: .utf8)
    }
}
