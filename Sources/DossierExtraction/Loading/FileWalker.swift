import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands the paths a user gives into the document files to load, in a deterministic order.
struct FileWalker {
    let extensions: Set<String>
    /// Files larger than this are refused with a message rather than exhausting memory.
    static let maximumBytes = 64 << 20

    enum Kind { case regular(size: Int), directory, dangling, other, missing }

    /// What is at `path`, following symbolic links; a link that leads nowhere (or in a circle) is dangling.
    static func kind(_ path: String) -> Kind {
        var st = stat()
        if stat(path, &st) == 0 {
            switch st.st_mode & 0o170000 {
            case 0o100000: return .regular(size: Int(st.st_size))
            case 0o040000: return .directory
            default: return .other
            }
        }
        return lstat(path, &st) == 0 ? .dangling : .missing
    }

    /// The files under `paths`, each folder walked recursively in sorted order; missing paths, broken
    /// links, pipes and devices become diagnostics, and a folder reached twice (a symlink loop) is skipped.
    func files(under paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        var visited = Set<String>()
        var seenFiles = Set<String>()
        for path in paths {
            switch Self.kind(path) {
            case .missing: diagnostics.append(Diagnostic(.error, "no such file or directory", file: path))
            case .dangling: diagnostics.append(Diagnostic(.error, "broken symbolic link (its target is missing or loops)", file: path))
            case .other: diagnostics.append(Diagnostic(.error, "not a regular file (a pipe, socket or device); skipped", file: path))
            case .directory: walk(path, into: &files, seen: &seenFiles, visited: &visited, diagnostics: &diagnostics, depth: 0)
            case .regular:
                if seenFiles.insert(canonical(path)).inserted { files.append(path) }
            }
        }
        return (files, diagnostics)
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    // Depth is bounded too, because some file systems report no stable identity for a loop.
    private func walk(_ dir: String, into files: inout [String], seen: inout Set<String>, visited: inout Set<String>,
                      diagnostics: inout [Diagnostic], depth: Int) {
        guard depth < 64, visited.insert(canonical(dir)).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            diagnostics.append(Diagnostic(.error, "cannot read folder", file: dir))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let wanted = extensions.contains((name as NSString).pathExtension.lowercased())
            switch Self.kind(path) {
            case .directory: walk(path, into: &files, seen: &seen, visited: &visited, diagnostics: &diagnostics, depth: depth + 1)
            case .regular:
                // Folders are visited once by their real path, so a file's own path is unique enough.
                if wanted, seen.insert(path).inserted { files.append(path) }
            case .dangling:
                if wanted { diagnostics.append(Diagnostic(.warning, "broken symbolic link (its target is missing or loops); skipped", file: path)) }
            case .other:
                if wanted { diagnostics.append(Diagnostic(.warning, "not a regular file (a pipe, socket or device); skipped", file: path)) }
            case .missing:
                if wanted { diagnostics.append(Diagnostic(.warning, "vanished while the folder was read; skipped", file: path)) }
            }
        }
    }
}
