import Testing
import DossierModel

@Test func schemaHasEveryCollection() {
    #expect(Model.schema.map(\.name) == ["documents", "councils", "people", "quotes", "inspections", "findings", "sentences"])
}
