/// An invented person as a document names them.
struct Person {
    let first: String
    let last: String
    let female: Bool
    /// The role as the text gives it ("cabinet member for children's services").
    let role: String
    /// The honorific before the name: "Councillor", "Cllr" or nothing.
    let title: String

    var name: String { "\(first) \(last)" }
    var titled: String { title.isEmpty ? name : "\(title) \(name)" }
    var pronoun: String { female ? "she" : "he" }
    var surnameForm: String { "\(female ? "Ms" : "Mr") \(last)" }
}

/// Invented names and the roles people hold in the story of a visit.
enum Cast {
    static let women = ["Alison", "Ruth", "Catherine", "Jenny", "Sarah", "Helen", "Rachel", "Joanne", "Lorraine",
                        "Priya", "Fiona", "Margaret", "Nadia", "Claire", "Bethan", "Yvonne", "Amira", "Deborah",
                        "Louise", "Grace", "Hannah", "Megan", "Sunita", "Eleanor", "Tracey", "Imogen"]
    static let men = ["Ian", "Tony", "Kevin", "David", "Mark", "Andrew", "Rajesh", "Gareth", "Paul", "Stephen",
                      "Colin", "Martin", "Tariq", "Neil", "Graham", "Owen", "Simon", "Derek", "Hamid", "Philip",
                      "Richard", "Callum", "Desmond", "Trevor", "Leon", "Malcolm"]
    static let surnames = ["Cooper", "Oakman", "Buttery", "Knowles", "Smale", "Turnross", "Ashworth", "Bellamy",
                           "Chadwick", "Dunmore", "Ellery", "Fairclough", "Garside", "Hollins", "Ibbotson",
                           "Jarrold", "Kershaw", "Lomax", "Mardle", "Nuttall", "Okafor", "Pennock", "Quayle",
                           "Rudge", "Sowerby", "Thwaite", "Upton", "Varley", "Whitlock", "Yardley", "Ahmed",
                           "Bhatti", "Chowdhury", "Desai", "Mensah", "Kowalski", "O'Donnell", "Brennan",
                           "Haworth", "Tennant", "Marsh", "Pickering", "Stanier", "Greaves", "Fenwick", "Latham"]

    static let cabinetRoles = ["cabinet member for children's services", "cabinet member for children and young people",
                               "lead member for children and families", "portfolio holder for children's social care",
                               "cabinet member for children, young people and families", "deputy leader of the council",
                               "leader of the council", "chair of the children's services scrutiny committee"]
    static let directorRoles = ["director of children's services", "strategic director for people",
                                "interim director of children's services", "executive director of children and families",
                                "corporate director for children, schools and families", "assistant director for safeguarding"]
    static let chiefRoles = ["chief executive", "interim chief executive", "managing director"]
    static let inspectorRoles = ["Her Majesty's Inspector", "Ofsted inspector", "lead inspector",
                                 "Ofsted's regional director", "Ofsted's national director for social care"]

    static func person(_ r: inout SplitMix, roles: [String], title: String = "") -> Person {
        let female = r.chance(0.5)
        return Person(first: r.pick(female ? women : men), last: r.pick(surnames), female: female,
                      role: r.pick(roles), title: title)
    }

    static func councillor(_ r: inout SplitMix) -> Person {
        person(&r, roles: cabinetRoles, title: r.chance(0.8) ? "Councillor" : "Cllr")
    }
}

/// Where a document was published: news outlets, radio, the council itself, or the inspectorate.
enum Outlets {
    static let patterns = ["%@ Live", "The %@ News", "%@ Evening Post", "%@ Gazette", "%@ Radio", "The %@ Courier",
                           "%@ Chronicle", "%@ Echo", "%@ Today", "The %@ Advertiser"]
    static let national = ["Community Care Weekly", "Children & Young People Now", "Local Government Chronicle",
                           "Public Sector Review", "The Social Work Post"]

    static func outlet(for council: Council, _ r: inout SplitMix) -> String {
        if r.chance(0.2) { return r.pick(national) }
        let place = r.chance(0.6) ? council.name : council.region
        return r.pick(patterns).replacingOccurrences(of: "%@", with: place)
    }
}
