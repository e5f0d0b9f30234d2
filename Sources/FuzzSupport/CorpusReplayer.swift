import Foundation

/// Runs every file of a fuzz corpus through a target and reports how many ran
/// and which were slow. A crash ends the process, naming the input on stderr.
public struct CorpusReplayer {
    public let name: String
    public let run: (UnsafeRawBufferPointer) -> Void
    /// Inputs slower than this are named: libFuzzer's `-timeout=5` would call them hangs.
    public var slow: Double = 1

    public init(name: String, run: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.name = name; self.run = run
    }

    public func replay<S: Sequence<String>>(_ paths: S) -> Int32 {
        var files: [String] = []
        for path in paths { files += Self.files(under: path) }
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(name) CORPUS_DIR_OR_FILE...\n".utf8))
            return 2
        }
        var slowCount = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(name): cannot read \(file)\n".utf8))
                return 1
            }
            FileHandle.standardError.write(Data("\(name): \(file)\n".utf8))
            let start = Date()
            data.withUnsafeBytes { run($0) }
            let seconds = Date().timeIntervalSince(start)
            if seconds > slow {
                slowCount += 1
                FileHandle.standardError.write(Data("\(name): slow: \(file) took \(String(format: "%.2f", seconds)) s\n".utf8))
            }
        }
        print("\(name): \(files.count) inputs ran, \(slowCount) slow")
        return slowCount == 0 ? 0 : 1
    }

    private static func files(under path: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [path] }
        guard isDir.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
