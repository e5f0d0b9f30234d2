import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Each fixture set against its gold annotations, scored as shared/eval/score.py scores them
/// (Fixtures/README.md says where each set comes from and what it exercises).
@Suite("Extraction corpus against gold")
struct ExtractionCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// (documents, gold) folders under Fixtures.
    static let sets: [(String, String)] = [
        ("corpus", "gold"), ("corpus2", "gold2"), ("heldout/corpus", "heldout/gold"), ("dev/corpus", "dev/gold"),
        ("heldout2/corpus", "heldout2/gold"), ("heldout3/corpus", "heldout3/gold"), ("heldout4/corpus", "heldout4/gold"),
        ("heldout5/corpus", "heldout5/gold"), ("heldout6/corpus", "heldout6/gold"), ("heldout7/corpus", "heldout7/gold"),
        ("heldout8/corpus", "heldout8/gold"), ("heldout9/corpus", "heldout9/gold"), ("heldout10/corpus", "heldout10/gold"),
        ("heldout11/corpus", "heldout11/gold"), ("heldout12/corpus", "heldout12/gold"),
    ]

    /// Where a set, once held out, still falls short of a target after the fixes its first reading
    /// prompted, the figure it reached, so that it cannot fall further (Fixtures/README.md says why).
    static let floors: [String: [String: Double]] = [:]

    @Test("every document of every fixture set has gold, and every gold file a document that loads", arguments: sets.map(\.0))
    func loads(_ corpus: String) throws {
        let gold = try #require(Self.sets.first { $0.0 == corpus }?.1)
        let docs = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(corpus).path)
        let golds = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(gold).path).filter { $0.hasSuffix(".json") }
        let stems = Set(docs.map { ($0 as NSString).deletingPathExtension })
        #expect(docs.count >= 8)
        #expect(stems == Set(golds.map { ($0 as NSString).deletingPathExtension }))
        for g in golds {
            #expect(throws: Never.self) { try JSONDecoder().decode(GoldScore.Gold.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent(gold).appendingPathComponent(g))) }
        }
        let model = DocumentLoader.load(paths: [Self.fixtures.appendingPathComponent(corpus).path]).model
        #expect(Set(model.documents.map(\.id)) == stems)
    }

    @Test("each fixture set meets every target of the issue", arguments: sets.map(\.0))
    func targets(_ corpus: String) throws {
        let gold = try #require(Self.sets.first { $0.0 == corpus }?.1)
        let score = try GoldScore(corpus: Self.fixtures.appendingPathComponent(corpus), gold: Self.fixtures.appendingPathComponent(gold))
        #expect(score.documents >= 8)
        let missed = score.missedTargets(floors: Self.floors[corpus] ?? [:])
        #expect(missed.isEmpty, "\(missed)\n\(score.misses.joined(separator: "\n"))")
    }
}
