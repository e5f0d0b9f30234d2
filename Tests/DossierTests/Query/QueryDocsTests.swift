import Foundation
import Testing
import DossierModel
@testable import DossierQuery

/// Every example statement in docs/language.md runs on the test catalog, except
/// the ones the document shows with their errors.
@Suite struct QueryDocs {
    static func examples() -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/language.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        let starts = Set(Model.schema.map(\.name) + ["count"])
        var out: [String] = []
        for (i, line) in lines.enumerated() where line.hasPrefix("    ") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let near = [i - 1, i + 1].filter { lines.indices.contains($0) }.map { lines[$0].trimmingCharacters(in: .whitespaces) }
            guard let first = trimmed.split(separator: " ").first, starts.contains(String(first)),
                  !near.contains(where: { $0.hasPrefix("error:") || $0.hasPrefix("^") }),
                  !Query.needsContinuation(trimmed) else { continue }
            out += Query.splitStatements(trimmed).map(\.text)
        }
        return out
    }

    @Test func documentHasExamples() {
        #expect(QueryDocs.examples().count > 40)
    }

    @Test(arguments: QueryDocs.examples())
    func exampleRuns(_ statement: String) {
        if case .failure(let errors) = Query.run(statement, on: QueryTestCatalog.catalog) {
            Issue.record("\(errors.rendered(in: statement))")
        }
    }
}
