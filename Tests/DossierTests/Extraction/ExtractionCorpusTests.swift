import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// The fixture corpus against its gold annotations, matched as shared/eval/score.py matches them.
@Suite("Extraction corpus against gold")
struct ExtractionCorpusTests {
    struct Gold: Decodable {
        struct Person: Decodable { var name: String; var role: String }
        struct Quote: Decodable { var speaker: String; var start: String }
        struct Finding: Decodable { var kind: String; var evidence: String }
        struct Inspection: Decodable { var kind: String; var date: String; var rating: String }
        var people: [Person]; var quotes: [Quote]; var findings: [Finding]; var inspections: [Inspection]
    }

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)

    static let loaded: (Model, [String: Gold])? = {
        guard let dir = fixtures else { return nil }
        let model = DocumentLoader.load(paths: [dir.appendingPathComponent("corpus").path]).model
        var gold: [String: Gold] = [:]
        let goldDir = dir.appendingPathComponent("gold")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: goldDir.path)) ?? [] where name.hasSuffix(".json") {
            if let data = try? Data(contentsOf: goldDir.appendingPathComponent(name)), let g = try? JSONDecoder().decode(Gold.self, from: data) {
                gold[String(name.dropLast(5))] = g
            }
        }
        return (model, gold)
    }()

    /// Lower case without quotation marks or punctuation, as the scorer compares text.
    static func norm(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if "‘’“”\"'`".unicodeScalars.contains(c) { continue }
            out.unicodeScalars.append(c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == "_" ? c : " ")
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    static func ratio(_ hits: Int, _ total: Int) -> Double { total == 0 ? 1 : Double(hits) / Double(total) }

    @Test("every document of the corpus has gold, and loads")
    func loads() throws {
        let (model, gold) = try #require(Self.loaded)
        #expect(gold.count >= 10)
        #expect(Set(model.documents.map(\.id)) == Set(gold.keys))
    }

    @Test("people, quotes, findings and inspections meet the issue's targets on the fixture corpus")
    func targets() throws {
        let (model, gold) = try #require(Self.loaded)
        var people = (0, 0), quotes = (0, 0), attributed = 0, findings = (0, 0), kinds = 0, inspections = (0, 0)
        for (doc, g) in gold {
            let names = Set(model.people.filter { $0.documents.contains(doc) }.map { Self.norm($0.name) })
            for p in g.people { people.1 += 1; if names.contains(Self.norm(p.name)) { people.0 += 1 } }
            let docQuotes = model.quotes.filter { $0.source.document == doc }
            for q in g.quotes {
                quotes.1 += 1
                let hits = docQuotes.filter { Self.norm($0.text).contains(Self.norm(q.start)) }
                guard !hits.isEmpty else { continue }
                quotes.0 += 1
                let wanted = q.speaker.split(separator: "|").map { Self.norm(String($0)) }
                if hits.contains(where: { h in wanted.contains { !$0.isEmpty && Self.norm(h.speaker).contains($0) } }) { attributed += 1 }
            }
            let docFindings = model.findings.filter { $0.source.document == doc }
            for f in g.findings {
                findings.1 += 1
                let hits = docFindings.filter { Self.norm($0.text).contains(Self.norm(f.evidence)) }
                guard !hits.isEmpty else { continue }
                findings.0 += 1
                if hits.contains(where: { $0.kind == f.kind }) { kinds += 1 }
            }
            let docInspections = model.inspections.filter { $0.documents.contains(doc) }
            for i in g.inspections {
                inspections.1 += 1
                if docInspections.contains(where: { $0.kind == i.kind && (i.rating.isEmpty || $0.rating == i.rating) && (i.date.isEmpty || $0.date.contains(i.date)) }) { inspections.0 += 1 }
            }
        }
        #expect(Self.ratio(people.0, people.1) >= 0.95)
        #expect(Self.ratio(quotes.0, quotes.1) >= 0.95)
        #expect(Self.ratio(attributed, quotes.0) >= 0.95)
        #expect(Self.ratio(findings.0, findings.1) >= 0.85)
        #expect(Self.ratio(kinds, findings.0) >= 0.95)
        #expect(Self.ratio(inspections.0, inspections.1) >= 0.90)
    }
}
