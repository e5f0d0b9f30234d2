import DossierModel
import Foundation
@testable import DossierExtraction

/// The seven measures of shared/eval/score.py, computed the way it computes them, for a folder of
/// documents and a folder of gold annotations (`<document>.json` each).
struct GoldScore {
    struct Gold: Decodable {
        struct Person: Decodable { var name: String; var role: String }
        struct Quote: Decodable { var speaker: String; var start: String }
        struct Finding: Decodable { var kind: String; var evidence: String }
        struct Inspection: Decodable { var kind: String; var date: String; var rating: String }
        var people: [Person]; var quotes: [Quote]; var findings: [Finding]; var inspections: [Inspection]
    }

    var peopleF1 = 0.0, roles = 0.0, quotes = 0.0, attribution = 0.0, findingsF1 = 0.0, kinds = 0.0, inspections = 0.0
    var documents = 0
    /// What was missed or wrong, one line each, for a failing test's message.
    var misses: [String] = []

    static let honorifics: Set<String> = ["councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "professor", "prof"]

    /// Lower case without quotation marks or punctuation, as the scorer compares text.
    static func norm(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if "‘’“”\"'`".unicodeScalars.contains(c) { continue }
            out.unicodeScalars.append(c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == "_" ? c : " ")
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    static func name(_ s: String) -> String {
        norm(s).replacingOccurrences(of: "-", with: " ").split(separator: " ").filter { !honorifics.contains(String($0)) }.joined(separator: " ")
    }

    static func tokens(_ s: String) -> Set<String> {
        Set(norm(s).replacingOccurrences(of: "-", with: " ").split(separator: " ").map(String.init)).subtracting(["of", "for", "the", "and", "s"])
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    init(corpus: URL, gold goldDir: URL) throws {
        let model = DocumentLoader.load(paths: [corpus.path]).model
        var c = (pGold: 0, pFound: 0, pSys: 0, pSysOK: 0, roleOK: 0, qGold: 0, qFound: 0, qAttr: 0, fGold: 0, fFound: 0, fKind: 0, fSys: 0, fSysOK: 0, iGold: 0, iFound: 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: goldDir.path).sorted() where file.hasSuffix(".json") {
            let doc = String(file.dropLast(5))
            let g = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldDir.appendingPathComponent(file)))
            documents += 1
            let people = Dictionary(model.people.filter { $0.documents.contains(doc) }.map { (Self.name($0.name), $0) }, uniquingKeysWith: { a, _ in a })
            let goldNames = Set(g.people.map { Self.name($0.name) })
            for p in g.people {
                c.pGold += 1
                guard let r = people[Self.name(p.name)] else { misses.append("\(doc): person missed: \(p.name)"); continue }
                c.pFound += 1
                let want = Self.tokens(p.role), got = Self.tokens(r.role)
                if want.isEmpty || (!got.isEmpty && Double(want.intersection(got).count) / Double(want.count) >= 0.6) { c.roleOK += 1 } else {
                    misses.append("\(doc): role of \(p.name): got '\(r.role)', want '\(p.role)'")
                }
            }
            for n in people.keys { c.pSys += 1; if goldNames.contains(n) { c.pSysOK += 1 } else { misses.append("\(doc): extra person: \(n)") } }
            let docQuotes = model.quotes.filter { $0.source.document == doc }.map { (Self.norm($0.text), $0.speaker) }
            for q in g.quotes {
                c.qGold += 1
                let hits = docQuotes.filter { $0.0.contains(Self.norm(q.start)) }.map(\.1)
                guard !hits.isEmpty else { misses.append("\(doc): quote missed: \(q.start)"); continue }
                c.qFound += 1
                // As score.py: an empty gold speaker (someone unnamed) accepts any speaker.
                let wanted = q.speaker.split(separator: "|", omittingEmptySubsequences: false).map { Self.name(String($0)) }
                if hits.contains(where: { h in let s = Self.name(h); return !s.isEmpty && wanted.contains { $0.isEmpty || s == $0 || s.contains($0) } }) { c.qAttr += 1 } else {
                    misses.append("\(doc): quote '\(q.start)' gave '\(hits[0])', want '\(q.speaker)'")
                }
            }
            let docFindings = model.findings.filter { $0.source.document == doc }.map { (Self.norm($0.text), $0.kind) }
            var used = Set<Int>()
            for f in g.findings {
                c.fGold += 1
                let hits = docFindings.indices.filter { docFindings[$0].0.contains(Self.norm(f.evidence)) }
                guard !hits.isEmpty else { misses.append("\(doc): finding missed (\(f.kind)): \(f.evidence)"); continue }
                c.fFound += 1
                used.formUnion(hits)
                if hits.contains(where: { docFindings[$0].1 == f.kind }) { c.fKind += 1 } else { misses.append("\(doc): finding kind wrong (want \(f.kind)): \(f.evidence)") }
            }
            c.fSys += docFindings.count
            c.fSysOK += used.count
            for k in docFindings.indices where !used.contains(k) { misses.append("\(doc): extra finding (\(docFindings[k].1)): \(docFindings[k].0.prefix(90))") }
            let docInspections = model.inspections.filter { $0.documents.contains(doc) }
            for i in g.inspections {
                c.iGold += 1
                if docInspections.contains(where: { $0.kind == i.kind && (i.rating.isEmpty || $0.rating == i.rating) && (i.date.isEmpty || $0.date.contains(i.date)) }) { c.iFound += 1 } else {
                    misses.append("\(doc): inspection missed: \(i.kind) \(i.date) \(i.rating)")
                }
            }
        }
        peopleF1 = Self.f1(Self.ratio(c.pSysOK, c.pSys), Self.ratio(c.pFound, c.pGold))
        roles = Self.ratio(c.roleOK, c.pFound)
        quotes = Self.ratio(c.qFound, c.qGold)
        attribution = Self.ratio(c.qAttr, c.qFound)
        findingsF1 = Self.f1(Self.ratio(c.fSysOK, c.fSys), Self.ratio(c.fFound, c.fGold))
        kinds = Self.ratio(c.fKind, c.fFound)
        inspections = Self.ratio(c.iFound, c.iGold)
    }

    /// The issue's targets that these figures miss, by name; `floors` lowers a target for a measure.
    func missedTargets(floors: [String: Double] = [:]) -> [String] {
        let targets: [(String, Double, Double)] = [
            ("people F1", peopleF1, 0.95), ("roles", roles, 0.90), ("quotes", quotes, 0.95), ("attribution", attribution, 0.95),
            ("findings F1", findingsF1, 0.85), ("kind", kinds, 0.95), ("inspections", inspections, 0.90),
        ]
        return targets.map { ($0.0, $0.1, floors[$0.0] ?? $0.2) }.filter { $0.1 < $0.2 }.map { "\($0.0) \(String(format: "%.2f", $0.1)) < \($0.2)" }
    }
}
