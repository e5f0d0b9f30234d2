import DossierModel

/// Merges the facts of every document into one model: the same council, person or visit named by
/// several documents becomes one row listing them all; rows are numbered in document order.
struct ModelBuilder {
    var model = Model()

    /// Takes the facts over, so each document's quotes, findings and sentences can be freed as
    /// soon as they are in the model rather than all living twice until the end.
    mutating func build(_ all: consuming [DocumentFacts]) -> Model {
        model.documents = all.map(\.document)
        mergeCouncils(all)
        let personIDs = mergePeople(all)
        // "Lancashire Council" from a role becomes the council's full name.
        let fullNames = Dictionary(model.councils.map { ($0.name + " Council", $0.fullName) }, uniquingKeysWith: { a, _ in a })
        for i in model.people.indices { if let full = fullNames[model.people[i].organisation] { model.people[i].organisation = full } }
        let inspectionIDs = mergeInspections(all)
        for d in all.indices {
            let facts = all[d]
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
            all[d].quotes = []; all[d].findings = []; all[d].sentences = []
        }
        return model
    }

    private mutating func mergeCouncils(_ all: [DocumentFacts]) {
        var order: [String] = []
        var forms: [String: [String]] = [:]
        var docs: [String: [String]] = [:]
        // Documents already listed per council, so a long list is not searched once per mention.
        var listed: [String: Set<String>] = [:]
        for facts in all {
            for c in facts.councils {
                if forms[c.name] == nil { order.append(c.name); forms[c.name] = [] }
                for f in c.forms where !forms[c.name]!.contains(f) { forms[c.name]!.append(f) }
                if listed[c.name, default: []].insert(facts.document.id).inserted { docs[c.name, default: []].append(facts.document.id) }
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
        // The full names each lower-cased surname ends, found once rather than by a search per surname.
        var fullNames: [String: Set<String>] = [:]
        for facts in all { for p in facts.people where p.name != p.surname { fullNames[p.surname.lowercased(), default: []].insert(p.name) } }
        var listed: [Set<String>] = []
        for facts in all {
            for p in facts.people {
                var name = p.name
                if p.name == p.surname, let matches = fullNames[p.surname.lowercased()], matches.count == 1 {
                    name = matches.first!; rename[p.name] = name
                }
                let key = name.lowercased()
                if let i = byKey[key] {
                    // Changed in place: a copy of the record would copy its lists on every merge.
                    if model.people[i].role.isEmpty { model.people[i].role = p.role }
                    if model.people[i].organisation.isEmpty { model.people[i].organisation = p.organisation }
                    for a in p.aliases + (p.name != name ? [p.name] : []) where !model.people[i].aliases.contains(a) && a != model.people[i].name {
                        model.people[i].aliases.append(a)
                    }
                    if listed[i].insert(facts.document.id).inserted { model.people[i].documents.append(facts.document.id) }
                } else {
                    byKey[key] = model.people.count
                    listed.append([facts.document.id])
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
        // Only visits with the same council, kind and rating can merge; each group keeps its visits in order.
        var groups: [InspectionGroup: [Int]] = [:]
        for facts in all {
            var local: [Int: String] = [:]
            for (k, f) in facts.inspections.enumerated() {
                let hasDate = f.date.year != nil || f.date.month != nil
                let group = InspectionGroup(council: f.council, kind: f.kind, rating: f.rating)
                if let i = groups[group, default: []].first(where: { j in
                    let m = merged[j]
                    return m.council == f.council && m.kind == f.kind && m.rating == f.rating
                        && (m.ordinal == nil || f.ordinal == nil || m.ordinal == f.ordinal) && m.date.isCompatible(with: f.date)
                        && (!f.rating.isEmpty || (hasDate && (m.date.year != nil || m.date.month != nil)))
                }) {
                    if f.date.precision > merged[i].date.precision { merged[i].date = merged[i].date.merged(with: f.date) } else { merged[i].date = f.date.merged(with: merged[i].date) }
                    if merged[i].ordinal == nil { merged[i].ordinal = f.ordinal }
                    if merged[i].inspector.isEmpty { merged[i].inspector = f.inspector }
                    if !merged[i].documents.contains(facts.document.id) { merged[i].documents.append(facts.document.id) }
                    local[k] = "I\(i + 1)"
                } else {
                    groups[group, default: []].append(merged.count)
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

/// The fields two visits must share to be merged.
private struct InspectionGroup: Hashable {
    var council: String
    var kind: String
    var rating: String
}
