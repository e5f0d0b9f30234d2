import CLibEdit
import DossierShell
import Foundation

/// The interactive `LineReader`: libedit with emacs bindings and ~/.editrc,
/// editing on standard error so standard output stays clean, history kept in
/// a file (mode 0600) appended after every statement, and TAB completion.
public final class EditLineReader: LineReader {
    /// Entries kept in memory and in the file.
    public static let historySize = 2000

    private let editor: OpaquePointer
    private let historyPath: String?
    private var lastEntry: String?

    private let warn: (String) -> Void
    private var warnedAboutHistory = false

    /// Nil when libedit cannot drive this terminal. `warn` reports a history
    /// that cannot be read or written; the shell goes on without it.
    public init?(historyPath: String?, completer: @escaping (String) -> (start: Int, candidates: [String]),
                 warn: @escaping (String) -> Void = { _ in }) {
        clibedit_setlocale()
        guard let editor = clibedit_open("dossier", Int32(Self.historySize)) else { return nil }
        self.editor = editor
        self.warn = warn
        activeCompleter = completer
        clibedit_set_completer(completeCallback)
        clibedit_install_sigint()
        self.historyPath = historyPath.flatMap { Self.prepareFolder(for: $0, warn: warn) }
        if let path = self.historyPath { loadHistory(path) }
    }

    /// Creates the history's folder (mode 0700); nil, with a warning, when it cannot.
    private static func prepareFolder(for path: String, warn: (String) -> Void) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            warn("cannot create the history folder '\(folder)'; history will not be kept")
            return nil
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            warn("the history file '\(path)' is a folder; history will not be kept")
            return nil
        }
        return path
    }

    deinit {
        clibedit_set_completer(nil)
        activeCompleter = nil
        clibedit_close(editor)
    }

    public func readLine(prompt: String) -> LineReadResult {
        var interrupted: Int32 = 0
        guard let raw = clibedit_gets(editor, prompt, &interrupted) else {
            if interrupted != 0 { return .interrupted }
            FileHandle.standardError.write(Data("\n".utf8))
            return .endOfInput
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    public func addHistory(_ line: String) {
        guard !line.isEmpty, line != lastEntry else { return }
        lastEntry = line
        clibedit_history_add(editor, line)
        if let historyPath, clibedit_history_append(historyPath, line) != 0, !warnedAboutHistory {
            warnedAboutHistory = true
            warn("cannot write the history file '\(historyPath)'")
        }
    }

    /// Where the history lives: $XDG_STATE_HOME/dossier/history, else
    /// ~/.local/state/dossier/history; nil without a home.
    public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var base = environment["XDG_STATE_HOME"] ?? ""
        if base.isEmpty {
            guard let home = environment["HOME"], !home.isEmpty else { return nil }
            base = home + "/.local/state"
        }
        return base + "/dossier/history"
    }

    /// Loads the file; when it has grown well past the cap, rewrites it with
    /// the newest entries (libedit's own format, so the next load reads it).
    private func loadHistory(_ path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let count = clibedit_history_load(editor, path)
        if count < 0 { warn("cannot read the history file '\(path)'") }
        guard count > Self.historySize + Self.historySize / 4 else { return }
        if clibedit_history_save(editor, path) != 0 { warn("cannot rewrite the history file '\(path)'") }
    }
}

/// Terminal facts for the session, read through ioctl (never by querying the terminal).
public enum TerminalInfo {
    public static func size(of fd: Int32) -> (columns: Int, rows: Int)? {
        var columns: Int32 = 0, rows: Int32 = 0
        guard clibedit_terminal_size(fd, &columns, &rows) == 0 else { return nil }
        return (Int(columns), Int(rows))
    }

    /// Returns and clears a Ctrl-C that arrived since the last call.
    public static func takeInterrupt() -> Bool { clibedit_take_interrupt() != 0 }

    /// So that `dossier | head -1` ends quietly on EPIPE.
    public static func ignoreSIGPIPE() { clibedit_ignore_sigpipe() }
}

/// The completer the C callback calls: callbacks cannot capture context, and
/// only the thread reading lines touches it.
nonisolated(unsafe) private var activeCompleter: ((String) -> (start: Int, candidates: [String]))?

private let completeCallback: clibedit_completer = { line, start, count in
    count?.pointee = 0
    guard let line, let completer = activeCompleter else { return nil }
    let result = completer(String(cString: line))
    start?.pointee = Int32(result.start)
    let n = result.candidates.count
    guard n > 0, let memory = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * n) else { return nil }
    let array = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: n)
    for (i, c) in result.candidates.enumerated() { array[i] = strdup(c) }
    count?.pointee = Int32(n)
    return array
}
