/// Who says something: a named person, the inspectorate (as an organisation, or as its letter or
/// report, whose words belong to the inspector who signed it), a council, or nobody known.
enum Speaker: Equatable {
    case person(Int)
    case inspectorate(document: Bool)
    case council(String)
    case unknown
}

/// A phrase in a sentence that refers to a speaker.
struct Mention {
    var tokens: Range<Int>
    var speaker: Speaker
    /// "Sefton's" before a role, which names a place, not someone speaking.
    var possessive = false
    var pronoun: String? = nil
    /// "the inspector": an organisation's voice that "she" can refer back to.
    var personLike = false
}

/// Finds the phrases of a sentence that name people, the inspectorate or a council, and pronouns.
struct MentionFinder {
    let doc: DocumentText
    let people: [PersonMention]
    let mainCouncil: String
    /// Person spans by block, as (token range, person index).
    let personSpans: [Int: [(Range<Int>, Int)]]

    init(doc: DocumentText, people: [PersonMention], mainCouncil: String) {
        self.doc = doc; self.people = people; self.mainCouncil = mainCouncil
        var spans: [Int: [(Range<Int>, Int)]] = [:]
        for (p, person) in people.enumerated() { for s in person.spans { spans[s.block, default: []].append((s.tokens, p)) } }
        personSpans = spans.mapValues { $0.sorted { $0.0.lowerBound < $1.0.lowerBound } }
    }

    static let phrases: [([String], Speaker)] = [
        (["the", "inspection", "letter"], .inspectorate(document: true)), (["the", "inspection", "report"], .inspectorate(document: true)),
        (["the", "monitoring", "letter"], .inspectorate(document: true)), (["the", "letter"], .inspectorate(document: true)),
        (["a", "letter"], .inspectorate(document: true)), (["the", "report"], .inspectorate(document: true)),
        (["its", "findings"], .inspectorate(document: true)), (["ofsted's", "report"], .inspectorate(document: true)),
        (["ofsted's", "letter"], .inspectorate(document: true)), (["the", "inspectorate's", "report"], .inspectorate(document: true)),
        (["the", "inspectorate's", "letter"], .inspectorate(document: true)), (["the", "watchdog's", "report"], .inspectorate(document: true)),
        (["the", "regulator's", "report"], .inspectorate(document: true)), (["inspectors'", "report"], .inspectorate(document: true)),
        (["the", "inspectors'", "report"], .inspectorate(document: true)), (["ofsted's", "inspectors"], .inspectorate(document: false)), (["their", "report"], .inspectorate(document: true)),
        (["its", "report"], .inspectorate(document: true)), (["their", "letter"], .inspectorate(document: true)),
        (["its", "letter"], .inspectorate(document: true)), (["the", "ofsted", "report"], .inspectorate(document: true)),
        (["the", "ofsted", "letter"], .inspectorate(document: true)), (["the", "findings"], .inspectorate(document: true)),
        (["their", "findings"], .inspectorate(document: true)), (["the", "inspector"], .inspectorate(document: true)),
        (["lead", "inspector"], .inspectorate(document: true)), (["the", "lead", "inspector"], .inspectorate(document: true)),
        (["the", "published", "report"], .inspectorate(document: true)), (["the", "full", "report"], .inspectorate(document: true)),
        (["the", "final", "report"], .inspectorate(document: true)), (["the", "published", "letter"], .inspectorate(document: true)),
        (["the", "new", "report"], .inspectorate(document: true)), (["the", "latest", "report"], .inspectorate(document: true)),
        (["the", "new", "letter"], .inspectorate(document: true)), (["the", "latest", "letter"], .inspectorate(document: true)),
        (["ofsted", "letter"], .inspectorate(document: true)), (["ofsted", "report"], .inspectorate(document: true)),
        (["inspection", "report"], .inspectorate(document: true)), (["inspection", "letter"], .inspectorate(document: true)),
        (["ofsted"], .inspectorate(document: false)), (["ofsted's"], .inspectorate(document: false)),
        (["inspectors"], .inspectorate(document: false)), (["the", "inspectorate"], .inspectorate(document: false)),
        (["hmi"], .inspectorate(document: false)), (["the", "agency"], .inspectorate(document: false)),
        (["the", "regulator"], .inspectorate(document: false)), (["the", "watchdog"], .inspectorate(document: false)),
        (["regulatory", "body"], .inspectorate(document: false)), (["the", "education", "watchdog"], .inspectorate(document: false)),
        (["focused", "visit"], .inspectorate(document: true)), (["monitoring", "visit"], .inspectorate(document: true)),
        (["the", "inspection"], .inspectorate(document: true)), (["the", "visit"], .inspectorate(document: true)),
        (["the", "council"], .council("")), (["council"], .council("")), (["the", "authority"], .council("")),
        (["the", "local", "authority"], .council("")), (["local", "authority"], .council("")), (["council", "bosses"], .council("")),
        (["council", "chiefs"], .council("")), (["council", "leaders"], .council("")), (["the", "department"], .council("")),
        (["a", "council", "spokesman"], .council("")), (["a", "council", "spokeswoman"], .council("")),
        (["a", "council", "spokesperson"], .council("")), (["a", "spokesman"], .council("")), (["a", "spokeswoman"], .council("")),
        (["a", "spokesperson"], .council("")),
    ]
    static let phraseIndex: [String: [([String], Speaker)]] = Dictionary(grouping: phrases, by: { $0.0[0] }).mapValues { $0.sorted { $0.0.count > $1.0.count } }
    static let pronouns: Set<String> = ["he", "she", "it", "they"]

    func mentions(block b: Int, in range: Range<Int>) -> [Mention] {
        let t = doc.tokens[b]
        var out: [Mention] = []
        let spans = personSpans[b] ?? []
        var i = range.lowerBound
        while i < range.upperBound {
            if let hit = spans.first(where: { $0.0.lowerBound == i }) {
                out.append(Mention(tokens: hit.0, speaker: .person(hit.1)))
                i = hit.0.upperBound; continue
            }
            if let place = Gazetteer.match(t, at: i) {
                let end = i + place.length
                let possessive = t[end - 1].isPossessive
                var j = end
                while j < range.upperBound, ["council", "metropolitan", "borough", "county", "city", "district"].contains(t[j].lower) { j += 1 }
                if possessive || j > end {
                    out.append(Mention(tokens: i..<j, speaker: .council(place.canonical), possessive: possessive))
                }
                i = j; continue
            }
            let w = t[i].lower
            if Self.pronouns.contains(w) {
                out.append(Mention(tokens: i..<i + 1, speaker: .unknown, pronoun: w)); i += 1; continue
            }
            if let cands = Self.phraseIndex[w], let hit = cands.first(where: { p in
                i + p.0.count <= range.upperBound && (0..<p.0.count).allSatisfy { t[i + $0].lower == p.0[$0] }
            }) {
                var speaker = hit.1
                if case .council = speaker {
                    // "council leader Cllr Tony Whitlock": the council names the post, not a speaker.
                    let next = i + hit.0.count
                    if next + 1 < range.upperBound, Names.roleHeads.contains(t[next].lower), t[next + 1].isCapitalized { i = next; continue }
                    speaker = .council(mainCouncil)
                }
                var m = Mention(tokens: i..<i + hit.0.count, speaker: speaker)
                m.personLike = hit.0.last == "inspector"
                out.append(m)
                i += hit.0.count; continue
            }
            i += 1
        }
        return out
    }
}
