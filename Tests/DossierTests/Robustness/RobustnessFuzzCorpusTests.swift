import DossierExtraction
import DossierModel
import DossierQuery
import Foundation
import Testing

/// Every input of the committed fuzz corpora (seeds, and each crash or hang
/// the fuzzers found) replayed in-process, as the fuzz targets run them.
@Suite struct RobustnessFuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static func inputs(_ folder: String) -> [String] {
        let dir = corpus.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir + "/" + $0 }
    }

    @Test func corporaAreThere() {
        #expect(Self.inputs("query").count >= 10)
        #expect(Self.inputs("extract").count >= 10)
    }

    @Test(arguments: inputs("query"))
    func queryInputRuns(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let input = String(decoding: data, as: UTF8.self)
        let start = Date()
        _ = Query.needsContinuation(input)
        let whole = Query.completions(for: input, catalog: RobustnessStatementTests.catalog)
        #expect(whole.start >= 0 && whole.start <= input.utf8.count)
        for slice in Query.splitStatements(input) {
            let count = slice.text.utf8.count
            #expect(slice.offset >= 0 && slice.offset + count <= input.utf8.count)
            _ = Query.needsContinuation(slice.text)
            let completion = Query.completions(for: slice.text, catalog: RobustnessStatementTests.catalog)
            #expect(completion.start >= 0 && completion.start <= count)
            switch Query.run(slice.text, on: RobustnessStatementTests.catalog) {
            case .success(let result):
                #expect(result.rows.allSatisfy { $0.count == result.columns.count })
            case .failure(let failure):
                #expect(!failure.errors.isEmpty)
                for error in failure.errors {
                    #expect(error.range.lowerBound >= 0 && error.range.upperBound <= count, "\(error.message) at \(error.range)")
                }
            }
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test(arguments: inputs("extract"))
    func extractInputRuns(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = try TempFolder("fuzz-extract")
        // As fuzz-extract does: HTML when the input starts with `<`.
        let file = try folder.write(data.first == UInt8(ascii: "<") ? "input.html" : "input.txt", data)
        let start = Date()
        let result = DocumentLoader.load(paths: [file])
        let catalog = result.model.catalog()
        for table in catalog.tables {
            #expect(table.rows.allSatisfy { $0.count == table.fields.count }, "\(table.name)")
            for source in table.sources.compactMap({ $0 }) { _ = result.model.paragraph(around: source) }
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
