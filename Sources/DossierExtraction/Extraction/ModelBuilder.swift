import DossierModel

/// Merges the facts of every document into one model: the same council, person or visit named by
/// several documents becomes one row listing them all; rows are numbered in document order.
struct ModelBuilder {
    var model = Model()

    mutating func build(_ all: [DocumentFacts]) -> Model {
        model.documents = all.map(\.document)
        mergeCouncils(all)
        let personIDs = mergePeople(all)
        // "Lancashire Council" from a role becomes the council's full name.
        let fullNames = Dictionary(model.councils.map { ($0.name + " Council", $0.fullName) }, uniquingKeysWith: { a, _ in a })
        for i in model.people.indices { if let full = fullNames[model.people[i].organisation] { model.people[i].organisation = full } }
        let inspectionIDs = mergeInspections(all)
        for (d, facts) in all.enumerated() {
            for q in facts.quotes {
                model.quotes.append(QuoteRecord(id: "Q\(model.quotes.count + 1)", speaker: personIDs[q.speaker] ?? q.speaker, text: q.text, source: q.source))
            }
            for f in facts.findings {
                model.findings.append(FindingRecord(id: "F\(model.findings.count + 1)", council: facts.mainCouncil, kind: f.kind, topic: f.topic,
                                                    text: f.text, source: f.source, inspection: f.inspection.flatMap { inspectionIDs[d][$0] } ?? ""))
            }
            for s in facts.sentences {
                model.sentences.append(SentenceRecord(id: "S\(model.sentences.count + 1)", text: s.text, source: s.source, paragraph: s.paragraph))
            }
        }
        return model
    }

    private mutating func mergeCouncils(_ all: [DocumentFacts]) {
        var order: [String] = []
        var forms: [String: [String]] = [:]
        var docs: [String: [String]] = [:]
        for facts in all {
            for c in facts.councils {
                if forms[c.name] == nil { order.append(c.name); forms[c.name] = [] }
                for f in c.forms where !forms[c.name]!.contains(f) { forms[c.name]!.append(f) }
                if !(docs[c.name] ?? []).contains(facts.document.id) { docs[c.name, default: []].append(facts.document.id) }
            }
            if !facts.mainCouncil.isEmpty, !(forms[facts.mainCouncil]!.contains("the council")) { forms[facts.mainCouncil]!.append("the council") }
        }
        for name in order {
            let f = forms[name] ?? []
            let councilForms = f.filter { $0.lowercased().hasSuffix("council") && $0.lowercased() != "the council" }
            let full = councilForms.max { ($0.count, $0 == $0.uppercased() ? 0 : 1) < ($1.count, $1 == $1.uppercased() ? 0 : 1) } ?? name + " Council"
            let aliases = f.filter { $0 != full && $0 != name }
            model.councils.append(CouncilRecord(id: "C\(model.councils.count + 1)", name: name, fullName: full, aliases: aliases, documents: docs[name] ?? []))
        }
    }

    /// People merged by name, and a surname alone ("Hart") into the one full name that ends in it.
    private mutating func mergePeople(_ all: [DocumentFacts]) -> [String: String] {
        var byKey: [String: Int] = [:]
        var rename: [String: String] = [:]
        let fullNames = all.flatMap(\.people).filter { $0.name != $0.surname }
        for facts in all {
            for p in facts.people {
                var name = p.name
                if p.name == p.surname {
                    let matches = Set(fullNames.filter { $0.surname.lowercased() == p.surname.lowercased() }.map(\.name))
                    if matches.count == 1 { name = matches.first!; rename[p.name] = name }
                }
                let key = name.lowercased()
                if let i = byKey[key] {
                    var r = model.people[i]
                    if r.role.isEmpty { r.role = p.role }
                    if r.organisation.isEmpty { r.organisation = p.organisation }
                    for a in p.aliases + (p.name != name ? [p.name] : []) where !r.aliases.contains(a) && a != r.name { r.aliases.append(a) }
                    if !r.documents.contains(facts.document.id) { r.documents.append(facts.document.id) }
                    model.people[i] = r
                } else {
                    byKey[key] = model.people.count
                    let aliases = (p.aliases + (p.name != name ? [p.name] : [])).filter { $0 != name }
                    model.people.append(PersonRecord(id: "P\(model.people.count + 1)", name: name, role: p.role, organisation: p.organisation,
                                                     aliases: aliases, documents: [facts.document.id]))
                }
            }
        }
        return rename
    }

    /// Inspections merged when council, kind, ordinal and rating agree and the dates can be the same
    /// day; an undated visit is merged only within its document, as nothing ties it to another.
    private mutating func mergeInspections(_ all: [DocumentFacts]) -> [[Int: String]] {
        var merged: [InspectionFact] = []
        var ids: [[Int: String]] = []
        for facts in all {
            var local: [Int: String] = [:]
            for (k, f) in facts.inspections.enumerated() {
                let hasDate = f.date.year != nil || f.date.month != nil
                if let i = merged.firstIndex(where: { m in
                    m.council == f.council && m.kind == f.kind && m.rating == f.rating
                        && (m.ordinal == nil || f.ordinal == nil || m.ordinal == f.ordinal) && m.date.isCompatible(with: f.date)
                        && (!f.rating.isEmpty || (hasDate && (m.date.year != nil || m.date.month != nil)))
                }) {
                    if f.date.precision > merged[i].date.precision { merged[i].date = merged[i].date.merged(with: f.date) } else { merged[i].date = f.date.merged(with: merged[i].date) }
                    if merged[i].ordinal == nil { merged[i].ordinal = f.ordinal }
                    if merged[i].inspector.isEmpty { merged[i].inspector = f.inspector }
                    if !merged[i].documents.contains(facts.document.id) { merged[i].documents.append(facts.document.id) }
                    local[k] = "I\(i + 1)"
                } else {
                    merged.append(f)
                    local[k] = "I\(merged.count)"
                }
            }
            ids.append(local)
        }
        model.inspections = merged.enumerated().map { i, f in
            InspectionRecord(id: "I\(i + 1)", council: f.council, kind: f.kind, date: f.date.iso, rating: f.rating,
                             inspector: f.inspector, documents: f.documents, source: f.source)
        }
        return ids
    }
}
