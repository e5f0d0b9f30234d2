import DossierModel

/// Merges the facts of every document into one model: the same council, person or visit named by
/// several documents becomes one row listing them all; rows are numbered in document order.
///
/// Documents are added one at a time, in order, so the loader can hand each over as soon as it is
/// analysed and free it once merged: the quotes, findings and sentences, which are most of the
/// model, go straight in, and only the small per-document facts that need every document (people,
/// whose surnames resolve against full names anywhere in the corpus) wait for `finish()`.
struct ModelBuilder {
    var model = Model()
    /// How many documents are expected, to size the big arrays once rather than by doubling.
    private let expected: Int
    private var councilOrder: [String] = []
    private var councilForms: [String: [String]] = [:]
    private var councilDocs: [String: [String]] = [:]
    /// Documents already listed per council, so a long list is not searched once per mention.
    private var councilListed: [String: Set<String>] = [:]
    /// Each document's people, kept (without their spans) until every full name is known.
    private var mentions: [(document: String, people: [PersonFact])] = []
    private var merged: [InspectionFact] = []
    /// Only visits with the same council, kind and rating can merge; each group keeps its visits in order.
    private var groups: [InspectionGroup: [Int]] = [:]

    init(expected: Int = 0) {
        self.expected = expected
        model.documents.reserveCapacity(expected)
    }

    mutating func build(_ all: consuming [DocumentFacts]) -> Model {
        for d in all.indices {
            add(all[d])
            all[d].quotes = []; all[d].findings = []; all[d].sentences = []
        }
        return finish()
    }

    /// Merges the next document's facts, in document order.
    mutating func add(_ facts: DocumentFacts) {
        model.documents.append(facts.document)
        addCouncils(facts)
        mentions.append((facts.document.id, facts.people.map {
            PersonFact(name: $0.name, surname: $0.surname, role: $0.role, organisation: $0.organisation, aliases: $0.aliases)
        }))
        let inspectionIDs = addInspections(facts)
        let docs = model.documents.count
        // A finding or quote that is a whole sentence shares that sentence's storage rather than
        // keeping a second copy of the same text.
        var sentenceTexts: [String: String] = [:]
        sentenceTexts.reserveCapacity(facts.sentences.count)
        for s in facts.sentences where s.text.utf8.count > 15 { sentenceTexts[s.text] = s.text }
        reserve(&model.quotes, adding: facts.quotes.count, documents: docs)
        for q in facts.quotes {
            // The speaker is renamed in `finish()`, once every full name is known.
            model.quotes.append(QuoteRecord(id: "Q\(model.quotes.count + 1)", speaker: q.speaker, text: sentenceTexts[q.text] ?? q.text, source: q.source))
        }
        reserve(&model.findings, adding: facts.findings.count, documents: docs)
        for f in facts.findings {
            model.findings.append(FindingRecord(id: "F\(model.findings.count + 1)", council: f.council.isEmpty ? facts.mainCouncil : f.council, kind: f.kind, topic: f.topic,
                                                text: sentenceTexts[f.text] ?? f.text, source: f.source,
                                                inspection: f.inspection.flatMap { inspectionIDs[$0] } ?? ""))
        }
        reserve(&model.sentences, adding: facts.sentences.count, documents: docs)
        for s in facts.sentences {
            model.sentences.append(SentenceRecord(id: "S\(model.sentences.count + 1)", text: s.text, source: s.source, paragraph: s.paragraph))
        }
    }

    /// The model, once every document is in.
    mutating func finish() -> Model {
        finishCouncils()
        let personIDs = mergePeople()
        mentions = []
        // "Lancashire Council" from a role becomes the council's full name.
        let fullNames = Dictionary(model.councils.map { ($0.name + " Council", $0.fullName) }, uniquingKeysWith: { a, _ in a })
        for i in model.people.indices { if let full = fullNames[model.people[i].organisation] { model.people[i].organisation = full } }
        if !personIDs.isEmpty {
            for i in model.quotes.indices { if let id = personIDs[model.quotes[i].speaker] { model.quotes[i].speaker = id } }
        }
        model.inspections = merged.enumerated().map { i, f in
            InspectionRecord(id: "I\(i + 1)", council: f.council, kind: f.kind, date: f.date.iso, rating: f.rating,
                             inspector: f.inspector, documents: f.documents, source: f.source)
        }
        merged = []; groups = [:]
        return model
    }

    /// Makes room for `adding` more rows. Once a few documents are in, the array is sized for the
    /// whole corpus at the rate seen so far, plus a little, so it is neither copied at every
    /// doubling nor left up to half empty.
    private func reserve<T>(_ array: inout [T], adding: Int, documents: Int) {
        let needed = array.count + adding
        guard needed > array.capacity, documents >= 32, expected > documents else { return }
        let projected = Int(Double(needed) / Double(documents) * Double(expected) * 1.05)
        array.reserveCapacity(max(projected, needed + needed / 8))
    }

    private mutating func addCouncils(_ facts: DocumentFacts) {
        for c in facts.councils {
            if councilForms[c.name] == nil { councilOrder.append(c.name); councilForms[c.name] = [] }
            for f in c.forms where !councilForms[c.name]!.contains(f) { councilForms[c.name]!.append(f) }
            if councilListed[c.name, default: []].insert(facts.document.id).inserted { councilDocs[c.name, default: []].append(facts.document.id) }
        }
        if !facts.mainCouncil.isEmpty, !(councilForms[facts.mainCouncil]!.contains("the council")) { councilForms[facts.mainCouncil]!.append("the council") }
    }

    private mutating func finishCouncils() {
        for name in councilOrder {
            let f = councilForms[name] ?? []
            // "SWINDON Borough Council" in a shouting lede is "Swindon Borough Council".
            let councilForms = f.filter { $0.lowercased().hasSuffix("council") && $0.lowercased() != "the council" }
                .map { $0.lowercased().hasPrefix(name.lowercased() + " ") ? name + $0.dropFirst(name.count) : $0 }
            let full = councilForms.max { ($0.count, $0 == $0.uppercased() ? 0 : 1) < ($1.count, $1 == $1.uppercased() ? 0 : 1) } ?? name + " Council"
            let aliases = f.filter { $0 != full && $0 != name }
            model.councils.append(CouncilRecord(id: "C\(model.councils.count + 1)", name: name, fullName: full, aliases: aliases, documents: councilDocs[name] ?? []))
        }
        councilOrder = []; councilForms = [:]; councilDocs = [:]; councilListed = [:]
    }

    /// People merged by name, and a surname alone ("Hart") into the one full name that ends in it.
    private mutating func mergePeople() -> [String: String] {
        var byKey: [String: Int] = [:]
        var rename: [String: String] = [:]
        // The full names each lower-cased surname ends, found once rather than by a search per surname.
        var fullNames: [String: Set<String>] = [:]
        for facts in mentions { for p in facts.people where p.name != p.surname { fullNames[p.surname.lowercased(), default: []].insert(p.name) } }
        var listed: [Set<String>] = []
        for facts in mentions {
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
                    if listed[i].insert(facts.document).inserted { model.people[i].documents.append(facts.document) }
                } else {
                    byKey[key] = model.people.count
                    listed.append([facts.document])
                    let aliases = (p.aliases + (p.name != name ? [p.name] : [])).filter { $0 != name }
                    model.people.append(PersonRecord(id: "P\(model.people.count + 1)", name: name, role: p.role, organisation: p.organisation,
                                                     aliases: aliases, documents: [facts.document]))
                }
            }
        }
        return rename
    }

    /// Inspections merged when council, kind, ordinal and rating agree and the dates can be the same
    /// day; an undated visit is merged only within its document, as nothing ties it to another.
    /// Returns the ids of the document's visits, by their index among its facts.
    private mutating func addInspections(_ facts: DocumentFacts) -> [Int: String] {
        var local: [Int: String] = [:]
        for (k, f) in facts.inspections.enumerated() {
            let hasDate = f.date.year != nil || f.date.month != nil
            let group = InspectionGroup(council: f.council, kind: f.kind, rating: f.rating)
            if let i = groups[group, default: []].first(where: { j in
                let m = merged[j]
                // Two grades of one document are two inspections: its extractor already merged what it could.
                return m.council == f.council && m.kind == f.kind && m.rating == f.rating && !m.documents.contains(facts.document.id)
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
        return local
    }
}

/// What merging people needs of a person mention; the rest (spans, lines) is dropped with the document.
private struct PersonFact {
    var name: String
    var surname: String
    var role: String
    var organisation: String
    var aliases: [String]
}

/// The fields two visits must share to be merged.
private struct InspectionGroup: Hashable {
    var council: String
    var kind: String
    var rating: String
}
