import DossierQuery
import Testing
@testable import DossierShell

@Suite struct ShellOutputTests {
    @Test func csvQuotesAsRFC4180AndEscapesControls() {
        let text = ShellFixtures.render(CSVFormat())
        #expect(text == "id,name,line,docs\n"
            + "a1,\"Tab\\there, \"\"quoted\"\", comma\",7,\"x, y\"\n"
            + "a2,\"東京 café\u{301} \\e[1mbold\\r\nnext \\u{202E}rtl\",12,\n"
            + "a3,,0,z\n")
    }

    @Test func tsvEscapesTabsNewlinesAndControls() {
        let text = ShellFixtures.render(TSVFormat())
        #expect(text == "id\tname\tline\tdocs\n"
            + "a1\tTab\\there, \"quoted\", comma\t7\tx, y\n"
            + "a2\t東京 café\u{301} \\e[1mbold\\r\\nnext \\u{202E}rtl\t12\t\n"
            + "a3\t\t0\tz\n")
    }

    @Test func headersOffDropsTheHeaderLine() {
        let text = ShellFixtures.render(TSVFormat(), options: RenderOptions(headers: false))
        #expect(text.hasPrefix("a1\t"))
    }

    @Test func jsonKeepsTextExactAndTypes() {
        let text = ShellFixtures.render(JSONFormat())
        #expect(text == "[{\"id\":\"a1\",\"name\":\"Tab\\there, \\\"quoted\\\", comma\",\"line\":7,\"docs\":[\"x\",\"y\"]},\n"
            + "{\"id\":\"a2\",\"name\":\"東京 café\u{301} \\u001b[1mbold\\r\\nnext \u{202E}rtl\",\"line\":12,\"docs\":[]},\n"
            + "{\"id\":\"a3\",\"name\":null,\"line\":0,\"docs\":[\"z\"]}]\n")
        #expect(ShellFixtures.render(JSONFormat(), ResultSet(columns: ["a"], types: [.text], rows: [])) == "[]\n")
    }

    @Test func jsonlIsOneObjectPerLine() {
        let lines = ShellFixtures.render(JSONLinesFormat()).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2] == "{\"id\":\"a3\",\"name\":null,\"line\":0,\"docs\":[\"z\"]}")
    }

    @Test func markdownEscapesPipesAndControls() {
        let r = ResultSet(columns: ["a", "n"], types: [.text, .integer], rows: [[.text("x | y\nz"), .integer(3)]])
        #expect(ShellFixtures.render(MarkdownFormat(), r) == "| a | n |\n|---|---:|\n| x \\| y\\nz | 3 |\n")
    }

    @Test func lineModeAlignsNames() {
        let r = ResultSet(columns: ["id", "speaker"], types: [.text, .text], rows: [[.text("q1"), .text("Ian\u{1B}")], [.text("q2"), .text("Ofsted")]])
        #expect(ShellFixtures.render(LineFormat(), r) == "     id = q1\nspeaker = Ian\\e\n\n     id = q2\nspeaker = Ofsted\n")
    }

    @Test func tableDrawsBoxesWithWideCharacters() {
        let r = ResultSet(columns: ["id", "text", "n"], types: [.text, .text, .integer],
                          rows: [[.text("a"), .text("東京"), .integer(7)], [.text("b"), .text("cafe\u{301}\t!"), .integer(12)]])
        #expect(ShellFixtures.render(TableFormat(), r) == """
            ┌────┬─────────┬────┐
            │ id │ text    │ n  │
            ├────┼─────────┼────┤
            │ a  │ 東京    │  7 │
            │ b  │ café\\t! │ 12 │
            └────┴─────────┴────┘

            """)
    }

    @Test func tableFitsTheWidthByWrappingAndCutting() {
        let long = "Inspectors found that caseloads remain too high in the assessment teams and that managers lack oversight of plans"
        let r = ResultSet(columns: ["id", "text"], types: [.text, .text], rows: [[.text("f1"), .text(long)], [.text("f2"), .text("short")]])
        let text = ShellFixtures.render(TableFormat(), r, options: RenderOptions(width: 40, maxCellLines: 3))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
        #expect(lines.contains { $0.contains("…") })
        #expect(text == """
            ┌────┬─────────────────────────────────┐
            │ id │ text                            │
            ├────┼─────────────────────────────────┤
            │ f1 │ Inspectors found that caseloads │
            │    │ remain too high in the          │
            │    │ assessment teams and that …     │
            ├────┼─────────────────────────────────┤
            │ f2 │ short                           │
            └────┴─────────────────────────────────┘

            """)
    }

    @Test func tableEscapesEscapesAndBidi() {
        let text = ShellFixtures.render(TableFormat(), options: RenderOptions(width: 200))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\r"))
        #expect(text.contains("\\e[1mbold\\r\\nnext \\u{202E}rtl"))
    }

    @Test(arguments: [("a", 1), ("東", 2), ("e\u{301}", 1), ("👍", 2), ("\u{200B}", 0), ("Ａ", 2)])
    func displayWidth(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func everyFormatHasItsName() {
        #expect(OutputFormats.names == ["table", "csv", "tsv", "json", "jsonl", "markdown", "line"])
        #expect(OutputFormats.named("JSON")?.name == "json")
        #expect(OutputFormats.named("box")?.name == "table")
        #expect(OutputFormats.named("xml") == nil)
    }
}
