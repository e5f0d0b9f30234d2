import DossierModel
import Foundation

/// What loading a set of paths produced: the model and any warnings or errors, per file.
public struct LoadResult: Sendable {
    public var model: Model
    public var diagnostics: [Diagnostic]
    public init(model: Model, diagnostics: [Diagnostic]) { self.model = model; self.diagnostics = diagnostics }
}

/// Loads every .txt, .md, .html and .htm file under the given paths and extracts the model.
public enum DocumentLoader {
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    public static func load(paths: [String]) -> LoadResult {
        load(paths: paths, progress: nil)
    }

    /// Loads as `load(paths:)` does, telling `progress` how many of the files found are done:
    /// at most about ten times a second, from any thread, and once more when all are done.
    public static func load(paths: [String], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?) -> LoadResult {
        let walked = FileWalker(extensions: extensions).files(under: paths)
        let files = walked.files
        let diagnostics = walked.diagnostics
        // Documents are read and analysed independently, on every core. Each one is merged into the
        // model as soon as it and every file before it are done, and its facts freed, so the facts
        // of the whole corpus never live at once beside the model.
        let results = Results(files: files, diagnostics: diagnostics, progress: progress)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            var local: [Diagnostic] = []
            let facts = read(files[i], &local).map { DocumentAnalyzer(doc: $0).analyze() }
            results.set(i, facts, local)
        }
        progress?(files.count, files.count)
        return results.finish()
    }

    /// Extracts the model from one document given as text, for tests and for text that is not in a file.
    public static func load(text: String, name: String, html: Bool = false) -> Model {
        let doc = document(text: text, id: name, path: name, html: html)
        var builder = ModelBuilder()
        return builder.build([DocumentAnalyzer(doc: doc).analyze()])
    }

    static func read(_ path: String, _ diagnostics: inout [Diagnostic]) -> DocumentText? {
        // Never open a pipe or device: a read would block for ever.
        switch FileWalker.kind(path) {
        case .regular(let size) where size > FileWalker.maximumBytes:
            diagnostics.append(Diagnostic(.error, "file too large (\(size >> 20) MB; the limit is \(FileWalker.maximumBytes >> 20) MB); skipped", file: path))
            return nil
        case .regular: break
        default:
            diagnostics.append(Diagnostic(.error, "cannot read file: it vanished or is not a regular file", file: path))
            return nil
        }
        let bytes: [UInt8]
        switch FileReader.bytes(path) {
        case .success(let b): bytes = b
        case .failure(.notRegular):
            diagnostics.append(Diagnostic(.error, "cannot read file: it vanished or is not a regular file", file: path))
            return nil
        case .failure(.open(let e)), .failure(.read(let e)):
            diagnostics.append(Diagnostic(.error, "cannot read file: \(String(cString: strerror(e)))", file: path))
            return nil
        }
        guard !bytes.isEmpty else {
            diagnostics.append(Diagnostic(.warning, "empty file", file: path))
            return nil
        }
        let text: String
        switch TextDecoder.decode(bytes) {
        case .empty:
            diagnostics.append(Diagnostic(.warning, "empty file", file: path))
            return nil
        case .binary(let offset):
            let (line, column) = position(of: offset, in: bytes)
            diagnostics.append(Diagnostic(.error, "binary file (NUL byte); skipped", file: path, line: line, column: column))
            return nil
        case .text(let s, let fellBack):
            if fellBack {
                let offset = firstInvalidUTF8(bytes)
                let (line, column) = position(of: offset, in: bytes)
                diagnostics.append(Diagnostic(.warning, "not valid UTF-8; read as Windows-1252", file: path, line: line, column: column))
            }
            text = s
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let ext = dot.map { name[name.index(after: $0)...].lowercased() } ?? ""
        let stem = dot.map { String(name[..<$0]) } ?? name
        return document(text: text, id: stem, path: path, html: ext == "html" || ext == "htm")
    }

    static func document(text: String, id: String, path: String, html: Bool) -> DocumentText {
        var blocks: [Block]
        var info: PageInfo
        if html {
            let r = HTMLExtractor.extract(text)
            blocks = r.blocks
            // Text taken out of markup has no byte-for-byte place in the file; point at its line's start.
            var lineStarts = [0]
            for (i, b) in text.utf8.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
            for i in blocks.indices { blocks[i].offset = lineStarts[min(max(0, blocks[i].line - 1), lineStarts.count - 1)] }
            var page = Furniture.classify(&blocks)
            if !r.info.title.isEmpty { page.title = r.info.title }
            if !r.info.publisher.isEmpty { page.publisher = r.info.publisher }
            if !r.info.date.isEmpty { page.date = r.info.date }
            page.author = r.info.author
            info = page
        } else {
            blocks = PlainTextReader.blocks(of: text, markdown: path.lowercased().hasSuffix(".md"))
            info = Furniture.classify(&blocks)
        }
        return DocumentText(id: id, path: path, blocks: blocks, info: info)
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var it = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let scalar): offset += scalar.count
            case .error, .emptyInput: return offset
            }
        }
    }
}

/// Per-file results written from concurrent workers, each to its own slot under a lock, and merged
/// in file order by whichever worker finds the next file ready; one merges at a time.
private final class Results: @unchecked Sendable {
    private let files: [String]
    private var facts: [DocumentFacts?]
    private var ready: [Bool]
    private var pending: [[Diagnostic]]
    private let lock = NSLock()
    private let progress: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private var lastReport: UInt64 = 0
    /// The next file to merge, and whether a worker is merging; both under the lock.
    private var next = 0
    private var merging = false
    // Touched only by the one merging worker, then by `finish()` after every worker is done.
    private var builder: ModelBuilder
    private var diagnostics: [Diagnostic]
    private var ids = Set<String>()

    /// The least time between two progress reports, in nanoseconds.
    private static let reportInterval: UInt64 = 100_000_000

    init(files: [String], diagnostics: [Diagnostic], progress: (@Sendable (Int, Int) -> Void)?) {
        self.files = files
        facts = Array(repeating: nil, count: files.count)
        ready = Array(repeating: false, count: files.count)
        pending = Array(repeating: [], count: files.count)
        self.diagnostics = diagnostics
        self.progress = progress
        builder = ModelBuilder(expected: files.count)
    }

    func set(_ i: Int, _ f: DocumentFacts?, _ d: [Diagnostic]) {
        lock.lock()
        facts[i] = f; pending[i] = d; ready[i] = true
        done += 1
        // Reported under the lock, so reports arrive in order and never two at once.
        if let progress, done < facts.count {
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastReport >= Results.reportInterval || lastReport == 0 {
                lastReport = now
                progress(done, facts.count)
            }
        }
        guard !merging else { lock.unlock(); return }
        merging = true
        // Whatever is ready is merged outside the lock; a file set meanwhile is seen on the next check.
        while next < facts.count && ready[next] {
            let k = next
            let f = facts[k], d = pending[k]
            facts[k] = nil; pending[k] = []
            next += 1
            lock.unlock()
            merge(k, f, d)
            lock.lock()
        }
        merging = false
        lock.unlock()
    }

    private func merge(_ i: Int, _ f: consuming DocumentFacts?, _ d: [Diagnostic]) {
        diagnostics += d
        guard let f else { return }
        guard ids.insert(f.document.id).inserted else {
            diagnostics.append(Diagnostic(.warning, "another document is already named '\(f.document.id)'; skipped", file: files[i]))
            return
        }
        builder.add(f)
    }

    /// The model and diagnostics, once every file is set (and so merged).
    func finish() -> LoadResult {
        lock.lock(); defer { lock.unlock() }
        precondition(next == facts.count && !merging)
        return LoadResult(model: builder.finish(), diagnostics: diagnostics)
    }
}
