/// Paragraphs that set the scene: who visited, what they looked at, what Ofsted said.
enum Background {
    static func visit(_ s: Story, _ r: inout SplitMix) -> String {
        let i = s.inspector
        switch r.below(3) {
        case 0: return "The visit, led by \(i.role) \(i.name), took place \(s.date.phrase(&r)) and looked at \(r.pick(areas))."
        case 1: return "Inspectors, led by \(i.name), \(i.role), spent \(2 + r.below(4)) days in \(s.council.name) \(s.date.phrase(&r)) examining \(r.pick(areas))."
        default: return "\(s.date.phrase(&r).capitalizedFirst), \(i.role) \(i.name) and a colleague returned to the authority to look at \(r.pick(areas)), the \(r.pick(["main", "only", "chief"])) focus of \(s.visitPhrase)."
        }
    }

    static let areas = ["the help and protection given to children and young people",
                        "the front door and the response to contacts and referrals",
                        "the experiences and progress of children in care",
                        "services for care leavers", "the impact of leaders on social work practice",
                        "children in need and those subject to child protection plans"]

    static func method(_ s: Story, _ r: inout SplitMix) -> String {
        r.pick([
            "During the visit, inspectors reviewed electronic case records and supervision files, observed social workers and team managers making decisions, and spoke to senior managers, partner agencies and parents.",
            "Inspectors considered a range of evidence, including case discussions with social workers, the local authority's performance management information and its own audits of children's records.",
            "Inspectors looked at a sample of \(20 + r.below(80)) children's cases and spoke to social workers, team managers, personal advisers and the principal social worker.",
            "The inspection team also met the chief executive, the lead member and representatives of the police and health partners in \(s.council.name).",
        ])
    }

    static func ofstedSpokesperson(_ s: Story, _ m: Marks, _ r: inout SplitMix) -> [String] {
        let lines = r.sample([
            "We will continue to monitor the local authority's progress closely.",
            "The council now needs to build on the improvements we have seen and make sure they are sustained for every child.",
            "Leaders know what needs to be done, but progress for some children has been too slow.",
            "It is important that the pace of improvement continues so that children receive consistently good help.",
        ], 2)
        return r.chance(0.5)
            ? ["An Ofsted spokesperson said: " + m.q(lines.joined(separator: " "))]
            : [m.q(lines[0]) + " said a spokesperson for Ofsted."]
    }
}

extension String {
    var capitalizedFirst: String { cap(self) }
}
