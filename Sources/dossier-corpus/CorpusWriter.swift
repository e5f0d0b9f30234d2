import Foundation

/// Writes documents 0..<count into subfolders of at most 1,000 files, in parallel,
/// each document generated from the seed and its own index.
struct CorpusWriter: Sendable {
    let seed: UInt64
    let directory: String
    static let perFolder = 1000

    /// Total bytes written.
    func write(count: Int) throws -> Int {
        let folders = (count + Self.perFolder - 1) / Self.perFolder
        for f in 0..<folders {
            try FileManager.default.createDirectory(atPath: folderPath(f), withIntermediateDirectories: true)
        }
        let totals = Totals(folders)
        DispatchQueue.concurrentPerform(iterations: folders) { f in
            var bytes = 0
            let end = min(count, (f + 1) * Self.perFolder)
            for i in f * Self.perFolder..<end {
                let (name, body) = document(i)
                bytes += body.utf8.count
                if !save(body, to: folderPath(f) + "/" + name) { totals.fail(f) }
            }
            totals.set(f, bytes)
        }
        if let f = totals.failed { throw CorpusError.cannotWrite(folderPath(f)) }
        return totals.sum
    }

    /// The file name and text of document `i`.
    func document(_ i: Int) -> (String, String) {
        var r = SplitMix(seed: seed, stream: UInt64(i))
        let story = Story(&r)
        let roll = r.below(100)
        let page = roll < 62 ? Page.news(story, &r) : roll < 82 ? Page.pressRelease(story, &r) : Page.letter(story, &r)
        let html = r.below(10) == 0
        let hex = String(r.next(), radix: 16)
        let name = String(repeating: "0", count: max(0, 6 - String(i).count)) + "\(i)_" + String(repeating: "0", count: 16 - hex.count) + hex
        return html ? (name + ".html", page.html(&r)) : (name + ".txt", page.text())
    }

    private func folderPath(_ f: Int) -> String {
        let n = String(f)
        return directory + "/d" + String(repeating: "0", count: max(0, 3 - n.count)) + n
    }

    private func save(_ text: String, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var text = text
        return text.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { return false }
                off += n
            }
            return true
        }
    }
}

enum CorpusError: Error, CustomStringConvertible {
    case cannotWrite(String)
    var description: String {
        switch self { case .cannotWrite(let p): return "cannot write files in \(p)" }
    }
}

/// Per-folder byte counts and failures, written from concurrent workers.
final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [Int]
    private(set) var failed: Int?

    init(_ n: Int) { bytes = Array(repeating: 0, count: n) }
    func set(_ i: Int, _ n: Int) { lock.lock(); bytes[i] = n; lock.unlock() }
    func fail(_ i: Int) { lock.lock(); failed = failed ?? i; lock.unlock() }
    var sum: Int { lock.lock(); defer { lock.unlock() }; return bytes.reduce(0, +) }
}
