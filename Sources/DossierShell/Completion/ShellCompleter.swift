import DossierModel
import DossierQuery
import Foundation

/// TAB completion at the prompt: meta-command names after a dot, their
/// arguments (file names after .read, .load, .output, .once), else the
/// language's own completion of statements.
public struct ShellCompleter {
    let session: Session

    public func complete(_ line: String) -> CompletionSet {
        let leading = line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let body = String(decoding: line.utf8.dropFirst(leading), as: UTF8.self)
        guard body.hasPrefix(".") else { return Query.completions(for: line, catalog: session.catalog) }

        guard let space = body.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            let typed = body.lowercased()
            return CompletionSet(start: leading, candidates: MetaCommandRegistry.names.filter { $0.hasPrefix(typed) })
        }
        let commandName = String(body[body.index(after: body.startIndex)..<space])
        guard let command = MetaCommandRegistry.command(named: commandName) else {
            return CompletionSet(start: line.utf8.count, candidates: [])
        }
        // The word being typed: after the last space, or after an opening quote.
        let bytes = Array(line.utf8)
        var start = bytes.count
        while start > 0, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "\t") { start -= 1 }
        var word = String(decoding: bytes[start...], as: UTF8.self)
        if word.hasPrefix("\"") || word.hasPrefix("'") { word.removeFirst(); start += 1 }
        switch command.argumentKind {
        case .none:
            return CompletionSet(start: start, candidates: [])
        case .choices(let choices):
            let lower = word.lowercased()
            let all = choices(session)
            var seen = Set<String>()
            let matches = all.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
            return CompletionSet(start: start, candidates: Array(matches.prefix(200)))
        case .path:
            return CompletionSet(start: start, candidates: Self.paths(completing: word, home: session.environment.homeDirectory))
        }
    }

    /// Entries of the folder `word` names that start with its last part;
    /// folders end in "/"; hidden entries only when asked for with a dot.
    static func paths(completing word: String, home: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let base = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~/") || folder == "~/" {
            folder = (home.isEmpty ? NSHomeDirectory() : home) + String(folder.dropFirst())
        }
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
        return entries.filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDir)
            return folderPart + name + (isDir.boolValue ? "/" : "")
        }
    }
}
