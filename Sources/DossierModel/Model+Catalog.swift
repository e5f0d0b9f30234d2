extension Model {
    /// The fields of every collection, in PRODUCT.md's names; the catalog's shape
    /// without rows, for `.schema`, completion and the parser's checks.
    public static let schema: [Table] = Model().catalog().tables

    /// The model as tables for the query language.
    public func catalog() -> Catalog {
        func docs(_ ids: [String]) -> Value { .list(ids) }
        let documentsTable = Table(
            name: "documents",
            fields: [
                Field("id", .text, "the file name without its extension"),
                Field("path"), Field("title"), Field("publisher"),
                Field("date", .date, "publication date, ISO"),
                Field("words", .integer, "number of words in the body text"),
            ],
            rows: documents.map { [.text($0.id), .text($0.path), .text($0.title), .text($0.publisher), .text($0.date), .integer($0.words)] })
        let councilsTable = Table(
            name: "councils",
            fields: [
                Field("id"), Field("name", .text, "short canonical place name"), Field("full_name"),
                Field("aliases", .list, "other names the documents use"),
                Field("documents", .list, relation: "documents"),
            ],
            rows: councils.map { [.text($0.id), .text($0.name), .text($0.fullName), .list($0.aliases), docs($0.documents)] },
            key: "name")
        let peopleTable = Table(
            name: "people",
            fields: [
                Field("id"), Field("name", .text, "without honorifics"), Field("role", .text, "as the text gives it"),
                Field("organisation"), Field("aliases", .list, "other forms of the name"),
                Field("documents", .list, relation: "documents"),
            ],
            rows: people.map { [.text($0.id), .text($0.name), .text($0.role), .text($0.organisation), .list($0.aliases), docs($0.documents)] },
            key: "name")
        let quotesTable = Table(
            name: "quotes",
            fields: [
                Field("id"), Field("speaker", .text, relation: "people", "a person's name or an organisation"),
                Field("text"), Field("document", .text, relation: "documents"), Field("line", .integer),
            ],
            rows: quotes.map { [.text($0.id), .text($0.speaker), .text($0.text), .text($0.source.document), .integer($0.source.line)] },
            sources: quotes.map(\.source))
        let inspectionsTable = Table(
            name: "inspections",
            fields: [
                Field("id"), Field("council", .text, relation: "councils"),
                Field("kind", .text, "inspection, monitoring visit, focused visit, re-inspection", values: Vocabulary.inspectionKinds),
                Field("date", .date, "ISO at the precision the text allows"),
                Field("rating", .text, "outstanding, good, requires improvement, inadequate, or empty", values: Vocabulary.ratings),
                Field("inspector"), Field("documents", .list, relation: "documents"),
            ],
            rows: inspections.map { [.text($0.id), .text($0.council), .text($0.kind), .text($0.date), .text($0.rating), .text($0.inspector), docs($0.documents)] },
            sources: inspections.map(\.source))
        let findingsTable = Table(
            name: "findings",
            fields: [
                Field("id"), Field("council", .text, relation: "councils"), Field("kind", .text, "praise or concern", values: Vocabulary.findingKinds),
                Field("topic", .text, "what the finding is about", values: Vocabulary.topics), Field("text"), Field("document", .text, relation: "documents"), Field("line", .integer),
                Field("inspection", .text, relation: "inspections"),
            ],
            rows: findings.map { [.text($0.id), .text($0.council), .text($0.kind), .text($0.topic), .text($0.text), .text($0.source.document), .integer($0.source.line), .text($0.inspection)] },
            sources: findings.map(\.source))
        let sentencesTable = Table(
            name: "sentences",
            fields: [Field("id"), Field("document", .text, relation: "documents"), Field("line", .integer), Field("text")],
            rows: sentences.map { [.text($0.id), .text($0.source.document), .integer($0.source.line), .text($0.text)] },
            sources: sentences.map(\.source))
        return Catalog(tables: [documentsTable, councilsTable, peopleTable, quotesTable, inspectionsTable, findingsTable, sentencesTable])
    }

    /// The paragraph a source position lies in, as its sentences, with the index
    /// of the sentence that holds the position; for `.show`.
    public func paragraph(around source: Provenance) -> (sentences: [SentenceRecord], marked: Int)? {
        guard let hit = sentences.firstIndex(where: {
            $0.source.document == source.document && $0.source.line == source.line
                && (source.end <= source.start || ($0.source.start <= source.start && source.start < max($0.source.end, $0.source.start + 1)))
        }) ?? sentences.firstIndex(where: { $0.source.document == source.document && $0.source.line == source.line }) else { return nil }
        let p = sentences[hit].paragraph, doc = sentences[hit].source.document
        let members = sentences.indices.filter { sentences[$0].source.document == doc && sentences[$0].paragraph == p }
        return (members.map { sentences[$0] }, members.firstIndex(of: hit) ?? 0)
    }
}
