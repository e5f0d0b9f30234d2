import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Loading with a progress report: the same model as without, and counts that only grow and end at the total.
@Suite("Extraction progress")
struct ExtractionProgressTests {
    @Test("progress counts up to the number of files, and the model is the one load(paths:) gives")
    func progress() throws {
        let dir = try TemporaryFolder()
        for i in 0..<20 { try dir.write("d\(i).txt", "Inspectors said caseloads in team \(i) were manageable.\n") }
        let reports = Reports()
        let r = DocumentLoader.load(paths: [dir.path]) { done, total in reports.add(done, total) }
        let plain = DocumentLoader.load(paths: [dir.path])
        #expect(r.model == plain.model)
        let seen = reports.all
        #expect(seen.last.map { $0 == (20, 20) } == true)
        #expect(seen.allSatisfy { $0.total == 20 && $0.done >= 1 && $0.done <= 20 })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.done <= $1.done })
    }

    @Test("an empty folder reports nothing to do")
    func empty() throws {
        let dir = try TemporaryFolder()
        let reports = Reports()
        _ = DocumentLoader.load(paths: [dir.path]) { done, total in reports.add(done, total) }
        #expect(reports.all.map { [$0.done, $0.total] } == [[0, 0]])
    }
}

/// Progress reports gathered from the loader's workers.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(done: Int, total: Int)] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); items.append((done, total)); lock.unlock() }
    var all: [(done: Int, total: Int)] { lock.lock(); defer { lock.unlock() }; return items }
}
