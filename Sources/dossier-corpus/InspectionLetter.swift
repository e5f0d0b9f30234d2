extension Page {
    /// The inspectorate's own letter: addressed to the director, listing strengths
    /// and areas for improvement, signed by the inspector.
    static func letter(_ s: Story, _ r: inout SplitMix) -> Page {
        let c = s.council.name, d = s.director, i = s.inspector
        let title = "\(cap(s.kindName)) of \(c) children's services"
        var page = Page(outlet: "Ofsted", headline: title, isoDate: s.date.publishedISO)
        page.header = [s.date.publishedLong, "\(d.name)\n\(cap(d.role))\n\(s.council.fullName)", "Dear \(d.surnameForm),"]
        var p: [String] = []
        p.append("This letter summarises the findings of \(s.visitPhrase) of \(c) children's services \(s.date.phrase(&r)). The visit was carried out by \(i.role == "Her Majesty's Inspector" ? "Her Majesty's Inspectors" : "inspectors") \(i.name) and \(r.pick(Cast.women)) \(r.pick(Cast.surnames)).")
        if s.kind == .monitoringVisit {
            p.append("This was the \(VisitDate.ordinals[s.ordinal - 1]) monitoring visit since the local authority was judged \(s.previousRating) in \(s.previousYear).")
        }
        if !s.rating.isEmpty { p.append("Judgement: the overall effectiveness of children's services is \(s.rating).") }
        p.append("Inspectors reviewed electronic case records and supervision files, observed social workers and team managers, and spoke to senior managers, partners and parents.")
        p.append("Overview")
        p.append(s.praise.map { cap($0.clause) + "." }.joined(separator: " "))
        if let good = s.praise.last, let bad = s.concerns.first {
            p.append("While \(good.clause), \(bad.clause).")
        }
        p.append("Areas for improvement")
        for concern in s.concerns.dropFirst() { p.append("- " + cap(concern.clause) + ".") }
        if s.concerns.count <= 1 { p.append("- Leaders should sustain the pace of improvement.") }
        p.append("Findings and progress")
        for f in s.praise { p.append("In relation to \(f.topic), \(f.clause). \(r.pick(Page.strengths))") }
        for f in s.concerns { p.append("In relation to \(f.topic), inspectors found that \(f.clause). \(r.pick(Page.weaknesses))") }
        p.append("I am copying this letter to the Department for Education. This letter will be published on the Ofsted website.")
        p.append("Ofsted will take the findings of this visit into account at the next inspection.")
        p.append("Yours sincerely\n\n\(i.name)\n\(cap(i.role))")
        page.paragraphs = p
        page.footer = []
        return page
    }

    static let strengths = [
        "Social workers spoke with enthusiasm about their work and said that managers are visible and supportive.",
        "This is helping children to make progress and is reflected in the records inspectors sampled.",
        "Partners told inspectors that relationships with the local authority have strengthened considerably.",
        "Audits show that the improvement is being sustained across most teams.",
    ]
    static let weaknesses = [
        "As a result, some children wait too long for the help they need.",
        "Leaders are aware of this and have begun to take action, but it is too early to see the impact.",
        "This means that plans are not always focused on what needs to change for children.",
        "Inspectors saw this in a minority of the cases they sampled, and it was not always recognised by managers.",
    ]
}
