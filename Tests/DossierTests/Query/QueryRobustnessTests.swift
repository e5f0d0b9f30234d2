import Foundation
import Testing
import DossierModel
@testable import DossierQuery

/// No input makes the parser or evaluator crash or hang.
@Suite struct QueryRobustness {
    let catalog = QueryTestCatalog.catalog

    func messages(_ statement: String) -> [String] {
        if case .failure(let errors) = Query.run(statement, on: catalog) { return errors.errors.map(\.message) }
        return []
    }

    @Test func tenThousandParenthesesGiveAnError() {
        let statement = "findings where " + String(repeating: "(", count: 10_000) + "kind = praise" + String(repeating: ")", count: 10_000)
        #expect(messages(statement) == ["conditions nest more than 100 levels deep"])
    }

    @Test func tenThousandNotsGiveAnError() {
        let statement = "findings where " + String(repeating: "not ", count: 10_000) + "kind = praise"
        #expect(messages(statement) == ["conditions nest more than 100 levels deep"])
    }

    @Test func nestingWithinTheLimitWorks() {
        let statement = "findings where " + String(repeating: "(", count: 99) + "kind = praise" + String(repeating: ")", count: 99) + " select id"
        guard case .success(let result) = Query.run(statement, on: catalog) else { Issue.record("expected rows"); return }
        #expect(result.rows.count == 4)
    }

    @Test func longChainsStayFlat() {
        let chain = Array(repeating: "topic = workforce", count: 1000).joined(separator: " or ")
        guard case .success(let result) = Query.run("findings where \(chain) select id", on: catalog) else { Issue.record("expected rows"); return }
        #expect(result.rows.count == 2)
        let tooLong = Array(repeating: "topic = workforce", count: 1001).joined(separator: " and ")
        #expect(messages("findings where \(tooLong)") == ["a condition may hold at most 1000 comparisons"])
    }

    @Test func randomInputNeverCrashes() {
        let pieces = ["findings", "count", "where", "select", "distinct", "order", "by", "desc", "limit", "offset", "and", "or",
                      "not", "(", ")", ",", "=", "!=", "<", ">=", "in", "is", "empty", "contains", "starts", "with", "matches",
                      "kind", "council", "speaker.role", "quotes.count", "inspection.date", "'x", "\"Dudley\"", "2016-04", "3",
                      "*", ";", "--", "\\", "é", "..", "people", "\"(a+)+\"", "'[a-'"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0...12, using: &generator)
            let statement = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            _ = Query.run(statement, on: catalog)
            _ = Query.completions(for: statement, catalog: catalog)
            _ = Query.splitStatements(statement)
            _ = Query.needsContinuation(statement)
            if case .failure(let errors) = Query.run(statement, on: catalog) {
                for error in errors.errors {
                    #expect(error.range.lowerBound >= 0 && error.range.upperBound <= statement.utf8.count)
                    _ = error.rendered(in: statement)
                }
            }
        }
    }

    @Test func everyPrefixOfAStatementIsSafe() {
        let statement = "quotes where (speaker.role contains 'council' or speaker = \"Ian Cooper\") and not text matches '^we' select distinct speaker, quotes.count order by speaker desc limit 3 offset 1"
        var prefix = ""
        for c in statement {
            prefix.append(c)
            _ = Query.run(prefix, on: catalog)
            _ = Query.completions(for: prefix, catalog: catalog)
        }
    }

    @Test func emptyCatalogIsFine() {
        let empty = Model().catalog()
        guard case .success(let result) = Query.run("findings where kind = concern", on: empty) else { Issue.record("expected rows"); return }
        #expect(result.rows.isEmpty)
        #expect(Query.completions(for: "findings where kind = ", catalog: empty).candidates.isEmpty)
    }
}
