import DossierModel
import Testing
@testable import DossierShell

@Suite struct ShellErrorRenderingTests {
    @Test func scriptErrorNamesFileLineAndColumnWithACaret() {
        let source = SourceText(file: "q.dossier", text: "people\nfindings where councl = Dudley\n")
        let start = "people\nfindings where ".utf8.count
        let text = ErrorRenderer().render("unknown field 'councl' in findings; did you mean 'council'?", in: source, range: start..<(start + 6))
        #expect(text == """
            q.dossier:2:16: error: unknown field 'councl' in findings; did you mean 'council'?
            findings where councl = Dudley
                           ^~~~~~

            """)
    }

    @Test func promptErrorHasNoLocationPrefix() {
        let source = SourceText(file: nil, text: "findings where kind =")
        let end = source.text.utf8.count
        #expect(ErrorRenderer().render("expected a value after '=' but found end of statement", in: source, range: end..<end) == """
            error: expected a value after '=' but found end of statement
            findings where kind =
                                 ^

            """)
    }

    @Test func caretCountsWideCharactersAndEscapes() {
        let source = SourceText(file: "-c", text: "quotes where text = \"東京\tx\" and spaker = Ofsted")
        let start = "quotes where text = \"東京\tx\" and ".utf8.count
        let text = ErrorRenderer().render("unknown field 'spaker'", in: source, range: start..<(start + 6))
        #expect(text == """
            -c:1:32: error: unknown field 'spaker'
            quotes where text = "東京\\tx" and spaker = Ofsted
                                              ^~~~~~

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let source = SourceText(file: "f", text: "findings where x = 1")
        let plain = ErrorRenderer(color: false).render("unknown field 'x'", in: source, range: 15..<16)
        let coloured = ErrorRenderer(color: true).render("unknown field 'x'", in: source, range: 15..<16)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34mwhere\u{1B}[0m"))
    }

    @Test func loaderDiagnostics() {
        let d = Diagnostic(.warning, "no text found", file: "empty.html", line: 1, column: 1)
        #expect(ErrorRenderer().render(d) == "empty.html:1:1: warning: no text found\n")
    }

    @Test func suggestions() {
        #expect(Suggestions.nearest(".hepl", in: MetaCommandRegistry.names) == ".help")
        #expect(Suggestions.nearest("csvv", in: OutputFormats.names) == "csv")
        #expect(Suggestions.nearest("zzzzzz", in: OutputFormats.names) == nil)
    }
}
