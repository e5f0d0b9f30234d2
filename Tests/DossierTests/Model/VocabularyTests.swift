import DossierModel
import DossierQuery
@testable import DossierExtraction
import Testing

/// The closed sets of values: extraction stays inside them, and the language
/// treats a known value that no row holds as an empty answer, not a mistake.
@Suite struct ModelVocabularyTests {
    @Test func everyTopicExtractionAssignsIsInTheVocabulary() {
        let assigned = Set(Topics.table.map(\.topic) + [Topics.topic(of: "nothing in particular")])
        #expect(assigned.isSubset(of: Set(Vocabulary.topics)), "\(assigned.subtracting(Vocabulary.topics))")
    }

    static var catalog: Catalog {
        var model = Model()
        model.findings = [FindingRecord(id: "F1", council: "Leeds", kind: "praise", topic: "caseloads",
                                        text: "Caseloads are manageable.", source: Provenance(document: "d", line: 1))]
        return model.catalog()
    }

    @Test(arguments: ["findings where topic = neglect", "findings where kind = concern",
                      "findings where topic in (neglect, homelessness)"])
    func aKnownValueNoRowHoldsFindsNothing(statement: String) throws {
        let rows = try Query.run(statement, on: Self.catalog).get().rows
        #expect(rows.isEmpty)
    }

    @Test func aValueOutsideTheVocabularyIsNamed() {
        guard case .failure(let errors) = Query.run("findings where topic = neglet", on: Self.catalog) else {
            Issue.record("expected an error"); return
        }
        #expect(errors.errors.first?.message.hasPrefix("'topic' has no value 'neglet'; its values are domestic abuse, neglect,") == true,
                "\(errors.errors)")
    }

    @Test func openFieldsAreNeverChecked() throws {
        let rows = try Query.run("findings where council = Sefton", on: Self.catalog).get().rows
        #expect(rows.isEmpty)
    }
}
