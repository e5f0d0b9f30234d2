/// Reads a person's role from the words around their name: an appositive after it
/// ("Maya Hart, strategic director for people, said") or a title before it
/// ("Ofsted inspector Jo Pryce", "the new chief executive Sam O'Neill").
enum RoleFinder {
    static let stopBefore: Set<String> = [
        "to", "by", "in", "with", "from", "at", "on", "said", "says", "and", "that", "when", "after", "as", "while",
        "the", "a", "an", "its", "their", "his", "her", "our", "told", "added", "according", "including", "whom",
        "who", "but", "or", "than", "has", "have", "had", "was", "were", "is", "are", "been", "praised", "thanked",
        "welcomed", "appointed", "named", "like", "dear", "new-look",
    ]
    static let endAppositive: Set<String> = [",", ".", ":", ";", "(", ")", "|", "·", "•", "“", "”", "\"", "‘", "who", "which", "said", "says", "added", "adds", "told", "explained", "has", "have", "had", "is", "was", "will", "would"]

    /// A role and the place it names ("Sefton's" in "Sefton's cabinet member"), if any.
    struct Role { var text: String; var place: String }

    /// The appositive after a name's comma at `comma`.
    static func appositive(_ t: [Token], after comma: Int) -> Role? {
        guard comma < t.count, t[comma].text == "," else { return nil }
        var k = comma + 1
        var words: [Token] = []
        while k < t.count, words.count < 16, !endAppositive.contains(t[k].lower) {
            words.append(t[k]); k += 1
        }
        // "…, interim director of children's services and the new chief executive Sam O'Neill": stop at the next
        // person; without an "and" before it, the words are that person's title, not an appositive.
        // "chair of Brighter Futures for Children": capitals after "of" or "for" name an organisation.
        // "chief executive of the charity Kinship Voice": capitals after an organisation's noun too.
        let opensOrganisation = { (i: Int) -> Bool in
            var j = i - 1
            while j >= 0, words[j].isCapitalized { j -= 1 }
            return j >= 0 && (["of", "for", "at", "with", "the"].contains(words[j].lower) || PersonFinder.organisationNouns.contains(words[j].lower))
        }
        if let name = words.indices.first(where: { i in looksLikeName(words, i) && !opensOrganisation(i) }) {
            guard let cut = words[..<name].lastIndex(where: { $0.lower == "and" || $0.lower == "&" }) else { return nil }
            words = Array(words[..<cut])
        }
        guard !words.isEmpty else { return nil }
        // "Councillor Paul Renshaw, thanked the borough's foster carers": a verb, not a post.
        if let f = words.first, f.isLowercase, (f.lower.count > 4 && f.lower.hasSuffix("ed")) || AnchorFinder.verbs.contains(f.lower) { return nil }
        // "…, Sarah Kingsley, the inspectors said": a plural noun before a verb is the next clause's subject.
        if k < t.count, t[k].isWord, let last = words.last, last.lower.hasSuffix("s"), Names.roleHeads.contains(String(last.lower.dropLast())) { return nil }
        let list = listContinuation(t, words, at: k)
        return list.isEmpty ? role(from: words) : role(from: words + list) ?? role(from: words)
    }

    /// Words that end a list of portfolios: a verb or a clause word after the comma.
    static let notInList: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "will", "would", "who", "which", "that", "whose", "when", "where", "but"]

    /// "executive member for learning, skills and employment": after a role with "for" or "of", the
    /// comma-separated items up to the one holding "and" belong to it.
    static func listContinuation(_ t: [Token], _ words: [Token], at comma: Int) -> [Token] {
        // …or a post in title case: "Group Director, Children and Education, added".
        guard comma < t.count, t[comma].text == ",", words.contains(where: { $0.lower == "for" || $0.lower == "of" }) || (words.count <= 4 && words.allSatisfy(\.isCapitalized)) else { return [] }
        var out: [Token] = []
        var j = comma
        while j < t.count, t[j].text == ",", out.count < 20 {
            var seg: [Token] = []
            var m = j + 1
            while m < t.count, seg.count < 7, t[m].isWord || t[m].text == "&", !endAppositive.contains(t[m].lower) { seg.append(t[m]); m += 1 }
            guard let first = seg.first, !["and", "or", "&"].contains(first.lower),
                  !seg.contains(where: { notInList.contains($0.lower) || AnchorFinder.verbs.contains($0.lower) || Names.honorifics.contains($0.lower)
                      || ($0.isLowercase && $0.lower.count > 4 && $0.lower.hasSuffix("ed")) }),
                  // A person after the list ("…, and Jo Hart"), not a portfolio in title case ("Lifelong Learning").
                  !seg.indices.contains(where: { looksLikeName(seg, $0) && (Names.givenNames.contains(seg[$0].lower) || !words.allSatisfy { $0.isCapitalized || ["for", "of", "and"].contains($0.lower) }) }),
                  m >= t.count || [",", ".", ")", ";", ":"].contains(t[m].text) || endAppositive.contains(t[m].lower) else { return [] }
            out.append(t[j]); out += seg
            if seg.contains(where: { $0.lower == "and" || $0.lower == "&" }) { return out }
            j = m
        }
        return []
    }

    /// A title of several comma-separated parts before a name's comma: "Ofsted's regional director for the
    /// North East, Yorkshire and the Humber, Jane Smith, said".
    static func titleList(_ t: [Token], before comma: Int) -> Role? {
        guard comma > 0, comma < t.count, t[comma].text == "," else { return nil }
        var k = comma - 1
        var words: [Token] = []
        while k >= 0, words.count < 20 {
            let w = t[k]
            guard w.text == "," || w.isWord else { break }
            if w.isWord, stopBefore.contains(w.lower) && !["the", "and", "its", "their"].contains(w.lower) && !(["at", "on"].contains(w.lower) && !words.isEmpty) { break }
            if w.isWord, Names.givenNames.contains(w.lower) || Names.honorifics.contains(w.lower) { break }
            words.insert(w, at: 0)
            if w.isPossessive || ["its", "their"].contains(w.lower) { break }
            k -= 1
        }
        while let f = words.first, f.text == "," || f.lower == "and" { words.removeFirst() }
        var segments: [[Token]] = [[]]
        for w in words { if w.text == "," { segments.append([]) } else { segments[segments.count - 1].append(w) } }
        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }), let head = segments.first, let last = segments.last,
              head.contains(where: { isHead($0) }), head.contains(where: { $0.lower == "for" || $0.lower == "of" }),
              last.contains(where: { $0.lower == "and" || $0.lower == "&" }),
              !segments.dropFirst().contains(where: { $0.contains(where: { isHead($0) || notInList.contains($0.lower) }) }) else { return nil }
        return role(from: words)
    }

    /// Whether the capitalised word at `i` starts a person's name rather than a title or an organisation.
    static func looksLikeName(_ words: [Token], _ i: Int) -> Bool {
        let w = words[i]
        guard w.isCapitalized, !w.isPossessive, !Names.notPersonWords.contains(w.stem), !Names.roleHeads.contains(w.lower),
              Gazetteer.byFirstWord[w.stem] == nil, !Names.honorifics.contains(w.lower) else { return false }
        // "Senior Communications Officer": a capitalised title, not a name.
        var j = i
        while j < words.count, words[j].isCapitalized { if isHead(words[j]) { return false }; j += 1 }
        if Names.givenNames.contains(w.lower) { return true }
        guard i + 1 < words.count else { return false }
        let n = words[i + 1]
        return n.isCapitalized && !Names.notPersonWords.contains(n.stem) && !Names.roleHeads.contains(n.lower) && !n.isPossessive
    }

    /// "Councillor Edward Brannigan is the county council's cabinet member for children's services."
    static func copular(_ t: [Token], after end: Int) -> Role? {
        guard end + 2 < t.count, ["is", "was", "became", "becomes"].contains(t[end].lower) else { return nil }
        var k = end + 1, words: [Token] = []
        guard ["the", "a", "an", "its", "their"].contains(t[k].lower) || t[k].isPossessive else { return nil }
        while k < t.count, words.count < 14, t[k].kind != .punct || t[k].text == "'", !endAppositive.contains(t[k].lower) || t[k].lower == "has" && false {
            if ["who", "which", "since", "until", "when", "after", "and"].contains(t[k].lower) { break }
            words.append(t[k]); k += 1
        }
        return role(from: words)
    }

    /// The post a relative clause gives: "Pauline Hebden, who chairs the Bedford Foster Carers Association", "who has
    /// been the bi-borough executive director … since 2021", "who … now works as a trainee youth worker", "who joined
    /// Merton as a newly qualified social worker".
    static func relative(_ t: [Token], after comma: Int) -> Role? {
        guard comma + 3 < t.count, t[comma].text == ",", t[comma + 1].lower == "who" else { return nil }
        let posts = ["chairs": "chair", "heads": "head", "leads": "leader", "manages": "manager", "founded": "founder", "co-founded": "co-founder", "directs": "director"]
        // "who sits on the panel": a member of it.
        let member = ["sits", "serves"].contains(t[comma + 2].lower) && comma + 3 < t.count && t[comma + 3].lower == "on"
        if let post = posts[t[comma + 2].lower] ?? (member ? "member" : nil) {
            var k = member ? comma + 4 : comma + 3, words: [String] = []
            while k < t.count, words.count < 10, t[k].isWord, !endAppositive.contains(t[k].lower) { words.append(t[k].text); k += 1 }
            return Role(text: FastText.straightened(([post, "of"] + words).joined(separator: " ")), place: "")
        }
        var k = comma + 2
        let end = min(t.count, comma + 24)
        while k < end, t[k].text != ",", t[k].text != "." {
            // "is the", "has been the", "works as a", "joined Merton as a".
            if ["is", "was", "been", "became", "becomes", "as"].contains(t[k].lower), k + 1 < t.count, ["the", "a", "an", "its", "their"].contains(t[k + 1].lower) {
                var j = k + 1, words: [Token] = []
                while j < t.count, words.count < 12, t[j].isWord, !endAppositive.contains(t[j].lower),
                      !["since", "until", "and", "in", "at", "three", "two", "four", "five", "for"].contains(t[j].lower) {
                    words.append(t[j]); j += 1
                }
                if let r = role(from: words) { return r }
            }
            k += 1
        }
        return nil
    }

    /// The role in "appointed Dr Alan Thorne as the children's services commissioner for Kirklees".
    static func asRole(_ t: [Token], after end: Int) -> Role? {
        guard end + 1 < t.count, t[end].lower == "as" else { return nil }
        var k = end + 1, words: [Token] = []
        while k < t.count, words.count < 12, t[k].kind != .punct, !endAppositive.contains(t[k].lower), t[k].lower != "in" || words.isEmpty {
            words.append(t[k]); k += 1
        }
        guard let f = words.first, ["the", "a", "an", "its", "interim", "acting"].contains(f.lower) || f.isPossessive else { return nil }
        return role(from: words)
    }

    /// The title before a name starting at `start`.
    static func title(_ t: [Token], before start: Int) -> Role? {
        role(from: titleWords(t, before: start))
    }

    /// Where the title before a name begins, if there is one.
    static func titleStart(_ t: [Token], before start: Int) -> Int? {
        let words = titleWords(t, before: start)
        guard let first = words.first, role(from: words) != nil else { return nil }
        return first.start == t[start].start ? start : t.firstIndex { $0.start == first.start }
    }

    private static func titleWords(_ t: [Token], before start: Int) -> [Token] {
        var k = start - 1
        var words: [Token] = []
        while k >= 0, words.count < 9 {
            let w = t[k]
            let majesty = (w.lower == "her" || w.lower == "his") && k + 1 < start && t[k + 1].lower == "majesty's"
            // "director for the West Midlands": an article inside a title, after "for" or "of".
            // "leader of the Conservative group on the city council": "on" and "at" inside a title.
            let inner = (w.lower == "the" && k > 0 && ["for", "of", "on", "at"].contains(t[k - 1].lower) && !words.isEmpty)
                || (["on", "at"].contains(w.lower) && k > 0 && !words.isEmpty && t[k - 1].isWord && !stopBefore.contains(t[k - 1].lower))
                || (w.lower == "and" && k > 0 && !words.isEmpty && t[k - 1].isWord && !stopBefore.contains(t[k - 1].lower))
            guard w.kind == .word, !stopBefore.contains(w.lower) || majesty || inner else { break }
            if w.isCapitalized && !(placeInTitle(t, k) || Names.notPersonWords.contains(w.stem) || w.isPossessive || Gazetteer.byFirstWord[w.stem] != nil || w.text == "Ofsted" || isHead(w) || majesty || (words.first?.isCapitalized ?? false) && !Names.givenNames.contains(w.lower)) { break }
            // "Councillor" before a name ends a title; "lead councillor for education" is one.
            if Names.honorifics.contains(w.lower) && w.isCapitalized { break }
            words.insert(w, at: 0); k -= 1
            // "Opposition spokesman Cllr Gary Ridley": a title opening the sentence keeps its capital.
            if k >= 0, k + 1 < start, words.count == 1 || !words[0].isCapitalized, t[k].isCapitalized, !Names.givenNames.contains(t[k].lower),
               k == 0 || [".", "!", "?", "“", "\"", "‘"].contains(t[k - 1].text), !Names.honorifics.contains(t[k].lower), t[k].kind == .word,
               !stopBefore.contains(t[k].lower), words.contains(where: { isHead($0) }) {
                words.insert(t[k], at: 0); break
            }
        }
        return words
    }

    /// Whether the capitalised word at `k` names the place or region of a title ("regional director for
    /// London", "director for the North East"): capitalised words and "the" back to a "for" or "of".
    static func placeInTitle(_ t: [Token], _ k: Int) -> Bool {
        var j = k - 1
        // "leader of the council's Liberal Democrat group": a possessive may stand between.
        while j >= 0, k - j <= 5, t[j].isCapitalized || t[j].lower == "the" || (t[j].isPossessive && j < k) { j -= 1 }
        guard j >= 1, ["for", "of"].contains(t[j].lower), t[j - 1].isWord, isHead(t[j - 1]) || t[j - 1].isLowercase else { return false }
        return true
    }

    /// A whole line that is a job title, as in a letter's address block.
    static func line(_ words: [Token]) -> Role? { role(from: words.filter { $0.kind != .punct || $0.text == "'" }) }

    static func isHead(_ t: Token) -> Bool {
        Names.roleHeads.contains(t.stem) || (t.stem.hasSuffix("s") && Names.roleHeads.contains(String(t.stem.dropLast())))
    }

    private static func role(from words: [Token]) -> Role? {
        var words = words
        while let f = words.first, ["the", "a", "an", "its", "new", "former", "current"].contains(f.lower) {
            if f.lower == "new" || f.lower == "former" { break }
            words.removeFirst()
        }
        // "the council's executive director": the employer is the document's council, not part of the title.
        if let f = words.first, f.isPossessive, f.isLowercase, words.count > 1 { words.removeFirst() }
        guard !words.isEmpty, words.filter(\.isWord).count <= 16, words.contains(where: { isHead($0) }) else { return nil }
        var place = ""
        // "Isle of Wight Council's cabinet member": the organisation before the possessive is not the role.
        if let p = words.prefix(6).firstIndex(where: { $0.isPossessive && $0.isCapitalized }), p + 1 < words.count,
           words[..<p].allSatisfy({ $0.isCapitalized || $0.lower == "of" || $0.lower == "and" }),
           Gazetteer.match(words, at: 0) != nil || ["council", "trust", "authority", "borough", "county", "partnership", "department", "city"].contains(words[p].stem) {
            var toks = Array(words[...p])
            toks[p].lower = toks[p].stem
            place = Gazetteer.match(toks, at: 0)?.canonical ?? ""
            if place.isEmpty, words[p].stem != "council", words[p].stem != "trust" { place = "" }
            words.removeFirst(p + 1)
        }
        guard !words.isEmpty else { return nil }
        var text = FastText.straightened(words.map(\.text).joined(separator: " "))
        if FastText.contains(text, " ,") { text = text.replacing(" ,", with: ",") }
        return Role(text: text, place: place)
    }
}
