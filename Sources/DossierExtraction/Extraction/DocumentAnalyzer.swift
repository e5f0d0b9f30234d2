import DossierModel

/// Runs the extractors over one document in order: councils, people and roles, speakers,
/// quotations, inspections, findings; and records its sentences.
struct DocumentAnalyzer {
    let doc: DocumentText

    func analyze() -> DocumentFacts {
        var facts = DocumentFacts(document: DocumentRecord(id: doc.id, path: doc.path, title: doc.info.title, publisher: doc.info.publisher, date: doc.info.date))
        if facts.document.publisher.isEmpty && doc.isInspectorateLetter { facts.document.publisher = "Ofsted" }
        facts.document.words = doc.bodyBlocks.reduce(0) { $0 + Furniture.wordCount(doc.blocks[$1].scalars) }
        (facts.councils, facts.mainCouncil) = councils()
        facts.people = PersonFinder.find(in: doc)
        assignRoles(&facts.people, mainCouncil: facts.mainCouncil)
        let finder = MentionFinder(doc: doc, people: facts.people, mainCouncil: facts.mainCouncil)
        var anchorFinder = AnchorFinder()
        var anchors: [[Anchor]] = []
        for s in doc.sentences {
            let mentions = finder.mentions(block: s.block, in: s.tokens)
            anchors.append(anchorFinder.anchors(doc.tokens[s.block], s.tokens, mentions: mentions))
        }
        let inspector = facts.people.first { Names.isInspectorRole($0.role) }?.name ?? ""
        let names = Speakers(people: facts.people, inspector: inspector)
        let quotes = QuoteExtractor(doc: doc, anchors: anchors, speakers: names).extract()
        facts.quotes = quotes.map { ($0.speaker, $0.text, $0.source) }
        let inspections = InspectionExtractor(doc: doc, council: facts.mainCouncil, inspector: inspector).extract()
        facts.inspections = inspections.facts
        facts.findings = FindingExtractor(doc: doc, anchors: anchors, quotes: quotes, speakers: names,
                                          inspection: inspections.current).extract()
        for b in doc.blocks.indices where doc.blocks[b].role == .title {
            let p = doc.provenance(block: b, range: 0..<doc.blocks[b].scalars.count)
            facts.sentences.append((doc.blocks[b].text, Provenance(document: doc.id, line: p.line, start: p.start, end: p.end), 0))
        }
        for s in doc.sentences {
            let p = doc.provenance(block: s.block, range: s.range)
            facts.sentences.append((doc.text(of: s), Provenance(document: doc.id, line: p.line, start: p.start, end: p.end), s.paragraph))
        }
        return facts
    }

    /// Councils named in the body, by canonical name with their surface forms, and the one the
    /// document is about ("the council" means it).
    private func councils() -> ([(name: String, forms: [String])], String) {
        var counts: [String: Int] = [:]
        var evidence: Set<String> = []
        var forms: [String: [String]] = [:]
        var order: [String] = []
        for b in doc.bodyBlocks + doc.blocks.indices.filter({ doc.blocks[$0].role == .title }) {
            let t = doc.tokens[b]
            var i = 0
            while i < t.count {
                guard let m = Gazetteer.match(t, at: i) else { i += 1; continue }
                var end = i + m.length
                while end < t.count, ["metropolitan", "borough", "county", "city", "district", "council"].contains(t[end].stem), end - i < 8 { end += 1 }
                let isCouncil = end > i + m.length && t[end - 1].stem == "council"
                if isCouncil || t[i + m.length - 1].isPossessive || (end < t.count && ["children's", "childrens"].contains(t[end].lower)) { evidence.insert(m.canonical) }
                if counts[m.canonical] == nil { order.append(m.canonical) }
                counts[m.canonical, default: 0] += 1
                var form = FastText.straightened(doc.text(block: b, tokens: i..<end))
                if isCouncil, form.hasSuffix("'s") { form.removeLast(2) }
                if isCouncil || t[i + m.length - 1].isPossessive, !(forms[m.canonical] ?? []).contains(form) { forms[m.canonical, default: []].append(form) }
                i = end
            }
        }
        // "Council bosses in Sefton": a place the document keeps returning to is its council.
        if evidence.isEmpty, let top = order.max(by: { counts[$0]! < counts[$1]! }) { evidence.insert(top) }
        let list = order.filter(evidence.contains).map { (name: $0, forms: forms[$0] ?? []) }
        let main = list.max { (counts[$0.name] ?? 0, -(order.firstIndex(of: $0.name) ?? 0)) < (counts[$1.name] ?? 0, -(order.firstIndex(of: $1.name) ?? 0)) }?.name ?? ""
        return (list, main)
    }

    /// Each person's role from the first appositive or title, and an organisation from it.
    private func assignRoles(_ people: inout [PersonMention], mainCouncil: String) {
        for p in people.indices {
            var found: RoleFinder.Role?
            for s in people[p].spans {
                let t = doc.tokens[s.block]
                let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
                found = RoleFinder.appositive(t, after: hi)
                    ?? (lo > 1 && t[lo - 1].text == "," ? RoleFinder.title(t, before: lo - 1) : nil)
                    ?? RoleFinder.title(t, before: lo)
                    ?? RoleFinder.asRole(t, after: hi)
                if found != nil { break }
            }
            if found == nil, let r = LetterPeople.role(of: people[p], in: doc) { found = r }
            if let r = found {
                people[p].role = r.text
                people[p].rolePlace = r.place
            } else if people[p].hasHonorificCouncillor {
                people[p].role = "councillor"
            }
            let role = people[p].role.lowercased()
            if Names.isInspectorRole(role) {
                people[p].organisation = "Ofsted"
            } else if !people[p].rolePlace.isEmpty {
                people[p].organisation = people[p].rolePlace + " Council"
            } else if !mainCouncil.isEmpty, people[p].hasHonorificCouncillor || ["council", "cabinet", "director", "chief executive", "leader", "mayor", "head of"].contains(where: role.contains) {
                people[p].organisation = mainCouncil + " Council"
            }
        }
    }
}

/// Turns a resolved speaker into the name a quote row shows.
struct Speakers {
    let people: [PersonMention]
    /// The inspector who signed the letter the document reports, if it names one.
    let inspector: String

    func name(_ s: Speaker) -> String {
        switch s {
        case .person(let i): return people[i].name
        case .inspectorate(let document): return document && !inspector.isEmpty ? inspector : "Ofsted"
        case .council(let c): return c.isEmpty ? "" : c + " Council"
        case .unknown: return ""
        }
    }

    func isInspectorate(_ s: Speaker) -> Bool {
        switch s {
        case .person(let i): return Names.isInspectorRole(people[i].role)
        case .inspectorate: return true
        default: return false
        }
    }
}
