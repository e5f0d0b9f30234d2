import DossierModel

/// Runs the extractors over one document in order: councils, people and roles, speakers,
/// quotations, inspections, findings; and records its sentences.
struct DocumentAnalyzer {
    let doc: DocumentText

    func analyze() -> DocumentFacts {
        if doc.info.date.isEmpty, let d = datelineDate() { doc.info.date = d.iso }
        var facts = DocumentFacts(document: DocumentRecord(id: doc.id, path: doc.path, title: doc.info.title, publisher: doc.info.publisher, date: doc.info.date))
        if facts.document.publisher.isEmpty && doc.isInspectorateLetter { facts.document.publisher = "Ofsted" }
        facts.document.words = doc.bodyBlocks.reduce(0) { $0 + Furniture.wordCount(doc.blocks[$1].scalars) }
        (facts.councils, facts.mainCouncil) = councils()
        facts.people = PersonFinder.find(in: doc)
        let councils = sentenceCouncils(known: Set(facts.councils.map(\.name)), main: facts.mainCouncil)
        assignRoles(&facts.people, mainCouncil: facts.mainCouncil, councils: councils)
        let finder = MentionFinder(doc: doc, people: facts.people, mainCouncil: facts.mainCouncil)
        var anchorFinder = AnchorFinder()
        var anchors: [[Anchor]] = []
        for s in doc.sentences {
            let mentions = finder.mentions(block: s.block, in: s.tokens)
            anchors.append(anchorFinder.anchors(doc.tokens[s.block], s.tokens, mentions: mentions))
        }
        let inspector = facts.people.first { Names.isAuthorRole($0.role) }?.name ?? ""
        let names = Speakers(people: facts.people, inspector: inspector)
        let quotes = QuoteExtractor(doc: doc, anchors: anchors, speakers: names).extract()
        facts.quotes = quotes.map { ($0.speaker, $0.text, $0.source) }
        let inspections = InspectionExtractor(doc: doc, council: facts.mainCouncil, inspector: inspector, councils: councils).extract()
        facts.inspections = inspections.facts
        // Findings about another council belong to its latest visit or grade in the document.
        var inspectionOf: [String: Int] = [:]
        for (k, f) in inspections.facts.enumerated() where f.council != facts.mainCouncil {
            if let prev = inspectionOf[f.council], !inspections.facts[prev].rating.isEmpty || f.rating.isEmpty, inspections.facts[prev].date.iso >= f.date.iso { continue }
            inspectionOf[f.council] = k
        }
        facts.findings = FindingExtractor(doc: doc, anchors: anchors, quotes: quotes, speakers: names,
                                          inspection: inspections.current,
                                          councils: councils.map { $0 == facts.mainCouncil ? "" : $0 }, inspectionOf: inspectionOf).extract()
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

    /// The date on a page's dateline, when the page gave none in its metadata or a short stamp: a full
    /// date (day, month and year) in a line of furniture above the body ("By the newsdesk | Monday 5
    /// December 2022 | Updated 11:42").
    private func datelineDate() -> PartialDate? {
        var bodySeen = 0
        for b in doc.blocks.indices {
            // Above the body, or under a standfirst that reads as body.
            if doc.blocks[b].role == .body { bodySeen += 1; if bodySeen > 2 { break }; continue }
            guard doc.blocks[b].scalars.count <= 120 else { continue }
            if let d = DateParser.firstDate(in: doc.blocks[b].text), d.day != nil, d.month != nil { return d }
        }
        return nil
    }

    /// The council each sentence is about, when the document names several: its own council, until a
    /// short heading names another ("Stoke-on-Trent") or a sentence opens with one ("Meanwhile,
    /// Stoke-on-Trent City Council, whose…", "In Stoke-on-Trent, the city council's…"); a change
    /// holds until the next one, as a report moves from one council to the other.
    private func sentenceCouncils(known: Set<String>, main: String) -> [String] {
        guard known.count > 1 else { return [] }
        var out: [String] = []
        var current = main
        var lastBlock = -1
        for s in doc.sentences {
            if s.block != lastBlock {
                for b in (lastBlock + 1)..<s.block where doc.blocks[b].role == .furniture {
                    let t = doc.tokens[b]
                    guard t.filter(\.isWord).count <= 6 else { continue }
                    if let m = t.indices.lazy.compactMap({ Gazetteer.match(t, at: $0) }).first, known.contains(m.canonical) { current = m.canonical }
                }
                lastBlock = s.block
            }
            let t = doc.tokens[s.block]
            var i = s.tokens.lowerBound
            // A council in subject position: within the sentence's first words, not owned by a title ("Dudley's director").
            while i < min(s.tokens.upperBound, s.tokens.lowerBound + 6) {
                if let m = Gazetteer.match(t, at: i), known.contains(m.canonical) { current = m.canonical; break }
                i += 1
            }
            out.append(current)
        }
        return out
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
                // "Greenwich was rated good", "Bexley kept the grade", a section heading "Greenwich: …": the place as an authority.
                var k = end
                while k < t.count, k - end < 4, ["was", "is", "has", "had", "been", "were", "now", "also", "first", "last", "still"].contains(t[k].lower) { k += 1 }
                let graded = k < t.count && ["rated", "judged", "graded", "inspected", "kept", "keeps", "retained", "held", "holds", "received", "downgraded", "upgraded"].contains(t[k].lower)
                let headed = i == 0 && end < t.count && t[end].text == ":" && doc.blocks[b].isHeading
                if isCouncil || graded || headed || t[i + m.length - 1].isPossessive || (end < t.count && ["children's", "childrens"].contains(t[end].lower)) { evidence.insert(m.canonical) }
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

    /// The role two people share: "Jo Hart and Sam Lee, Her Majesty's Inspectors", "Her Majesty's Inspectors
    /// Jo Hart and Sam Lee"; a plural head is made singular.
    private func coordinated(_ t: [Token], _ lo: Int, _ hi: Int) -> RoleFinder.Role? {
        var found: RoleFinder.Role? = nil
        if hi + 1 < t.count, t[hi].lower == "and" {
            var e = hi + 1
            while e < t.count, e - hi <= 4, t[e].isCapitalized, !Names.honorifics.contains(t[e].lower) || e == hi + 1 { e += 1 }
            if e > hi + 2 { found = RoleFinder.appositive(t, after: e) }
        }
        if found == nil, lo >= 3, t[lo - 1].lower == "and" {
            var s = lo - 2
            while s > 0, lo - s <= 4, t[s].isCapitalized, t[s - 1].isCapitalized, !Names.givenNames.contains(t[s].lower),
                  !RoleFinder.isHead(t[s - 1]), !Names.honorifics.contains(t[s - 1].lower) { s -= 1 }
            if t[s].isCapitalized, s < lo - 2 { found = RoleFinder.title(t, before: s) }
        }
        // "The inspectors for this visit were Jo Hart and Sam Lee", "The lead inspector was Jo Hart".
        if found == nil {
            var c = lo - 1
            if c >= 2, t[c].lower == "and" { c -= 1; while c > 0, lo - c <= 5, t[c].isCapitalized { c -= 1 } }
            if c >= 1, ["was", "were", "is", "are"].contains(t[c].lower) {
                var s = c - 1
                while s > 0, t[s - 1].isWord || t[s - 1].text == "'" || t[s - 1].text == "’" { s -= 1 }
                var words = Array(t[s..<c])
                if let cut = words.indices.first(where: { i in ["for", "on", "during", "at"].contains(words[i].lower) && i + 1 < words.count && ["this", "the", "that", "these"].contains(words[i + 1].lower) }) {
                    words = Array(words[..<cut])
                }
                if words.count <= 6 { found = RoleFinder.line(words) }
            }
        }
        guard var r = found, let last = r.text.split(separator: " ").last, last.hasSuffix("s") else { return found }
        let singular = String(last.dropLast())
        if Names.roleHeads.contains(singular.lowercased()) { r.text = r.text.dropLast().description }
        return r
    }

    /// Each person's role from the first appositive or title, and an organisation from it.
    private func assignRoles(_ people: inout [PersonMention], mainCouncil: String, councils: [String] = []) {
        for p in people.indices {
            var found: RoleFinder.Role?
            for s in people[p].spans {
                let t = doc.tokens[s.block]
                let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
                // "Cllr Ed Ruane (Lab, Earlsdon), cabinet member for…": the party and ward come before the role.
                var after = hi
                if after < t.count, t[after].text == "(", let close = t[after...].prefix(12).firstIndex(where: { $0.text == ")" }) { after = close + 1 }
                // "Kieran Doyle, 19, who…": an age before the appositive.
                if after + 2 < t.count, t[after].text == ",", t[after + 1].kind == .number, t[after + 2].text == "," { after += 2 }
                // "the council's strategic director, Councillor Jo Hart,": a title before the comma, honorifics between.
                var h = lo
                while h > 1, Names.honorifics.contains(t[h - 1].lower) || t[h - 1].text == "." && h > 2 && Names.honorifics.contains(t[h - 2].lower) { h -= 1 }
                found = RoleFinder.appositive(t, after: after)
                    ?? (h > 1 && t[h - 1].text == "," ? RoleFinder.titleList(t, before: h - 1) ?? RoleFinder.title(t, before: h - 1) : nil)
                    ?? RoleFinder.title(t, before: lo)
                    ?? RoleFinder.asRole(t, after: hi)
                    ?? coordinated(t, lo, hi)
                if found == nil { found = RoleFinder.relative(t, after: after) }
                // "led by Mark Tennison HMI": letters after the name.
                if found == nil, hi < t.count, ["hmi", "hmci"].contains(t[hi].lower) { found = RoleFinder.Role(text: t[hi].text, place: "") }
                if found == nil { found = RoleFinder.copular(t, after: hi) }
                if found != nil { break }
            }
            if found == nil, let r = LetterPeople.role(of: people[p], in: doc) { found = r }
            if found == nil, !people[p].lineRole.isEmpty { found = RoleFinder.Role(text: people[p].lineRole, place: "") }
            if var r = found {
                // "Jo Hart and Sam Lee, Her Majesty's Inspectors": one person holds one post.
                let words = r.text.split(separator: " ").map(String.init)
                if let last = words.last, last.count > 3, last.hasSuffix("s"), Names.roleHeads.contains(String(last.dropLast()).lowercased()),
                   words.dropLast().allSatisfy({ !Names.roleHeads.contains($0.lowercased()) }) {
                    r.text.removeLast()
                }
                people[p].role = r.text
                people[p].rolePlace = r.place
                // "Councillor Ian Cooper, cabinet member for…": the text calls them a councillor too.
                let l = r.text.lowercased()
                if people[p].hasHonorificCouncillor, !l.contains("councillor"), !l.contains("cllr") { people[p].role = "councillor, " + r.text }
            } else if people[p].hasHonorificCouncillor {
                people[p].role = "councillor"
            }
            let role = people[p].role.lowercased()
            if people[p].isByline {
                people[p].organisation = doc.info.publisher
            } else if Names.isInspectorRole(role) {
                people[p].organisation = "Ofsted"
            } else if !people[p].rolePlace.isEmpty {
                people[p].organisation = people[p].rolePlace + " Council"
            } else if !mainCouncil.isEmpty, people[p].hasHonorificCouncillor || ["council", "cabinet", "director", "chief executive", "leader", "mayor", "head of"].contains(where: role.contains),
                      // "chief executive of the charity Kinship Voice" works for the charity.
                      people[p].hasHonorificCouncillor || !role.split(separator: " ").contains(where: { PersonFinder.organisationNouns.contains(String($0)) || ["association", "trust", "alliance", "society", "foundation"].contains(String($0)) }) {
                // In a report on two councils, the one the sentence that first names them is about.
                var council = mainCouncil
                if !councils.isEmpty, let first = people[p].spans.first,
                   let si = doc.sentences.firstIndex(where: { $0.block == first.block && $0.tokens.contains(first.tokens.lowerBound) }) {
                    council = councils[si]
                }
                people[p].organisation = council + " Council"
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
