extension Page {
    /// A council's own press release about a visit: its claims, its spokespeople,
    /// and the inspectors' words it chooses to repeat.
    static func pressRelease(_ s: Story, _ r: inout SplitMix) -> Page {
        let m = r.chance(0.5) ? Marks.curly : Marks.straight
        let say = Phrasing(story: s, m: m)
        let c = s.council.name
        var page = Page(outlet: s.council.fullName,
                        headline: s.improving ? "Ofsted recognises progress in \(c) children's services"
                                              : "Council responds to Ofsted \(s.kindName) letter",
                        isoDate: s.date.publishedISO)
        page.header = ["Press release", s.date.publishedLong]
        var p: [String] = []
        p.append("\(s.council.fullName) has \(s.improving ? "welcomed" : "responded to") a letter from Ofsted following \(s.visitPhrase) to its children's services \(s.date.phrase(&r)).")
        if !s.rating.isEmpty {
            p.append("Inspectors judged the overall effectiveness of services for children in \(c) to be \(m.q(s.rating)), having rated them \(s.previousRating) in \(s.previousYear).")
        }
        p.append(Background.visit(s, &r))
        p.append(Background.method(s, &r))
        for clause in s.praise { p.append(say.finding(clause.clause, praise: true, &r)) }
        p += say.quote(Voices.lines(&r, council: c, welcoming: 2, accepting: 1), by: s.councillor, &r, organisation: c)
        if let bad = s.concerns.first {
            p.append("The letter also identified areas for further work, including that \(bad.clause).")
        }
        p += say.quote(Voices.lines(&r, council: c, welcoming: 1, accepting: 1 + r.below(2)), by: r.chance(0.5) ? s.director : s.chief, &r, organisation: c)
        p.append("The council's improvement plan, agreed with the Department for Education, sets out how \(c) will \(r.pick(["recruit and keep permanent social workers", "reduce caseloads across all teams", "strengthen management oversight", "improve the quality of assessments"])) over the next \(6 + r.below(18)) months.")
        if s.concerns.count > 1 {
            p.append("Inspectors said \(s.concerns[1].clause), and the council said work to address this was already under way.")
        }
        p.append("Ends")
        p.append("Notes to editors: \(s.council.fullName) is responsible for children's social care for the \(c) area. For media enquiries contact the press office.")
        page.paragraphs = p
        page.footer = ["", "Share this page", "Contact us", "Accessibility statement"]
        return page
    }
}
