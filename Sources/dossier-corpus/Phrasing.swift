/// Ways of putting a finding or a spokesperson's words into a sentence: reported
/// and direct speech, with the attribution before or after the quotation.
struct Phrasing {
    let story: Story
    let m: Marks

    /// A finding told in reported or direct speech, in the inspectorate's words.
    func finding(_ clause: String, praise: Bool, _ r: inout SplitMix) -> String {
        let who = r.pick(["inspectors", "the letter", "Ofsted", "the inspector", "the report",
                          "\(story.inspector.name)"])
        let said = who == "the letter" || who == "the report" ? r.pick(["says", "said", "states"]) : r.pick(["said", "found", "noted"])
        switch r.below(praise ? 6 : 7) {
        case 0: return "\(cap(who)) \(said) \(clause)."
        case 1: return "\(cap(who)) \(said) that \(m.q(clause))."
        case 2: return "\(cap(who)) \(said): \(m.q(cap(clause) + "."))"
        case 3: return m.q(cap(clause) + ",") + " \(who) \(said)."
        case 4: return "According to \(who == "the letter" || who == "the report" ? who : "the letter"), \(clause)."
        case 5: return praise ? "Praise was given as \(who) \(said) \(clause)." : "However, \(who) \(said) \(clause)."
        default: return "But \(who) raised concerns that \(m.q(clause))."
        }
    }

    /// One sentence holding a strength and a weakness.
    func mixed(_ good: String, _ bad: String, _ r: inout SplitMix) -> String {
        switch r.below(4) {
        case 0: return "It said while \(good), \(bad)."
        case 1: return "Inspectors said \(good), but \(bad)."
        case 2: return "While \(good), the letter said \(m.q(bad))."
        default: return "The report found that \(good); however, \(bad)."
        }
    }

    /// A spokesperson's words: introduced before ("X said:") over one or several
    /// paragraphs, or attributed after ("..." said X), or split around the attribution.
    func quote(_ lines: [String], by p: Person, _ r: inout SplitMix, organisation: String) -> [String] {
        let intro = r.chance(0.5) ? "\(p.titled), \(p.role)" : "\(p.titled), \(organisation)'s \(p.role)"
        switch lines.count <= 1 ? 3 : r.below(4) {
        case 0:
            var paras = ["\(intro), \(r.pick(["said", "added", "commented"])):"]
            for (i, line) in lines.enumerated() {
                paras.append(m.open + line + (i == lines.count - 1 ? m.close : ""))
            }
            return paras
        case 1:
            return ["\(intro), said: " + m.q(lines.joined(separator: " "))]
        case 2:
            let first = String(lines[0].dropLast()) + ","
            return [m.q(first) + " said \(p.titled), the council's \(p.role). " + m.q(lines.dropFirst().joined(separator: " "))]
        default:
            let text = lines.joined(separator: " ")
            return [m.q(text.hasSuffix(".") ? String(text.dropLast()) + "," : text) + " said \(p.name), the \(p.role)."]
        }
    }

    /// A letter's words over several paragraphs, attributed to the inspector after a first quotation.
    func inspectorQuote(_ clauses: [String], _ r: inout SplitMix) -> [String] {
        let i = story.inspector, d = story.director
        var paras = ["In a letter to \(story.council.name)'s \(d.role) \(d.name), \(i.role) \(i.name) says "
                     + m.q(clauses[0]) + "."]
        guard clauses.count > 1 else { return paras }
        paras.append("\(cap(i.pronoun)) goes on to say: " + m.open + cap(clauses[1]) + "."
                     + (clauses.count > 2 ? "" : m.close))
        if clauses.count > 2 { paras.append(m.open + cap(clauses[2]) + "." + m.close) }
        return paras
    }
}

/// The text with its first letter in upper case.
func cap(_ s: String) -> String {
    guard let f = s.first else { return s }
    return f.uppercased() + s.dropFirst()
}
