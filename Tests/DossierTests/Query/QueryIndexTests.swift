import Foundation
import Testing
import DossierModel
@testable import DossierQuery

/// Equality on key fields goes through an index built once per table's rows.
@Suite struct QueryIndex {
    static func bigCatalog(_ n: Int) -> Catalog {
        var model = QueryTestCatalog.model
        let councils = ["Dudley", "Walsall", "Sandwell", "Wolverhampton"]
        let kinds = ["praise", "concern"]
        model.findings = (0..<n).map { i in
            FindingRecord(id: "f\(i)", council: councils[i % 4], kind: kinds[i % 2 == 0 ? 0 : 1], topic: "topic \(i % 50)",
                          text: "Finding number \(i).", source: Provenance(document: "expressstar-2017", line: i), inspection: "i\(i % 4 + 1)")
        }
        return model.catalog()
    }

    func rows(_ statement: String, _ catalog: Catalog) -> [[Value]] {
        if case .success(let result) = Query.run(statement, on: catalog) { return result.rows }
        return []
    }

    @Test func indexedAndScannedAnswersAgree() {
        let catalog = QueryIndex.bigCatalog(20_000)
        let indexed = rows("findings where council = dudley and kind = concern select id", catalog)
        let scanned = rows("findings where council starts with dudley and kind starts with concern select id", catalog)
        #expect(indexed.count == 0) // Dudley rows are all praise: i % 4 == 0 is even
        #expect(indexed == scanned)
        let dudleyPraise = rows("findings where council = \"Dudley MBC\" and kind = praise select id", catalog)
        #expect(dudleyPraise.count == 5_000)
        #expect(dudleyPraise == rows("findings where council contains dudley and kind contains praise select id", catalog))
    }

    @Test func aFilterStaysFastOnAHundredThousandRows() {
        let catalog = QueryIndex.bigCatalog(100_000)
        _ = rows("findings where council = Walsall select id limit 1", catalog) // builds the index
        let start = Date()
        for _ in 0..<10 {
            #expect(rows("findings where council = Walsall and kind = concern select id limit 5", catalog).count == 5)
        }
        let perQuery = Date().timeIntervalSince(start) / 10
        #expect(perQuery < 0.5, "an indexed filter took \(perQuery)s")
    }

    @Test func aNewCatalogMissesTheOldIndex() {
        let first = QueryIndex.bigCatalog(100)
        #expect(rows("findings where council = Sandwell select id", first).count == 25)
        var model = QueryTestCatalog.model
        model.findings = [FindingRecord(id: "x", council: "Sandwell", kind: "praise", text: "t", source: Provenance(document: "d", line: 1))]
        #expect(rows("findings where council = Sandwell select id", model.catalog()).count == 1)
    }
}
