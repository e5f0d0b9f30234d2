import Testing
@testable import DossierQuery

@Suite struct QueryStatementSplit {
    func texts(_ input: String) -> [String] { Query.splitStatements(input).map(\.text) }

    @Test func cutsAtLineEndsAndSemicolons() {
        #expect(texts("councils\npeople; quotes\n\n") == ["councils", "people", "quotes"])
    }

    @Test func keepsEachSliceOffset() {
        let input = "councils\n  people ;findings"
        let slices = Query.splitStatements(input)
        #expect(slices == [
            StatementSlice(text: "councils", offset: 0),
            StatementSlice(text: "people", offset: 11),
            StatementSlice(text: "findings", offset: 19),
        ])
    }

    @Test func offsetsCountUTF8Bytes() {
        let slices = Query.splitStatements("-- é\npeople where name = 'Zoë'; councils")
        #expect(slices.map(\.offset) == [6, 34])
        #expect(slices.first?.text == "people where name = 'Zoë'")
    }

    @Test func dropsCommentsAndBlankStatements() {
        #expect(texts("-- a comment\n\ncouncils -- trailing\n;;\n   \n") == ["councils"])
    }

    @Test func ignoresSeparatorsInsideQuotes() {
        #expect(texts("quotes where text contains 'a; b -- c'\npeople") == ["quotes where text contains 'a; b -- c'", "people"])
        #expect(texts("quotes where text contains \"say \\\"x; y\\\"\"") == ["quotes where text contains \"say \\\"x; y\\\"\""])
    }

    @Test func continuesOpenParenthesesOverLines() {
        let input = "findings where (kind = praise\n  or topic = workforce)\ncouncils"
        #expect(texts(input) == ["findings where (kind = praise\n  or topic = workforce)", "councils"])
    }

    @Test func continuesOpenQuotesOverLines() {
        #expect(texts("quotes where text contains 'a\nb'\npeople") == ["quotes where text contains 'a\nb'", "people"])
    }

    @Test func backslashContinuesALine() {
        let slices = Query.splitStatements("findings where kind = praise \\\n  select id\ncouncils")
        #expect(slices.count == 2)
        #expect(slices[0].text.hasPrefix("findings where kind = praise"))
        #expect(slices[0].text.hasSuffix("select id"))
    }

    @Test func commentsInsideAStatementKeepOffsets() {
        let input = "findings where (kind = praise -- the good news\n or kind = concern)"
        let slice = Query.splitStatements(input)[0]
        #expect(slice.text.utf8.count == input.utf8.count)
        #expect(!slice.text.contains("good news"))
    }

    @Test(arguments: [
        ("findings where (kind = praise", true),
        ("quotes where text contains 'progress", true),
        ("quotes where text contains \"progress", true),
        ("findings where kind = praise \\", true),
        ("findings where kind = praise", false),
        ("findings where (kind = praise)", false),
        ("quotes where text contains 'it''s'", false),
        ("findings -- (", false),
        ("people where name = O'Keefe", false),
        ("quotes where text contains children's", false),
        ("people where name = 'O\\'Keefe", true),
        ("quotes where text contains 'a \\' b", true),
        ("", false),
    ])
    func needsContinuation(_ text: String, _ expected: Bool) {
        #expect(Query.needsContinuation(text) == expected)
    }
}
