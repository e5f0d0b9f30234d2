extension Page {
    /// A news report of a visit: headline, lede, findings in the inspectorate's
    /// words, quotes from the council's side, and the outlet's furniture.
    static func news(_ s: Story, _ r: inout SplitMix) -> Page {
        let m = r.chance(0.7) ? Marks.curly : Marks.straight
        let say = Phrasing(story: s, m: m)
        let c = s.council.name
        var page = Page(outlet: s.outlet, headline: headline(s, &r), isoDate: s.date.publishedISO)
        page.header = Furniture.header(&r, outlet: s.outlet, date: s.date)
        var p: [String] = []
        if r.chance(0.3) { p.append("Published \(r.chance(0.5) ? s.date.publishedLong : s.date.publishedNumeric)") }

        if !s.rating.isEmpty {
            p.append("Children's services in \(c) have been rated \(m.q(s.rating)) by Ofsted following \(s.visitPhrase) \(s.date.phrase(&r)).")
        } else if s.improving {
            p.append(r.chance(0.5)
                ? "\(s.council.fullName) has been praised by Ofsted for its continued efforts to improve services for children and young people."
                : "\(c.uppercased()) Council is making \(m.q(r.pick(["positive progress", "significant progress", "steady progress"]))) to improve services for children but there is still room for improvement, according to a latest update from Ofsted.")
        } else {
            p.append("Council bosses in \(c) have backed the management of children's services after government inspectors said \(s.concerns[0].clause).")
        }
        p.append("The comments follow \(s.visitPhrase) by government inspectors \(s.date.phrase(&r)), \(years(s.date.year - s.previousYear)) after the authority's children's services department was rated \(m.q(s.previousRating)) in \(s.previousYear).")

        p.append(Background.visit(s, &r))
        var praise = s.praise.map(\.clause), concerns = s.concerns.map(\.clause)
        if praise.count >= 3, r.chance(0.6) {
            p += say.inspectorQuote(Array(praise.prefix(3)), &r)
            praise.removeFirst(3)
        }
        for clause in praise { p.append(say.finding(clause, praise: true, &r)) }
        if let good = praise.last ?? s.praise.first?.clause, let bad = concerns.first, r.chance(0.5) {
            p.append(say.mixed(good, bad, &r))
            concerns.removeFirst()
        }
        let lines = Voices.lines(&r, council: c, welcoming: s.improving ? 2 : 0, accepting: 1 + r.below(2))
        p += say.quote(lines, by: s.councillor, &r, organisation: c)
        for clause in concerns { p.append(say.finding(clause, praise: false, &r)) }
        if r.chance(0.7) {
            p += say.quote(Voices.lines(&r, council: c, welcoming: 0, accepting: 1 + r.below(3)), by: s.director, &r, organisation: c)
        }
        p.append(Background.method(s, &r))
        if r.chance(0.4) { p += Background.ofstedSpokesperson(s, m, &r) }
        if r.chance(0.3) {
            p.append("\(s.chief.name), the council's \(s.chief.role), said the authority would \(r.pick(["publish an updated improvement plan", "respond in full within 70 working days", "continue to invest in its workforce"])).")
        }
        p.append(r.pick([
            "The council will continue to receive visits from Ofsted inspectors at regular intervals over the coming months as it continues to implement improvements.",
            "Ofsted will return to \(c) for a further visit later in the year.",
            "The full letter is published on the Ofsted website.",
            "To read the letter in full click here.",
        ]))
        // Copied web text often carries typographic apostrophes, as the seeds do.
        page.paragraphs = m.open == Marks.curly.open && r.chance(0.7)
            ? p.map { $0.replacingOccurrences(of: "'", with: "\u{2019}") } : p
        page.footer = Furniture.footer(&r, outlet: s.outlet, year: s.date.published.year)
        return page
    }

    private static func years(_ n: Int) -> String { n == 1 ? "a year" : "\(n) years" }

    private static func headline(_ s: Story, _ r: inout SplitMix) -> String {
        let c = s.council.name
        if !s.rating.isEmpty {
            return r.pick(["\(c) children's services rated \(s.rating) by Ofsted",
                           "Ofsted rates \(c) children's services \(s.rating)",
                           "\(c): inspectors give children's social care a \(s.rating) rating"])
        }
        return s.improving
            ? r.pick(["Council Praised For Improvements To Children's Services",
                      "\(c) children's services making progress, say inspectors",
                      "Ofsted sees improvement in \(c) social care"])
            : r.pick(["Council backs children's services bosses following Ofsted report",
                      "Inspectors raise fresh concerns over \(c) children's services",
                      "\(c) told to do more for vulnerable children"])
    }
}
