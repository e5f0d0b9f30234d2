import DossierModel

/// A model built in memory without documents, for timing statements at a scale
/// extraction may not yet reach: n findings, n/2 quotes, n/20 people, n/8 documents.
enum SyntheticModel {
    static let councils = ["Dudley", "Sandwell", "Walsall", "Birmingham", "Coventry", "Derby", "Leeds", "Bradford",
                           "Kirklees", "Sheffield", "Rotherham", "Doncaster", "Hull", "York", "Newcastle", "Gateshead",
                           "Sunderland", "Durham", "Middlesbrough", "Norfolk", "Suffolk", "Essex", "Kent", "Medway",
                           "Surrey", "Croydon", "Hackney", "Lambeth", "Southwark", "Lewisham", "Bristol", "Devon",
                           "Plymouth", "Cornwall", "Dorset", "Hampshire", "Portsmouth", "Liverpool", "Wirral", "Wigan"]
    static let topics = ["caseloads", "workforce", "leadership", "management oversight", "assessment", "early help",
                         "child protection", "domestic abuse", "neglect", "children in care", "care leavers",
                         "performance information"]
    static let clauses = ["caseloads have reduced significantly and social workers have more time to see children",
                          "staff morale is good and staff retention has improved",
                          "senior leaders continue to drive an ambitious programme of improvement work",
                          "management oversight of social work practice has improved",
                          "assessments continue to be overly descriptive and lack analysis",
                          "the early help offer is not yet reaching all the families who need it",
                          "child protection plans lack clear and measurable actions",
                          "there is still a high number of temporary social work staff",
                          "too many children in care experience placement moves",
                          "pathway plans for care leavers are not always up to date",
                          "access to reliable performance information is still underdeveloped",
                          "some social workers carry caseloads that are too high",
                          "strategy meetings are timely and well attended by partners"]
    static let roles = ["councillor, cabinet member for children's services", "cabinet member for children and young people",
                        "director of children's services", "chief executive", "Her Majesty's Inspector",
                        "strategic director for people", "councillor and lead member for children", "interim director"]

    static func build(findings n: Int) -> Model {
        var r = SystemRandomNumberGenerator.Seeded(0x5EED)
        var model = Model()
        let docCount = max(1, n / 8), peopleCount = max(1, n / 20)
        model.documents = (0..<docCount).map { DocumentRecord(id: "doc\($0)", path: "doc\($0).txt", title: "Document \($0)", words: 400) }
        model.councils = councils.map { CouncilRecord(id: $0.lowercased(), name: $0, fullName: "\($0) Council") }
        model.people = (0..<peopleCount).map { i in
            PersonRecord(id: "p\(i)", name: "Person \(i) Surname\(i % 97)", role: roles[r.below(roles.count)],
                         organisation: councils[i % councils.count])
        }
        model.inspections = (0..<max(1, n / 10)).map { i in
            InspectionRecord(id: "i\(i)", council: councils[i % councils.count], kind: "monitoring visit", date: "2019-0\(1 + i % 9)")
        }
        model.findings.reserveCapacity(n)
        for i in 0..<n {
            let council = councils[r.below(councils.count)]
            let doc = i / 8
            model.findings.append(FindingRecord(
                id: "f\(i)", council: council, kind: r.below(100) < 55 ? "praise" : "concern",
                topic: topics[r.below(topics.count)],
                text: "Inspectors said \(clauses[r.below(clauses.count)]) in \(council).",
                source: Provenance(document: "doc\(doc)", line: 1 + r.below(80)),
                inspection: "i\(doc * 8 / 10)"))
        }
        model.quotes = (0..<max(1, n / 2)).map { i in
            QuoteRecord(id: "q\(i)", speaker: model.people[r.below(peopleCount)].name,
                        text: "We are not complacent and we agree with the inspectors that there is still a lot to do (\(i)).",
                        source: Provenance(document: "doc\(i / 4)", line: 1 + r.below(80)))
        }
        return model
    }
}

extension SystemRandomNumberGenerator {
    /// A tiny deterministic generator (SplitMix64) so synthetic models are the same every run.
    struct Seeded {
        var state: UInt64
        init(_ seed: UInt64) { state = seed }
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }
}
