extension Model {
    /// The fields of every collection, in PRODUCT.md's names; the catalog's shape
    /// without rows, for `.schema`, completion and the parser's checks.
    public static let schema: [Table] = Model().catalog().tables

    /// The model as tables for the query language. The tables read the model's
    /// record arrays in place (sharing their storage), so this copies nothing
    /// and builds nothing: a cell is made when a statement reads it.
    public func catalog() -> Catalog {
        let documents = documents, councils = councils, people = people, quotes = quotes
        let inspections = inspections, findings = findings, sentences = sentences
        let documentsTable = Table(
            name: "documents",
            fields: [
                Field("id", .text, "the file name without its extension"),
                Field("path"), Field("title"), Field("publisher"),
                Field("date", .date, "publication date, ISO"),
                Field("words", .integer, "number of words in the body text"),
            ],
            count: documents.count,
            columns: [
                Table.Column { .text(documents[$0].id) }, Table.Column { .text(documents[$0].path) }, Table.Column { .text(documents[$0].title) },
                Table.Column { .text(documents[$0].publisher) }, Table.Column { .text(documents[$0].date) }, Table.Column { .integer(documents[$0].words) },
            ],
            row: { let d = documents[$0]; return [.text(d.id), .text(d.path), .text(d.title), .text(d.publisher), .text(d.date), .integer(d.words)] })
        let councilsTable = Table(
            name: "councils",
            fields: [
                Field("id"), Field("name", .text, "short canonical place name"), Field("full_name"),
                Field("aliases", .list, "other names the documents use"),
                Field("documents", .list, relation: "documents"),
            ],
            count: councils.count,
            key: "name",
            columns: [
                Table.Column { .text(councils[$0].id) }, Table.Column { .text(councils[$0].name) }, Table.Column { .text(councils[$0].fullName) },
                Table.Column { .list(councils[$0].aliases) }, Table.Column { .list(councils[$0].documents) },
            ],
            row: { let c = councils[$0]; return [.text(c.id), .text(c.name), .text(c.fullName), .list(c.aliases), .list(c.documents)] })
        let peopleTable = Table(
            name: "people",
            fields: [
                Field("id"), Field("name", .text, "without honorifics"), Field("role", .text, "as the text gives it"),
                Field("organisation"), Field("aliases", .list, "other forms of the name"),
                Field("documents", .list, relation: "documents"),
            ],
            count: people.count,
            key: "name",
            columns: [
                Table.Column { .text(people[$0].id) }, Table.Column { .text(people[$0].name) }, Table.Column { .text(people[$0].role) },
                Table.Column { .text(people[$0].organisation) }, Table.Column { .list(people[$0].aliases) }, Table.Column { .list(people[$0].documents) },
            ],
            row: { let p = people[$0]; return [.text(p.id), .text(p.name), .text(p.role), .text(p.organisation), .list(p.aliases), .list(p.documents)] })
        let quotesTable = Table(
            name: "quotes",
            fields: [
                Field("id"), Field("speaker", .text, relation: "people", "a person's name or an organisation"),
                Field("text"), Field("document", .text, relation: "documents"), Field("line", .integer),
            ],
            count: quotes.count,
            columns: [
                Table.Column { .text(quotes[$0].id) }, Table.Column { .text(quotes[$0].speaker) }, Table.Column { .text(quotes[$0].text) },
                Table.Column { .text(quotes[$0].source.document) }, Table.Column { .integer(quotes[$0].source.line) },
            ],
            row: { let q = quotes[$0]; return [.text(q.id), .text(q.speaker), .text(q.text), .text(q.source.document), .integer(q.source.line)] },
            source: { quotes[$0].source })
        let inspectionsTable = Table(
            name: "inspections",
            fields: [
                Field("id"), Field("council", .text, relation: "councils"),
                Field("kind", .text, "inspection, monitoring visit, focused visit, re-inspection", values: Vocabulary.inspectionKinds),
                Field("date", .date, "ISO at the precision the text allows"),
                Field("rating", .text, "outstanding, good, requires improvement, inadequate, or empty", values: Vocabulary.ratings),
                Field("inspector"), Field("documents", .list, relation: "documents"),
            ],
            count: inspections.count,
            columns: [
                Table.Column { .text(inspections[$0].id) }, Table.Column { .text(inspections[$0].council) }, Table.Column { .text(inspections[$0].kind) },
                Table.Column { .text(inspections[$0].date) }, Table.Column { .text(inspections[$0].rating) }, Table.Column { .text(inspections[$0].inspector) },
                Table.Column { .list(inspections[$0].documents) },
            ],
            row: { let i = inspections[$0]; return [.text(i.id), .text(i.council), .text(i.kind), .text(i.date), .text(i.rating), .text(i.inspector), .list(i.documents)] },
            source: { inspections[$0].source })
        let findingsTable = Table(
            name: "findings",
            fields: [
                Field("id"), Field("council", .text, relation: "councils"), Field("kind", .text, "praise or concern", values: Vocabulary.findingKinds),
                Field("topic", .text, "what the finding is about", values: Vocabulary.topics), Field("text"), Field("document", .text, relation: "documents"), Field("line", .integer),
                Field("inspection", .text, relation: "inspections"),
            ],
            count: findings.count,
            columns: [
                Table.Column { .text(findings[$0].id) }, Table.Column { .text(findings[$0].council) }, Table.Column { .text(findings[$0].kind) },
                Table.Column { .text(findings[$0].topic) }, Table.Column { .text(findings[$0].text) }, Table.Column { .text(findings[$0].source.document) },
                Table.Column { .integer(findings[$0].source.line) }, Table.Column { .text(findings[$0].inspection) },
            ],
            row: { let f = findings[$0]; return [.text(f.id), .text(f.council), .text(f.kind), .text(f.topic), .text(f.text), .text(f.source.document), .integer(f.source.line), .text(f.inspection)] },
            source: { findings[$0].source })
        let sentencesTable = Table(
            name: "sentences",
            fields: [Field("id"), Field("document", .text, relation: "documents"), Field("line", .integer), Field("text")],
            count: sentences.count,
            columns: [
                Table.Column { .text(sentences[$0].id) }, Table.Column { .text(sentences[$0].source.document) },
                Table.Column { .integer(sentences[$0].source.line) }, Table.Column { .text(sentences[$0].text) },
            ],
            row: { let s = sentences[$0]; return [.text(s.id), .text(s.source.document), .integer(s.source.line), .text(s.text)] },
            source: { sentences[$0].source })
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
