import Testing
import DossierModel
@testable import DossierQuery

/// Errors as the shell shows them: exact messages, positions and carets.
@Suite struct QueryDiagnostics {
    let catalog = QueryTestCatalog.catalog

    func errors(_ statement: String) -> [QueryError] {
        if case .failure(let errors) = Query.run(statement, on: catalog) { return errors.errors }
        return []
    }

    @Test func productBriefExample() {
        let statement = "findings where councl = Dudley"
        #expect(errors(statement) == [QueryError("unknown field 'councl' in findings; did you mean 'council'?", at: 15..<21)])
        #expect(errors(statement)[0].rendered(in: statement) == """
            error: unknown field 'councl' in findings; did you mean 'council'?
            findings where councl = Dudley
                           ^~~~~~
            """)
    }

    @Test(arguments: [
        ("findngs", "unknown collection 'findngs'; did you mean 'findings'?"),
        ("findings where council =", "expected a value after '=' but found end of statement"),
        ("findings where kind = concerns", "'kind' has no value 'concerns'; its values are praise, concern"),
        ("quotes where speaker.rol = x", "unknown field 'rol' in people; did you mean 'role'?"),
        ("findings where text starts with", "expected a value after 'starts with' but found end of statement"),
        ("findings where text matches '('", "invalid regular expression: missing ')'"),
    ])
    func messages(_ statement: String, _ message: String) {
        #expect(errors(statement).map(\.message) == [message])
    }

    @Test func locationCountsCharactersNotBytes() {
        let statement = "people where name = 'Zoë' and\n  rôle = x"
        let found = errors(statement)
        #expect(found.map(\.message) == ["unknown field 'rôle' in people; did you mean 'role'?"])
        #expect(found[0].location(in: statement) == (line: 2, column: 3))
        #expect(found[0].rendered(in: statement) == "error: unknown field 'rôle' in people; did you mean 'role'?\n  rôle = x\n  ^~~~")
    }

    @Test func severalErrorsComeInOrder() {
        let found = errors("findings where councl = Dudley select txt order by kinds limit x")
        #expect(found.map(\.message) == [
            "unknown field 'councl' in findings; did you mean 'council'?",
            "unknown field 'txt' in findings; did you mean 'text'?",
            "unknown field 'kinds' in findings; did you mean 'kind'?",
            "expected a number after 'limit' but found 'x'",
        ])
    }

    @Test func noSuggestionListsWhatIsValid() {
        #expect(errors("zzz").map(\.message) == ["unknown collection 'zzz'; collections are documents, councils, people, quotes, inspections, findings, sentences"])
    }

    @Test func suggestionsByEditDistance() {
        #expect(Suggestions.nearest("councl", in: ["id", "council", "kind"]) == "council")
        #expect(Suggestions.nearest("knid", in: ["id", "council", "kind"]) == "kind")
        #expect(Suggestions.nearest("zebra", in: ["id", "council", "kind"]) == nil)
        #expect(Suggestions.nearest("FINDNGS", in: ["findings"]) == "findings")
    }
}
