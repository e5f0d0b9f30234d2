import DossierModel

/// A small hand-made model with every collection, relations that resolve and
/// some that dangle, empty values, non-ASCII names and control characters, so
/// the evaluator's paths are all reachable without loading documents.
enum FuzzCatalog {
    static let catalog: Catalog = model.catalog()

    static let model: Model = {
        var m = Model()
        m.documents = [
            DocumentRecord(id: "echo_2017", path: "/corpus/echo_2017.txt", title: "Children's services still inadequate",
                           publisher: "Express & Star", date: "2017-02-21", words: 812),
            DocumentRecord(id: "letter", path: "/corpus/letter.html", title: "Monitoring visit to Dudley",
                           publisher: "Ofsted", date: "2017-03", words: 1_904),
            DocumentRecord(id: "empty", path: "/corpus/empty.txt"),
        ]
        m.councils = [
            CouncilRecord(id: "dudley", name: "Dudley", fullName: "Dudley Metropolitan Borough Council",
                          aliases: ["Dudley Council"], documents: ["echo_2017", "letter"]),
            CouncilRecord(id: "sandwell", name: "Sandwell", fullName: "Sandwell Council", documents: ["missing"]),
        ]
        m.people = [
            PersonRecord(id: "ian-cooper", name: "Ian Cooper", role: "cabinet member for children's services",
                         organisation: "Dudley Council", aliases: ["Councillor Ian Cooper", "Cooper"], documents: ["echo_2017"]),
            PersonRecord(id: "pauline-turner", name: "Pauline Turner", role: "director of children's services",
                         organisation: "Dudley Council", documents: ["echo_2017", "letter"]),
            PersonRecord(id: "zoë", name: "Zoë Ångström", role: "", organisation: "", documents: []),
        ]
        let echo = Provenance(document: "echo_2017", line: 3, start: 40, end: 120)
        let letter = Provenance(document: "letter", line: 12, start: 300, end: 420)
        m.quotes = [
            QuoteRecord(id: "q1", speaker: "Ian Cooper", text: "We are determined to improve services for every child in Dudley.", source: echo),
            QuoteRecord(id: "q2", speaker: "Ofsted", text: "Caseloads remain too high.\u{1B}[31m red\r\u{202E}", source: letter),
            QuoteRecord(id: "q3", speaker: "Nobody Known", text: "", source: Provenance(document: "gone", line: 0)),
        ]
        m.inspections = [
            InspectionRecord(id: "i1", council: "Dudley", kind: "inspection", date: "2016", rating: "inadequate",
                             inspector: "Nick Stacey", documents: ["echo_2017"], source: echo),
            InspectionRecord(id: "i2", council: "Dudley", kind: "monitoring visit", date: "2017-02-21",
                             documents: ["letter"], source: letter),
            InspectionRecord(id: "i3", council: "Sandwell", kind: "focused visit", date: "2019-04", rating: "good"),
        ]
        m.findings = [
            FindingRecord(id: "f1", council: "Dudley", kind: "concern", topic: "workforce",
                          text: "Caseloads are too high for social workers.", source: letter, inspection: "i2"),
            FindingRecord(id: "f2", council: "Dudley", kind: "praise", topic: "leadership",
                          text: "Leaders have a clear understanding of the work needed.", source: letter, inspection: "i2"),
            FindingRecord(id: "f3", council: "Sandwell", kind: "praise", topic: "",
                          text: "Progress was positive.", source: echo, inspection: "missing"),
        ]
        m.sentences = [
            SentenceRecord(id: "s1", text: "Dudley's children's services remain inadequate.", source: echo, paragraph: 0),
            SentenceRecord(id: "s2", text: "Caseloads are too high for social workers.", source: letter, paragraph: 4),
            SentenceRecord(id: "s3", text: String(repeating: "a", count: 64) + "!", source: letter, paragraph: 4),
        ]
        return m
    }()
}
