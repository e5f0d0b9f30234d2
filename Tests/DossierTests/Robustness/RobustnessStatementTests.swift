import DossierModel
import DossierQuery
import Foundation
import Testing

/// Hostile statements: each must end in an error message (never a crash or a
/// hang), and the statement after it must still run.
@Suite(.serialized) struct RobustnessStatementTests {
    /// A small model built in code, so the language is tested without loading documents.
    static let catalog: Catalog = {
        var m = Model()
        m.documents = [DocumentRecord(id: "letter", path: "/docs/letter.txt", title: "Monitoring visit", publisher: "Ofsted", date: "2017-02-21", words: 40)]
        m.councils = [CouncilRecord(id: "dudley", name: "Dudley", fullName: "Dudley Council", documents: ["letter"])]
        m.people = [PersonRecord(id: "ian-cooper", name: "Ian Cooper", role: "cabinet member", organisation: "Dudley Council", documents: ["letter"])]
        let source = Provenance(document: "letter", line: 3, start: 10, end: 60)
        m.quotes = [QuoteRecord(id: "q1", speaker: "Ian Cooper", text: "We are determined to improve services for every child.", source: source)]
        m.inspections = [InspectionRecord(id: "i1", council: "Dudley", kind: "monitoring visit", date: "2017-02-21", documents: ["letter"], source: source)]
        m.findings = [FindingRecord(id: "f1", council: "Dudley", kind: "concern", topic: "workforce", text: "Caseloads remain too high.", source: source, inspection: "i1")]
        m.sentences = [SentenceRecord(id: "s1", text: String(repeating: "a", count: 5_000) + "!", source: source)]
        return m.catalog()
    }()

    static let deepParentheses = "findings where " + String(repeating: "(", count: 10_000) + "councl = Dudley" + String(repeating: ")", count: 10_000)
    /// Ten megabytes, with the mistake at the very end so all of it is read.
    static let tenMegabytes = "findings where text contains \"" + String(repeating: "a", count: 10 * 1024 * 1024) + "\" and councl = Dudley"
    /// Nested quantifiers that make a backtracking engine take exponential time on a run of a's.
    static let backtrackingPatterns = ["(a+)+$", "(a*)*$", "(a|a)*$", "(a|aa)+$", "^(\\w+\\s?)*$", "(.*a){12}$"]

    /// Runs a statement in-process and requires an error whose range lies within it.
    func expectError(_ statement: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch Query.run(statement, on: Self.catalog) {
        case .success(let result):
            Issue.record("expected an error, got \(result.rows.count) rows", sourceLocation: sourceLocation)
        case .failure(let failure):
            #expect(!failure.errors.isEmpty, sourceLocation: sourceLocation)
            for error in failure.errors {
                #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
                #expect(error.range.lowerBound >= 0 && error.range.upperBound <= statement.utf8.count,
                        "error range \(error.range) outside the statement: \(error.message)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: In-process, through the language's entry points

    @Test func tenThousandNestedParenthesesAreAnErrorNotAStackOverflow() {
        expectError(Self.deepParentheses)
        #expect(Query.splitStatements(Self.deepParentheses).count == 1)
        #expect(!Query.needsContinuation(Self.deepParentheses))
        _ = Query.completions(for: Self.deepParentheses, catalog: Self.catalog)
    }

    @Test func tenMegabyteStatementIsAnError() {
        expectError(Self.tenMegabytes)
        #expect(Query.splitStatements(Self.tenMegabytes).count == 1)
    }

    @Test func everyByteValueInAStatementIsHandled() {
        for byte in UInt8.min...UInt8.max {
            let bytes = Array("findings where text contains x".utf8) + [byte] + Array("y and councl = Dudley".utf8)
            let statement = String(decoding: bytes, as: UTF8.self)
            // A quote or backslash byte changes where the statement ends; the rest must still be answered.
            for slice in Query.splitStatements(statement) {
                _ = Query.needsContinuation(slice.text)
                let completion = Query.completions(for: slice.text, catalog: Self.catalog)
                #expect(completion.start >= 0 && completion.start <= slice.text.utf8.count, "byte \(byte)")
                if case .failure(let failure) = Query.run(slice.text, on: Self.catalog) {
                    for error in failure.errors {
                        #expect(error.range.upperBound <= slice.text.utf8.count, "byte \(byte): \(error.message)")
                    }
                }
            }
        }
        let all = String(decoding: Array(UInt8.min...UInt8.max), as: UTF8.self)
        for slice in Query.splitStatements("findings where text contains " + all) { _ = Query.run(slice.text, on: Self.catalog) }
    }

    @Test(arguments: ["findings where text contains \"caseload", "quotes where speaker = 'Ian", "findings where text contains \"a\\\""])
    func anUnterminatedQuoteIsAnError(statement: String) {
        #expect(Query.needsContinuation(statement))
        expectError(statement)
    }

    @Test(arguments: backtrackingPatterns)
    func aBacktrackingPatternFinishesQuickly(pattern: String) throws {
        let start = Date()
        let result = Query.run("sentences where text matches '\(pattern)'", on: Self.catalog)
        #expect(Date().timeIntervalSince(start) < 5, "\(pattern) took \(Date().timeIntervalSince(start)) s")
        if case .failure(let failure) = result { #expect(!failure.errors.isEmpty) }
    }

    @Test func aPatternTooLargeToRunIsAnError() {
        expectError("sentences where text matches '((a{1000}){1000}){1000}'")
        expectError("sentences where text matches '" + String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000) + "'")
    }

    // MARK: Through the binary: an error message, and the next statement runs

    /// Runs a script on standard input whose last line is `count documents` over
    /// one document, and checks that the hostile part failed with a message and
    /// the last statement still ran.
    func expectScriptGoesOn(_ hostile: Data, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let docs = try HostileDocuments.folderWithOneGoodDocument("statements")
        let out = try HostileRunner.run(["--docs", docs.path], stdin: hostile + Data("\ncount documents\n".utf8), timeout: timeout)
        #expect(!out.signaled && !out.timedOut, "\(out.summary)", sourceLocation: sourceLocation)
        #expect(out.status == 1, "\(out.summary)", sourceLocation: sourceLocation)
        #expect(out.stderr.contains("error:"), "\(out.summary)", sourceLocation: sourceLocation)
        #expect(out.lines.last == "1", "the statement after the hostile one did not run; stdout ends \(out.lines.suffix(2))", sourceLocation: sourceLocation)
    }

    @Test func binaryGoesOnAfterTenThousandNestedParentheses() throws {
        try expectScriptGoesOn(Data(Self.deepParentheses.utf8))
    }

    @Test func binaryGoesOnAfterATenMegabyteStatement() throws {
        try expectScriptGoesOn(Data(Self.tenMegabytes.utf8), timeout: 30)
    }

    @Test func binaryGoesOnAfterEveryByteValue() throws {
        // Every byte 0-255 in one statement (the newline and `;` in it end
        // statements early; the quote it opens is closed before the last line).
        let bytes = Data("findings where text contains ".utf8) + Data(Array(UInt8.min...UInt8.max)) + Data("\"".utf8)
        try expectScriptGoesOn(bytes)
    }

    @Test func binaryGoesOnAfterUnterminatedQuotes() throws {
        let docs = try HostileDocuments.folderWithOneGoodDocument("quotes")
        let out = try HostileRunner.run(["--docs", docs.path, "-c", "findings where text contains \"caseload",
                                         "-c", "quotes where speaker = 'Ian", "-c", "count documents"])
        #expect(!out.signaled && !out.timedOut && out.status == 1, "\(out.summary)")
        #expect(out.stderr.components(separatedBy: "error:").count - 1 >= 2, "\(out.summary)")
        #expect(out.lines.last == "1", "\(out.lines)")

        // In a script the quote runs on to the end of the input, and is reported there.
        let script = try HostileRunner.run(["--docs", docs.path], stdin: Data("count documents\nfindings where text contains \"caseload\n".utf8))
        #expect(!script.signaled && !script.timedOut && script.status == 1, "\(script.summary)")
        #expect(script.stderr.contains("error:"), "\(script.summary)")
        #expect(script.lines.last == "1", "\(script.lines)")
    }

    @Test func binaryGoesOnAfterABacktrackingPattern() throws {
        let docs = try HostileDocuments.folderWithOneGoodDocument("pattern")
        try docs.write("long.txt", "A long word follows.\n\n" + String(repeating: "a", count: 5_000) + "!\n")
        var arguments = ["--docs", docs.path]
        for pattern in Self.backtrackingPatterns { arguments += ["-c", "sentences where text matches '\(pattern)' select id"] }
        arguments += ["-c", "sentences where text matches '((a{1000}){1000}){1000}'", "-c", "count documents"]
        let out = try HostileRunner.run(arguments, timeout: 20)
        #expect(!out.signaled && !out.timedOut, "\(out.summary)")
        #expect(out.seconds < 10, "\(out.summary)")
        #expect(out.status == 1 && out.stderr.contains("error:"), "the oversized pattern gave no error: \(out.summary)")
        #expect(out.lines.last == "2", "\(out.lines.suffix(3))")
    }
}
