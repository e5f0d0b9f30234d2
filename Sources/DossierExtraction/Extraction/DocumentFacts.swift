import DossierModel

/// A visit or inspection as one document reports it, before documents are merged.
struct InspectionFact {
    var council: String
    var kind: String
    var ordinal: Int?
    var date: PartialDate
    var rating: String
    var inspector: String
    var source: Provenance
    var documents: [String]
}

/// A finding as one document reports it, pointing at one of the document's inspections.
struct FindingFact {
    /// The council the sentence is about; empty for the document's own.
    var council = ""
    var kind: String
    var topic: String
    var text: String
    var source: Provenance
    var inspection: Int?
}

/// Everything extracted from one document, before merging across documents and numbering.
struct DocumentFacts {
    var document: DocumentRecord
    /// Councils by canonical name, with the surface forms seen.
    var councils: [(name: String, forms: [String])] = []
    var mainCouncil = ""
    var people: [PersonMention] = []
    var quotes: [(speaker: String, text: String, source: Provenance)] = []
    var findings: [FindingFact] = []
    var inspections: [InspectionFact] = []
    var sentences: [(text: String, source: Provenance, paragraph: Int)] = []
}
