import FuzzSupport
import DossierExtraction
import DossierModel
import Foundation

/// One fuzz input as a document on disk, through loading, extraction and the
/// catalog the query language reads.
///
/// The input is written whole to a file named `.html` when its first byte is
/// `<`, else `.txt`, so seeds are plain documents and the fuzzer reaches both parsers.
enum ExtractTarget {
    /// A private folder, made once per process and reused for every input; in
    /// memory (/dev/shm) where there is one, since every input is written to it.
    static let folder: String = {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm/" : NSTemporaryDirectory()
        let path = base + "fuzz-extract-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func exercise(_ bytes: UnsafeRawBufferPointer) {
        let html = bytes.first == UInt8(ascii: "<")
        let path = folder + (html ? "/input.html" : "/input.txt")
        let other = folder + (html ? "/input.txt" : "/input.html")
        unlink(other)
        // A plain write: FileManager's atomic write would fsync every input.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0, bytes.isEmpty || write(fd, bytes.baseAddress, bytes.count) == bytes.count else {
            fatalError("fuzz-extract: cannot write \(path)")
        }
        close(fd)
        let result = DocumentLoader.load(paths: [path])
        let catalog = result.model.catalog()
        for table in catalog.tables {
            precondition(table.sources.count == table.rows.count, "\(table.name): sources and rows differ in number")
            for row in table.rows {
                precondition(row.count == table.fields.count, "\(table.name): a row has \(row.count) cells for \(table.fields.count) fields")
            }
            // What `.show` does with every row that names its source.
            for source in table.sources.compactMap({ $0 }) {
                _ = result.model.paragraph(around: source)
            }
        }
        for diagnostic in result.diagnostics {
            precondition(!diagnostic.message.isEmpty, "a diagnostic without a message")
        }
    }
}

#if FUZZING
/// libFuzzer's entry point (built with `-sanitize=fuzzer`; see Tests/Fuzz/run.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractOneInput(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    ExtractTarget.exercise(UnsafeRawBufferPointer(start: size > 0 ? data : nil, count: size))
    return 0
}

@_cdecl("fuzz_extract_main")
public func fuzzExtractMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzExtractOneInput(data, size) }
}
#endif
