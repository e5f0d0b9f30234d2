/// One visit to one council and the people around it: what every document about it draws on.
struct Story {
    enum Kind: CaseIterable { case inspection, monitoringVisit, focusedVisit, reinspection }

    let council: Council
    let kind: Kind
    /// The grade of a full inspection or re-inspection; empty for other visits.
    let rating: String
    let previousRating: String
    let previousYear: Int
    let date: VisitDate
    /// Which monitoring visit this is (1 for the first).
    let ordinal: Int
    let councillor: Person
    let director: Person
    let chief: Person
    let inspector: Person
    let outlet: String
    let praise: [(topic: String, clause: String)]
    let concerns: [(topic: String, clause: String)]

    static let ratings = ["outstanding", "good", "requires improvement", "inadequate"]

    init(_ r: inout SplitMix) {
        council = r.pick(Councils.all)
        kind = r.pick(Kind.allCases)
        let year = 2014 + r.below(10)
        date = VisitDate(year: year, month: 1 + r.below(12), day: 1 + r.below(26), weekday: r.below(5))
        previousYear = year - 1 - r.below(3)
        previousRating = r.chance(0.7) ? "inadequate" : "requires improvement"
        switch kind {
        case .inspection: rating = r.pick(Story.ratings)
        case .reinspection: rating = r.pick(["good", "requires improvement", "requires improvement", "inadequate"])
        default: rating = ""
        }
        ordinal = 1 + r.below(8)
        councillor = Cast.councillor(&r)
        director = Cast.person(&r, roles: Cast.directorRoles)
        chief = Cast.person(&r, roles: Cast.chiefRoles)
        inspector = Cast.person(&r, roles: Cast.inspectorRoles)
        outlet = Outlets.outlet(for: council, &r)
        let good = rating == "outstanding" || rating == "good" ? 5 : rating == "inadequate" ? 2 : 3 + r.below(2)
        let topics = r.sample(Findings.topics, 8)
        praise = topics.prefix(good).map { ($0.name, r.pick($0.praise)) }
        concerns = topics.suffix(from: good).prefix(6 - good + r.below(2)).map { ($0.name, r.pick($0.concern)) }
    }

    /// "monitoring visit", "focused visit", "inspection", "re-inspection".
    var kindName: String {
        switch kind {
        case .inspection: return "inspection"
        case .monitoringVisit: return "monitoring visit"
        case .focusedVisit: return "focused visit"
        case .reinspection: return "re-inspection"
        }
    }

    /// "the second monitoring visit", "a focused visit", "the latest inspection".
    var visitPhrase: String {
        switch kind {
        case .monitoringVisit: return "the \(VisitDate.ordinals[ordinal - 1]) monitoring visit"
        case .focusedVisit: return "a focused visit"
        case .inspection: return "the latest inspection"
        case .reinspection: return "a full re-inspection"
        }
    }

    var improving: Bool { praise.count >= concerns.count }
}

/// A visit's date and the many ways a text may give it.
struct VisitDate {
    let year: Int, month: Int, day: Int, weekday: Int

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]

    var monthName: String { VisitDate.months[month - 1] }

    /// One of the forms reporters and letters use, chosen at random.
    func phrase(_ r: inout SplitMix) -> String {
        switch r.below(8) {
        case 0: return "on \(day) \(monthName) \(year)"
        case 1: return "on \(monthName) \(day) and \(day + 1)"
        case 2: return "on \(day) and \(day + 1) \(monthName) \(year)"
        case 3: return "in \(monthName)"
        case 4: return "in \(monthName) \(year)"
        case 5: return "on \(VisitDate.weekdays[weekday]) \(day) \(monthName)"
        case 6: return "between \(day) and \(day + 2) \(monthName) \(year)"
        default: return "earlier this year"
        }
    }

    /// The day a document about the visit came out, a few weeks later.
    var published: (year: Int, month: Int, day: Int) {
        month == 12 ? (year + 1, 1, min(day + 2, 28)) : (year, month + 1, min(day + 2, 28))
    }

    var publishedNumeric: String {
        let p = published
        return "\(p.day < 10  ? "0" : "")\(p.day)/\(p.month < 10 ? "0" : "")\(p.month)/\(p.year)"
    }

    var publishedLong: String {
        let p = published
        return "\(p.day) \(VisitDate.months[p.month - 1]) \(p.year)"
    }

    var publishedISO: String {
        let p = published
        return "\(p.year)-\(p.month < 10 ? "0" : "")\(p.month)-\(p.day < 10 ? "0" : "")\(p.day)"
    }
}
