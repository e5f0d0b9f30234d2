/// A person named in one document, with every place the text mentions them.
struct PersonMention {
    var name: String
    var surname: String
    var role = ""
    var organisation = ""
    var rolePlace = ""
    var aliases: [String] = []
    /// (block, token range) of each mention, honorific included.
    var spans: [(block: Int, tokens: Range<Int>)] = []
    var firstLine = 0
    var hasHonorificCouncillor = false
    /// Named in the page's byline: the outlet's journalist.
    var isByline = false
    /// The role a "Lead inspector: Name" line gives.
    var lineRole = ""
}

/// Finds people: capitalised names after an honorific, starting with a common given name, or
/// framed by a job title or a reporting verb; then their later mentions by surname ("Ms Hart").
enum PersonFinder {
    /// Words of a byline that name no one ("By Our Reporter", "By Staff Writer").
    static let notBylineNames: Set<String> = ["our", "staff", "reporter", "reporters", "correspondent", "newsdesk", "team", "editor", "desk", "writer", "agencies", "press", "association", "local", "democracy"]
    /// Capitalised at a sentence's start, never a name's first word.
    static let openingWords: Set<String> = ["but", "and", "or", "so", "yet", "meanwhile", "however", "today", "yesterday", "now", "then", "when", "while", "although", "after", "as", "if", "since", "because", "also", "here", "there", "both", "even", "still", "instead", "indeed",
                                              "for", "with", "from", "in", "on", "at", "by", "to", "under", "like", "unlike", "of"]
    static let stampWords: Set<String> = ["published", "updated", "posted", "last", "modified", "on"]
    static let reporting: Set<String> = ["said", "says", "added", "adds", "told", "explained", "commented", "stated", "warned", "insisted", "confirmed", "wrote"]

    static func find(in doc: DocumentText) -> [PersonMention] {
        var people: [PersonMention] = []
        var surnameOnly: [(block: Int, tokens: Range<Int>, surname: String, honorific: String)] = []
        for b in doc.bodyBlocks {
            let t = doc.tokens[b]
            var i = 0
            while i < t.count {
                guard t[i].isCapitalized else { i += 1; continue }
                var j = i
                while j < t.count {
                    if t[j].isCapitalized { j += 1; continue }
                    if t[j].text == ".", j > i, Names.honorifics.contains(t[j - 1].lower) { j += 1; continue }
                    break
                }
                defer { i = max(j, i + 1) }
                // An honorific inside the run starts the name: "Children's Services Dr Asha Mistry".
                var k = (i..<j).first { Names.honorifics.contains(t[$0].lower) && $0 + 1 < j } ?? i
                // "But Mags Devlin, branch secretary…": a sentence's opening word is not part of the name.
                while k + 2 <= j, k == i, Self.openingWords.contains(t[k].lower) { k += 1 }
                let nameStart = k
                var honorific = ""
                while k < j, Names.honorifics.contains(t[k].lower) || t[k].text == "." {
                    if t[k].text != "." { honorific = t[k].lower }
                    k += 1
                }
                // "Council leader Sarah Smith": the name starts at the given name, when a surname follows it ("Amrit Gill"
                // is a name whose surname is also a given name).
                if honorific.isEmpty, k + 1 < j, let g = (k + 1..<j).first(where: { Names.givenNames.contains(t[$0].lower) }),
                   g + 1 < j, !Names.givenNames.contains(t[k].lower) { k = g }
                // "Her Majesty's Inspector Nasreen Dalal", "Ofsted Inspector Jo Hart": the name follows the title.
                if honorific.isEmpty, let h = (k..<j).last(where: { RoleFinder.isHead(t[$0]) || t[$0].isPossessive }), j - h >= 3 { k = h + 1 }
                var end = k
                while end < j, end - k < 3, !stops(t[end]) { end += 1 }
                if end > k, t[end - 1].isPossessive { } // "Hart's" keeps its stem below
                let n = end - k
                guard n >= 1 else { continue }
                let accepted: Bool
                if !honorific.isEmpty { accepted = true } else if n >= 2 && Names.givenNames.contains(t[k].lower) { accepted = true } else if n >= 2 {
                    // "His Majesty's Inspectors Laura Whitfield and Sunil Chauhan": the second of two names.
                    accepted = framedAsPerson(t, k, end)
                        || (k >= 2 && t[k - 1].lower == "and" && people.contains { $0.spans.contains { $0.block == b && $0.tokens.upperBound == k - 1 } })
                } else { accepted = false }
                guard accepted else { continue }
                let words = t[k..<end].enumerated().map { $0.offset == n - 1 ? $0.element.stemText : $0.element.text }
                let name = FastText.straightened(words.joined(separator: " "))
                let span = (block: b, tokens: (honorific.isEmpty ? k : nameStart)..<end)
                if n == 1 {
                    surnameOnly.append((b, span.tokens, name, honorific))
                    continue
                }
                let surname = FastText.straightened(words.last!)
                if let p = people.firstIndex(where: { $0.name == name }) {
                    people[p].spans.append(span)
                    if honorific == "councillor" || honorific == "cllr" { people[p].hasHonorificCouncillor = true }
                } else {
                    var person = PersonMention(name: name, surname: surname)
                    person.spans = [span]
                    person.firstLine = doc.blocks[b].line(at: t[k].start)
                    person.hasHonorificCouncillor = honorific == "councillor" || honorific == "cllr" || honorific == "clr"
                    people.append(person)
                }
                if !honorific.isEmpty {
                    let alias = t[span.tokens].map(\.text).joined(separator: " ")
                    if let p = people.firstIndex(where: { $0.name == name }), !people[p].aliases.contains(alias) { people[p].aliases.append(alias) }
                }
            }
        }
        // "Ms Hart" joins the person whose surname it is; an unknown one stands alone.
        for s in surnameOnly {
            if let p = people.firstIndex(where: { $0.surname.lowercased() == s.surname.lowercased() }) {
                people[p].spans.append((s.block, s.tokens))
                let alias = doc.tokens[s.block][s.tokens].map(\.text).joined(separator: " ")
                if !people[p].aliases.contains(alias) { people[p].aliases.append(alias) }
            } else {
                var person = PersonMention(name: s.surname, surname: s.surname)
                person.spans = [(s.block, s.tokens)]
                person.firstLine = doc.blocks[s.block].line(at: doc.tokens[s.block][s.tokens.lowerBound].start)
                person.hasHonorificCouncillor = s.honorific == "councillor" || s.honorific == "cllr"
                people.append(person)
            }
        }
        // Bare surnames after the full name ("Hart said") are mentions too.
        for b in doc.bodyBlocks {
            let t = doc.tokens[b]
            for (i, tok) in t.enumerated() where tok.isCapitalized {
                guard let p = people.firstIndex(where: { $0.surname == FastText.straightened(tok.stemText) && $0.name != $0.surname }) else { continue }
                if people[p].spans.contains(where: { $0.block == b && $0.tokens.contains(i) }) { continue }
                people[p].spans.append((b, i..<i + 1))
            }
        }
        // "By Rachel Okafor, Chief Reporter" above the body: the journalist. A name starts with a given name, or
        // is two or three capitalised words that name no organisation or post ("By Newsdesk", "By Local
        // Democracy Reporting Service", "By Our Reporter" are not people). A page's metadata may name its
        // author for a byline without "By" ("Harriet Quayle, Social affairs correspondent").
        let author = doc.info.author.split(separator: " ").map(String.init)
        var bodySeen = 0
        for b in doc.blocks.indices {
            // Above the body, or under its standfirst.
            if doc.blocks[b].role == .body { bodySeen += 1; if bodySeen > 2 { break }; continue }
            let t = doc.tokens[b]
            let first: Int
            let byAuthor = author.count >= 2 && author.count <= 3 && t.count >= author.count && zip(t.prefix(author.count), author).allSatisfy({ $0.text == $1 })
            if t.count >= 3, t[0].text == "By" || t[0].text == "by" { first = 1 }
            else if byAuthor || (doc.blocks[b].isByline && t.count >= 2) { first = 0 }
            else { continue }
            var k = first
            while k < t.count, k - first < 3, t[k].isCapitalized, !stops(t[k]), !Self.stampWords.contains(t[k].lower), DateParser.month(t[k]) == nil,
                  !Self.notBylineNames.contains(t[k].lower), !RoleFinder.isHead(t[k]) { k += 1 }
            if byAuthor { k = author.count }
            // The name ends the line, or a post, an outlet or a stamp follows it ("Hannah Pryce Social affairs
            // correspondent", "Harriet Osei BBC News, West Midlands").
            guard k - first >= 2, first == 1 || byAuthor || Names.givenNames.contains(t[first].lower),
                  k == t.count || !t[k].isWord || Self.stampWords.contains(t[k].lower) || DateParser.month(t[k]) != nil
                    || (first == 0 || doc.blocks[b].isByline) && (stops(t[k]) || RoleFinder.isHead(t[k]) || t[k...].prefix(6).contains(where: RoleFinder.isHead)) else { continue }
            let name = FastText.straightened(t[first..<k].map(\.text).joined(separator: " "))
            guard !people.contains(where: { $0.name == name }) else { continue }
            var person = PersonMention(name: name, surname: FastText.straightened(t[k - 1].text))
            person.spans = [(b, first..<k)]
            person.firstLine = doc.blocks[b].line
            person.isByline = true
            // "By Sam Ridley, Local Democracy Reporting Service": the post or service after the comma.
            if k < t.count, t[k].isWord, t.count - k <= 6, t[k...].contains(where: RoleFinder.isHead), t[k...].allSatisfy(\.isWord) {
                person.lineRole = FastText.straightened(t[k...].map(\.text).joined(separator: " "))
            } else if k + 1 < t.count, t[k].text == "," {
                let end = t[(k + 1)...].firstIndex(where: { ["|", "•", "·", "-", "–", "—"].contains($0.text) || DateParser.month($0) != nil || Self.stampWords.contains($0.lower) }) ?? t.count
                if end - k - 1 >= 1, end - k - 1 <= 6, t[(k + 1)..<end].allSatisfy(\.isWord) {
                    person.lineRole = FastText.straightened(t[(k + 1)..<end].map(\.text).joined(separator: " "))
                }
            }
            people.append(person)
        }
        // "Lead inspector: Malcolm Ferriby" on a line of its own, as report summaries give their authors; a report's
        // header may hold several such lines in one block ("Director of children's services: Bernadette Lyle (since 2023)").
        for b in doc.blocks.indices where doc.blocks[b].role != .body || !doc.blocks[b].lineBreaks.isEmpty {
            let all = doc.tokens[b]
            // Only lines with a colon can hold "Role: Name"; most paragraphs have none.
            guard all.contains(where: { $0.text == ":" }) else { continue }
            var lineStarts = [0]
            var k = 0
            for br in doc.blocks[b].lineBreaks {
                while k < all.count, all[k].start < br { k += 1 }
                if k > lineStarts.last!, k < all.count { lineStarts.append(k) }
            }
            for (n, lo) in lineStarts.enumerated() {
                let hi = n + 1 < lineStarts.count ? lineStarts[n + 1] : all.count
                let t = Array(all[lo..<hi])
                // The name runs to the end of the line, a comma or a bracket ("Lead inspector: Jo Hart, Her Majesty's Inspector").
                guard t.count >= 4, t.count <= 14, let colon = t.firstIndex(where: { $0.text == ":" }), colon >= 1 else { continue }
                let nameEnd = t[(colon + 1)...].firstIndex(where: { $0.text == "," || $0.text == "(" }) ?? t.count
                guard nameEnd - colon - 1 >= 2, nameEnd - colon - 1 <= 3, t[..<colon].contains(where: RoleFinder.isHead),
                      t[(colon + 1)..<nameEnd].allSatisfy({ $0.isCapitalized && !stops($0) }) else { continue }
                let name = FastText.straightened(t[(colon + 1)..<nameEnd].map(\.text).joined(separator: " "))
                let lineRole = FastText.straightened(t[..<colon].map(\.text).joined(separator: " "))
                if let p = people.firstIndex(where: { $0.name == name }) {
                    if people[p].lineRole.isEmpty { people[p].lineRole = lineRole }
                    continue
                }
                var person = PersonMention(name: name, surname: FastText.straightened(t[nameEnd - 1].text))
                person.spans = [(b, lo + colon + 1..<lo + nameEnd)]
                person.firstLine = doc.blocks[b].line
                person.lineRole = lineRole
                people.append(person)
            }
        }
        for found in LetterPeople.find(in: doc) {
            if let p = people.firstIndex(where: { $0.name == found.name }) {
                people[p].spans.append((found.block, found.tokens))
            } else {
                var person = PersonMention(name: found.name, surname: String(found.name.split(separator: " ").last ?? ""))
                person.spans = [(found.block, found.tokens)]
                person.firstLine = doc.blocks[found.block].line
                people.append(person)
            }
        }
        for p in people.indices { people[p].spans.sort { ($0.block, $0.tokens.lowerBound) < ($1.block, $1.tokens.lowerBound) } }
        return people
    }

    /// Whether a token ends a name: an organisation or place word, a month, or an honorific.
    static func stops(_ t: Token) -> Bool {
        !t.isCapitalized || Names.notPersonWords.contains(t.stem) || Names.honorifics.contains(t.lower)
            || Gazetteer.byFirstWord[t.stem]?.contains(where: { $0.words.count == 1 }) == true
    }

    /// Whether a capitalised pair without a known given name reads as a person: a job title
    /// before it, an appositive role after it, or a reporting verb.
    /// Nouns that name an organisation the capitalised words after them spell ("the charity Kinship Voice").
    static let organisationNouns: Set<String> = ["charity", "charities", "organisation", "organization", "group", "campaign", "company", "firm",
                                                 "network", "alliance", "union", "body", "agency", "provider", "consultancy", "coalition", "forum", "project", "scheme", "programme"]

    static func framedAsPerson(_ t: [Token], _ start: Int, _ end: Int) -> Bool {
        if start > 0, organisationNouns.contains(t[start - 1].lower) { return false }
        // "Gwen Harcourt, who has fostered for Kingston…": people take "who".
        if end + 1 < t.count, t[end].text == ",", t[end + 1].lower == "who" { return true }
        // "Kayleigh Dunn, 20, who left care…": a name with an age.
        if end + 2 < t.count, t[end].text == ",", t[end + 1].kind == .number, t[end + 2].text == ",", Int(t[end + 1].text).map({ $0 < 120 }) ?? false { return true }
        if start > 0, Names.roleHeads.contains(t[start - 1].lower) || (reporting.contains(t[start - 1].lower) && t[start - 1].lower != "told") { return true }
        if end < t.count, reporting.contains(t[end].lower) { return true }
        if end + 1 < t.count, t[end].text == ",", RoleFinder.appositive(t, after: end) != nil { return true }
        if start > 1, t[start - 1].text == ",", RoleFinder.title(t, before: start - 1) != nil || RoleFinder.titleList(t, before: start - 1) != nil { return true }
        // "…, Cathal Brennan, said": a name set off by commas before a reporting verb.
        if start > 1, t[start - 1].text == ",", end + 1 < t.count, t[end].text == ",", reporting.contains(t[end + 1].lower) { return true }
        if RoleFinder.asRole(t, after: end) != nil { return true }
        return false
    }
}
