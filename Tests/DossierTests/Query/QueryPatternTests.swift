import Foundation
import Testing
@testable import DossierQuery

@Suite struct QueryPattern {
    func matches(_ pattern: String, _ text: String) -> Bool? {
        switch Pattern.compile(pattern) {
        case .success(let p): return p.matches(text)
        case .failure: return nil
        }
    }

    @Test(arguments: [
        ("caseload", "Caseloads remain high", true),
        ("^caseloads", "Caseloads remain high", true),
        ("^remain", "Caseloads remain high", false),
        ("high$", "Caseloads remain high", true),
        ("c.se", "case", true),
        ("colou?r", "the color", true),
        ("a{2,3}b", "aab", true),
        ("a{3}b", "aab", false),
        ("x{2,}", "xx", true),
        ("[0-9]+%", "about 30%", true),
        ("[^a-z ]", "all lower case", false),
        ("[A-Z]", "lower", true), // matching ignores case
        ("\\d\\d", "a1b", false),
        ("\\w+\\s\\w+", "two words", true),
        ("\\bteam\\b", "teams", false),
        ("\\bteam\\b", "a team.", true),
        ("(praise|concern)s?$", "Concerns", true),
        ("(?:ab)+c", "ababc", true),
        ("a|", "zzz", true),
        ("\\.", "a.b", true),
        ("\\.", "ab", false),
        ("é", "CAFÉ", true),
        ("{", "a{b", true),
    ])
    func matching(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(matches(pattern, text) == expected)
    }

    @Test(arguments: ["(", "a)", "[a-", "*a", "a{2000}", "\\1", "(?=a)", "[z-a]", "a\\"])
    func rejected(_ pattern: String) {
        #expect(matches(pattern, "anything") == nil)
    }

    /// Patterns that take exponential time in a backtracking engine finish at once here.
    @Test(arguments: ["(a+)+b", "(a*)*b", "(a|aa)*b", "(a|a)*b", "(.*a){20}", "a*a*a*a*a*a*a*a*b"])
    func catastrophicPatternsAreLinear(_ pattern: String) throws {
        let text = String(repeating: "a", count: 20_000)
        let start = Date()
        let result = try #require(matches(pattern, text))
        #expect(result == pattern.hasPrefix("(.*a)"))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func hugeProgramsAreRejected() {
        #expect(matches("(((a{1000}){1000}){1000})", "a") == nil)
    }
}
