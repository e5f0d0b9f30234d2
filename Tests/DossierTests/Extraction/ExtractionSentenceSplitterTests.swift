import Foundation
import Testing
@testable import DossierExtraction

/// The sentence splitter against the tricky cases in Fixtures/sentence-splitting.json, and a few of its own.
@Suite("Extraction sentence splitting")
struct ExtractionSentenceSplitterTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var text: String
        var sentences: [String]
        var testDescription: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = {
        guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
              let data = try? Data(contentsOf: dir.appendingPathComponent("sentence-splitting.json")) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test("the fixture file holds at least forty cases")
    func fixtureLoads() {
        #expect(Self.cases.count >= 40)
    }

    @Test("each fixture case splits as annotated", arguments: cases)
    func fixture(_ c: Case) {
        #expect(SentenceSplitter.split(c.text) == c.sentences)
    }

    @Test("abbreviations, initials and decimals do not end sentences", arguments: [
        ("Cllr J. R. Smith said 3.5 per cent. It rose.", ["Cllr J. R. Smith said 3.5 per cent.", "It rose."]),
        ("They met at St. Mary's, e.g. on Monday. No. 10 was shut.", ["They met at St. Mary's, e.g. on Monday.", "No. 10 was shut."]),
        ("“It is good.” She left.", ["“It is good.”", "She left."]),
        ("He said “it is good.” and left.", ["He said “it is good.” and left."]),
        ("Is it? Yes! Done.", ["Is it?", "Yes!", "Done."]),
    ])
    func ownCases(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }
}
