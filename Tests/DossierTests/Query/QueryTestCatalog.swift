import DossierModel

/// A small hand-made model for the language tests, independent of extraction.
enum QueryTestCatalog {
    static let catalog: Catalog = model.catalog()

    static let model: Model = {
        var m = Model()
        m.documents = [
            DocumentRecord(id: "expressstar-2017", path: "docs/expressstar-2017.txt", title: "Dudley children's services still inadequate",
                           publisher: "Express & Star", date: "2017-02-21", words: 600),
            DocumentRecord(id: "ofsted-letter-2016", path: "docs/ofsted-letter-2016.txt", title: "Monitoring visit to Dudley",
                           publisher: "Ofsted", date: "2016-04-12", words: 1200),
            DocumentRecord(id: "council-news-2016", path: "docs/council-news-2016.html", title: "Council welcomes progress",
                           publisher: "Dudley Council", date: "2016-04", words: 400),
        ]
        m.councils = [
            CouncilRecord(id: "c1", name: "Dudley", fullName: "Dudley Metropolitan Borough Council", aliases: ["Dudley Council", "Dudley MBC"],
                          documents: ["expressstar-2017", "ofsted-letter-2016", "council-news-2016"]),
            CouncilRecord(id: "c2", name: "Walsall", fullName: "Walsall Council", documents: ["council-news-2016"]),
        ]
        m.people = [
            PersonRecord(id: "p1", name: "Ian Cooper", role: "cabinet member for children's services", organisation: "Dudley Council",
                         aliases: ["Councillor Ian Cooper", "Cllr Cooper"], documents: ["expressstar-2017", "council-news-2016"]),
            PersonRecord(id: "p2", name: "Pauline Sharratt", role: "strategic director for people", organisation: "Dudley Council",
                         documents: ["expressstar-2017"]),
            PersonRecord(id: "p3", name: "Jane Smith", role: "Her Majesty's Inspector", organisation: "Ofsted", documents: ["ofsted-letter-2016"]),
            PersonRecord(id: "p4", name: "Tim Crumpton", role: "councillor", organisation: "Labour group", documents: ["expressstar-2017"]),
        ]
        m.quotes = [
            QuoteRecord(id: "q1", speaker: "Ian Cooper", text: "We are making steady progress but there is more to do.",
                        source: Provenance(document: "expressstar-2017", line: 12)),
            QuoteRecord(id: "q2", speaker: "Pauline Sharratt", text: "Our social workers have manageable caseloads for the first time in years.",
                        source: Provenance(document: "expressstar-2017", line: 15)),
            QuoteRecord(id: "q3", speaker: "Ofsted", text: "Senior leaders have an accurate understanding of the quality of practice.",
                        source: Provenance(document: "ofsted-letter-2016", line: 3)),
            QuoteRecord(id: "q4", speaker: "Ian Cooper", text: "I am proud of the progress our staff have made since the inspection.",
                        source: Provenance(document: "council-news-2016", line: 4)),
            QuoteRecord(id: "q5", speaker: "Tim Crumpton", text: "The council has failed the most vulnerable children in the borough.",
                        source: Provenance(document: "expressstar-2017", line: 20)),
        ]
        m.inspections = [
            InspectionRecord(id: "i1", council: "Dudley", kind: "inspection", date: "2016", rating: "inadequate", documents: ["expressstar-2017"]),
            InspectionRecord(id: "i2", council: "Dudley", kind: "monitoring visit", date: "2016-04-12", inspector: "Jane Smith",
                             documents: ["ofsted-letter-2016", "council-news-2016"]),
            InspectionRecord(id: "i3", council: "Dudley", kind: "monitoring visit", date: "2017-02", documents: ["expressstar-2017"]),
            InspectionRecord(id: "i4", council: "Walsall", kind: "inspection", date: "2015-11", rating: "requires improvement",
                             documents: ["council-news-2016"]),
        ]
        func at(_ document: String, _ line: Int) -> Provenance { Provenance(document: document, line: line) }
        m.findings = [
            FindingRecord(id: "f1", council: "Dudley", kind: "praise", topic: "leadership",
                          text: "Senior leaders have an accurate understanding of practice.", source: at("ofsted-letter-2016", 3), inspection: "i2"),
            FindingRecord(id: "f2", council: "Dudley", kind: "concern", topic: "caseload",
                          text: "Caseloads remain too high in some teams.", source: at("ofsted-letter-2016", 5), inspection: "i2"),
            FindingRecord(id: "f3", council: "Dudley", kind: "praise", topic: "workforce",
                          text: "Social workers are positive about the support they receive.", source: at("ofsted-letter-2016", 7), inspection: "i2"),
            FindingRecord(id: "f4", council: "Dudley", kind: "concern", topic: "planning",
                          text: "Plans for children are not always specific.", source: at("expressstar-2017", 8), inspection: "i3"),
            FindingRecord(id: "f5", council: "Dudley", kind: "concern", topic: "workforce",
                          text: "The council still relies on agency staff (about 30%).", source: at("expressstar-2017", 9), inspection: "i3"),
            FindingRecord(id: "f6", council: "Walsall", kind: "praise", topic: "leadership",
                          text: "Leaders know their services well.", source: at("council-news-2016", 6), inspection: "i4"),
            FindingRecord(id: "f7", council: "Dudley", kind: "praise", topic: "caseload",
                          text: "Caseloads have reduced since the last visit.", source: at("council-news-2016", 2)),
        ]
        m.sentences = [
            SentenceRecord(id: "s1", text: "Caseloads remain too high in some teams.", source: at("ofsted-letter-2016", 5)),
        ]
        return m
    }()
}
