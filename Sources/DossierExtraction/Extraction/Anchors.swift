/// A reporting verb with the speaker it belongs to: "Ofsted said", "said Mr Smith", "according to
/// the letter", "praised by inspectors", "She goes on to say".
struct Anchor {
    var verb: Int
    /// Where the clause it opens starts (the subject, or "after"/"and" before it).
    var clauseStart: Int
    var speaker: Speaker
    /// Set off by commas ("…, inspectors said, …") or following its clause, so it speaks for
    /// the clause around it rather than the one after it.
    var parenthetical: Bool
}

/// Finds reporting verbs and resolves their speakers, carrying pronoun referents across sentences.
struct AnchorFinder {
    static let verbs: Set<String> = [
        "said", "says", "say", "added", "adds", "told", "stated", "states", "noted", "notes", "found", "finds",
        "highlighted", "highlights", "concluded", "concludes", "acknowledged", "acknowledges", "praised", "praises",
        "criticised", "criticises", "warned", "warns", "explained", "explains", "commented", "described", "recognised",
        "recognises", "identified", "identifies", "observed", "called", "pointed", "raised", "believes", "claimed",
        "insisted", "welcomed", "confirmed", "revealed", "wrote", "writes", "remarked", "according", "reported",
        "recorded", "commended", "questioned", "urged", "adding", "saying", "ruled", "judged", "went", "continued",
        "admitted", "admits", "conceded", "stressed", "vowed", "promised", "declared", "argued", "describe", "describes",
        "finding", "noting",
    ]
    static let skippable: Set<String> = [
        "has", "have", "had", "also", "now", "previously", "further", "then", "which", "who", "goes", "go", "went", "on",
        "to", "recently", "clearly", "however", "repeatedly", "today", "yesterday", "been", "was", "were", "is", "are",
        "later", "again", "last", "week", "rightly", "publicly", "specifically", "in", "particular", "would", "will",
    ]

    /// The last person and organisation mentioned, for "she", "he", "it" and "they".
    var lastPerson: Speaker? = nil
    var lastOrg: Speaker? = nil

    mutating func resolve(_ m: Mention) -> Speaker {
        guard let p = m.pronoun else { return m.speaker }
        switch p {
        case "he", "she": return lastPerson ?? .unknown
        default: return lastReportingOrg ?? lastOrg ?? .unknown
        }
    }

    /// The organisation that last said something: "it" in "It concluded" is the letter that spoke,
    /// not the council it spoke about.
    var lastReportingOrg: Speaker? = nil

    mutating func note(_ speaker: Speaker, pronoun: Bool, personLike: Bool = false) {
        switch speaker {
        case .person: lastPerson = speaker
        case .inspectorate:
            if personLike && !pronoun { lastPerson = speaker }
            lastOrg = speaker
        case .council: lastOrg = speaker
        case .unknown: break
        }
    }

    /// Anchors of the sentence at `range` in block `b`, given its mentions in order.
    mutating func anchors(_ t: [Token], _ range: Range<Int>, mentions: [Mention]) -> [Anchor] {
        var resolved: [(Mention, Speaker)] = []
        for m in mentions {
            let s = resolve(m)
            resolved.append((m, s))
            // "the inspector" stands for a person only as a subject ("The inspector found…"), not as an object
            // ("…accepted every point the inspector had raised"), or it takes "she" from the person just named.
            note(s, pronoun: m.pronoun != nil, personLike: m.personLike && m.tokens.lowerBound <= range.lowerBound + 1)
        }
        var out: [Anchor] = []
        // "…has been given an ‘area for priority action’ by the inspectorate": the agent of a passive.
        for m in resolved where m.0.tokens.lowerBound > range.lowerBound && t[m.0.tokens.lowerBound - 1].lower == "by" && !m.0.possessive {
            if case .inspectorate = m.1 {
                let by = m.0.tokens.lowerBound - 1
                if !(by > range.lowerBound && Self.verbs.contains(t[by - 1].lower)) {
                    out.append(Anchor(verb: by, clauseStart: by, speaker: m.1, parenthetical: true))
                }
            }
        }
        for v in range where Self.verbs.contains(t[v].lower) {
            let w = t[v].lower
            // "called for", or "called the result “a credit to…”".
            if w == "called", v + 1 < range.upperBound, t[v + 1].lower != "for",
               !t[(v + 1)..<min(range.upperBound, v + 6)].contains(where: { ["“", "\"", "‘"].contains($0.text) }) { continue }
            if w == "pointed", v + 1 < range.upperBound, t[v + 1].lower != "out" { continue }
            // "She went on:", "He continued:" introduce a quotation; "went on to say" reports through "say".
            if w == "went", !(v + 2 < range.upperBound && t[v + 1].lower == "on" && [":", ","].contains(t[v + 2].text)) { continue }
            if w == "continued", !(v + 1 < range.upperBound && [":", ","].contains(t[v + 1].text)) { continue }
            // "inspectors judged that…", "which inspectors judged had improved"; not "judged inadequate".
            if w == "judged", !(v + 1 < range.upperBound && ["that", "had", "has", "have", "was", "were", "is", "are"].contains(t[v + 1].lower)) { continue }
            // A second verb sharing the subject: "have found X, but say Y", "said X and added Y".
            var c = v - 1
            while c > range.lowerBound, ["also", "then", "later", "further"].contains(t[c].lower) { c -= 1 }
            if c > range.lowerBound, ["and", "but"].contains(t[c].lower), let previous = out.last {
                out.append(Anchor(verb: v, clauseStart: c, speaker: previous.speaker, parenthetical: false)); continue
            }
            // "Inspectors were less positive about X, and said that…", "Inspectors agreed, finding that…": the
            // sentence's subject, across the commas between.
            if (c > range.lowerBound && ["and", "but"].contains(t[c].lower)) || ["finding", "noting", "saying", "adding", "warning", "concluding"].contains(w),
               subject(t, range, verb: v, resolved) == nil,
               let opening = resolved.first(where: { $0.0.tokens.lowerBound <= range.lowerBound + 1 && !$0.0.possessive && $0.0.pronoun == nil }) {
                out.append(Anchor(verb: v, clauseStart: ["and", "but"].contains(t[c].lower) ? c : v, speaker: opening.1, parenthetical: false)); continue
            }
            // "say" reports only after "to" ("went on to say") or right after its subject ("Inspectors say").
            if w == "say", !(v >= 2 && t[v - 1].lower == "to"),
               !(v > range.lowerBound && resolved.contains { $0.0.tokens.upperBound == v && !$0.0.possessive }) { continue }
            if w == "according" {
                guard v + 1 < range.upperBound, t[v + 1].lower == "to",
                      let m = resolved.first(where: { $0.0.tokens.lowerBound > v && $0.0.tokens.lowerBound <= v + 7 }) else { continue }
                out.append(Anchor(verb: v, clauseStart: v, speaker: m.1, parenthetical: true)); continue
            }
            // Passive: "praised by Ofsted"; "was told" by someone unnamed, read as the inspectorate in context.
            if v + 1 < range.upperBound, t[v + 1].lower == "by", let m = resolved.first(where: { $0.0.tokens.lowerBound >= v + 2 && $0.0.tokens.lowerBound <= v + 3 }) {
                out.append(Anchor(verb: v, clauseStart: v, speaker: m.1, parenthetical: true)); continue
            }
            if w == "told", v > 0, ["was", "were", "been", "being"].contains(t[v - 1].lower) {
                let insp = resolved.last(where: { if case .inspectorate = $0.1 { return $0.0.tokens.lowerBound < v }; return false })?.1
                    ?? { if case .inspectorate = lastOrg { return lastOrg }; return nil }()
                if let insp { out.append(Anchor(verb: v, clauseStart: v, speaker: insp, parenthetical: true)) }
                continue
            }
            // Inverted: "…,” said Councillor Smith" or "said the council's director, Jane Smith".
            let prevTok = v > range.lowerBound ? t[v - 1] : nil
            // "Jo Hart, cabinet member for children, said the council…": after an appositive's comma the
            // subject stands before the verb; only a quotation's close or the sentence start inverts it.
            let subjectBefore: Bool = {
                guard prevTok?.text == ",", let m = subject(t, range, verb: v, resolved) else { return false }
                if case .person = m.1 { return true }
                return false
            }()
            // The name may follow a title: "…,” said Leeds's director of children's services, Dr Ravi Chandran.
            if ["said", "says", "added", "adds", "wrote", "writes", "explained", "commented", "warned", "insisted", "admitted", "conceded", "stressed", "vowed", "declared", "argued"].contains(w),
               prevTok == nil || [",", "”", "\"", "’", "'"].contains(prevTok!.text), !subjectBefore,
               let m = resolved.first(where: { m in
                   m.0.tokens.lowerBound > v && !m.0.possessive && m.0.pronoun == nil
                       && (m.0.tokens.lowerBound <= v + 2 || (v + 1..<m.0.tokens.lowerBound).allSatisfy { t[$0].isWord || t[$0].text == "," } && m.0.tokens.lowerBound <= v + 14)
               }) {
                out.append(Anchor(verb: v, clauseStart: v, speaker: m.1, parenthetical: true)); continue
            }
            // A long subject: "Ofsted inspectors who returned to Medway for the first monitoring visit … have found".
            let opening = resolved.first { $0.0.tokens.lowerBound <= range.lowerBound + 2 && !$0.0.possessive && $0.0.tokens.upperBound < v }
            let fallback = opening.flatMap { o in (o.0.tokens.upperBound..<v).contains { t[$0].text == "," || t[$0].text == ":" || (Self.verbs.contains(t[$0].lower)) } ? nil : o }
            // "…a focused visit from Ofsted in March, which found young people were…": the visit found it.
            let named = subject(t, range, verb: v, resolved)
            if named == nil, v > range.lowerBound, ["which", "that"].contains(t[v - 1].lower),
               let noun = (range.lowerBound..<v - 1).last(where: { ["visit", "inspection", "report", "letter", "re-inspection"].contains(t[$0].lower) }), v - noun <= 12 {
                let document = ["report", "letter"].contains(t[noun].lower)
                out.append(Anchor(verb: v, clauseStart: v - 1, speaker: .inspectorate(document: document), parenthetical: false)); continue
            }
            guard let subject = named ?? fallback else { continue }
            var start = subject.0.tokens.lowerBound
            // Titles before a named subject belong to its clause ("Ofsted inspector Jo Pryce").
            if case .person = subject.1, let titleStart = RoleFinder.titleStart(t, before: start), titleStart >= range.lowerBound { start = titleStart }
            if start > range.lowerBound, ["after", "and", "but", "as", "when", "because", "since", "while", "although", "though", "that"].contains(t[start - 1].lower) { start -= 1 }
            // "Ofsted inspectors have said": a mention just before the subject belongs to it.
            while start > range.lowerBound, let m = resolved.last(where: { $0.0.tokens.upperBound == start && !$0.0.possessive }) { start = m.0.tokens.lowerBound }
            let before = start > range.lowerBound ? t[start - 1].text : ""
            let after = v + 1 < range.upperBound ? t[v + 1].lower : "."
            // "…, an Ofsted focused visit has found." ends the sentence it reports.
            let tail = t[(v + 1)..<range.upperBound].filter(\.isWord)
            let trailing = start > range.lowerBound + 3 && tail.count <= 4 && !tail.contains { $0.lower == "that" } && !(v + 1 < range.upperBound && t[v + 1].text == ":")
            let parenthetical = trailing || (before == "," || before == "—" || before == "–") && [",", ".", "—", "–", "!", "?", "after", "in", "on", "following", "yesterday", "today", "last", "when", "during", "as"].contains(after)
            out.append(Anchor(verb: v, clauseStart: start, speaker: subject.1, parenthetical: parenthetical))
        }
        out.sort { $0.verb < $1.verb }
        for a in out {
            switch a.speaker {
            case .inspectorate, .council: lastReportingOrg = a.speaker
            default: break
            }
        }
        return out
    }

    /// The subject of the verb at `v`: the nearest mention before it, across auxiliaries and an appositive.
    private func subject(_ t: [Token], _ range: Range<Int>, verb v: Int, _ resolved: [(Mention, Speaker)]) -> (Mention, Speaker)? {
        var k = v - 1
        while k >= range.lowerBound, Self.skippable.contains(t[k].lower) { k -= 1 }
        guard k >= range.lowerBound else { return nil }
        if let m = resolved.last(where: { $0.0.tokens.upperBound - 1 == k && !$0.0.possessive }) {
            // "lead inspector Steven Cartwright HMI said": the letters after a name are the person's.
            if case .inspectorate = m.1, m.0.tokens.count == 1, ["hmi", "hmci"].contains(t[m.0.tokens.lowerBound].lower),
               let person = resolved.last(where: { p in if case .person = p.1 { return p.0.tokens.upperBound == m.0.tokens.lowerBound }; return false }) {
                return person
            }
            return m
        }
        // An appositive between subject and verb: "Maya Hart, strategic director for people, added".
        // "Jo Hart, director of children's services at Leicester City Council, said": the council ends the
        // appositive, the person before it is the subject.
        var j = k
        var steps = 0
        var organisation: (Mention, Speaker)? = nil
        while j >= range.lowerBound, steps < 20 {
            if t[j].text == "," || t[j].text == "(" {
                if let m = resolved.last(where: { $0.0.tokens.upperBound == j && !$0.0.possessive }) {
                    if case .person = m.1 { return m }
                    if organisation == nil { organisation = m }
                    if j < k { return organisation }
                }
            }
            if [":", ";", "”", "“", "\""].contains(t[j].text) || Self.verbs.contains(t[j].lower) && j != v { break }
            j -= 1; steps += 1
        }
        return organisation
    }
}
