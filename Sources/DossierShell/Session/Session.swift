import DossierExtraction
import DossierModel
import DossierQuery
import Foundation

/// The shell's state: the model and its catalog, the settings, where output
/// goes; it runs statements and meta-commands from scripts or the prompt.
public final class Session {
    public static let version = "0.1.0"

    public private(set) var model: Model
    public private(set) var catalog: Catalog
    /// The `--docs` paths (and `.load`ed ones) the model was built from.
    public private(set) var paths: [String]
    public var settings: ShellSettings
    public let environment: ShellEnvironment
    /// Standard output and standard error.
    public let out: TextSink
    public let err: TextSink
    /// True when `out` is a terminal (tables fit its width, paging, colour).
    public let outIsTerminal: Bool
    /// Whether this session reads from the prompt (paging, no `FILE:` prefix).
    public internal(set) var interactive = false

    /// `.output FILE` until `.output` alone; `.once FILE` for the next statement.
    var redirect: (sink: TextSink, path: String)?
    var once: (sink: TextSink, path: String)?
    /// Statements and meta-commands that failed so far.
    public internal(set) var failures = 0
    /// Set by `.quit`.
    public internal(set) var shouldQuit = false
    var readDepth = 0
    /// Set by Ctrl-C during a statement: the rest of the input (a `.read`
    /// script, a pasted block) is abandoned; the prompt clears it.
    var interruptRequested = false
    let loader: @Sendable ([String]) -> LoadResult

    public init(load: LoadResult, paths: [String], settings: ShellSettings = ShellSettings(),
                out: TextSink, err: TextSink, outIsTerminal: Bool = false,
                environment: ShellEnvironment = ShellEnvironment(),
                loader: @escaping @Sendable ([String]) -> LoadResult = { DocumentLoader.load(paths: $0) }) {
        self.model = load.model
        self.catalog = load.model.catalog()
        self.paths = paths
        self.settings = settings
        self.out = out; self.err = err; self.outIsTerminal = outIsTerminal
        self.environment = environment
        self.loader = loader
    }

    public var renderer: ErrorRenderer { ErrorRenderer(color: settings.color) }

    /// 0 when every statement succeeded, 1 when one failed.
    public var exitStatus: Int32 { failures > 0 ? 1 : 0 }

    /// True when output can no longer be written (a closed pipe) or `.quit` ran.
    public var isFinished: Bool { shouldQuit || out.isClosed || interruptRequested }

    /// One line: version, what loaded, and where to get help.
    public var banner: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)" }
        let counts = [
            n(model.documents.count, model.documents.count == 1 ? "document" : "documents"),
            n(model.councils.count, model.councils.count == 1 ? "council" : "councils"),
            n(model.people.count, "people"),
            n(model.quotes.count, model.quotes.count == 1 ? "quote" : "quotes"),
            n(model.findings.count, model.findings.count == 1 ? "finding" : "findings"),
        ]
        return "Dossier \(Self.version): \(counts.joined(separator: ", ")) loaded; .help for help"
    }

    /// Writes loader warnings and errors to standard error.
    public func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { err.write(renderer.render(d)) }
        err.flush()
    }

    /// Rebuilds the model from `paths`, for `.load`.
    func reload(paths newPaths: [String]) {
        let result = loader(newPaths)
        report(result.diagnostics)
        model = result.model
        catalog = model.catalog()
        paths = newPaths
    }

    /// Where the next result goes.
    var target: TextSink { once?.sink ?? redirect?.sink ?? out }

    /// Reports a failure at a byte range of `source`.
    func fail(_ message: String, in source: SourceText, range: Range<Int>) {
        failures += 1
        err.write(renderer.render(message, in: source, range: range))
        err.flush()
    }

    /// A warning on standard error that changes no exit status.
    public func warn(_ message: String) {
        err.write(renderer.render(message, severity: .warning))
        err.flush()
    }

    /// Reports a failure with nothing to point at.
    func fail(_ message: String) {
        failures += 1
        err.write(renderer.render(message))
        err.flush()
    }

    /// Completion for the prompt: meta-commands and their arguments, else the language's.
    public func complete(_ lineBeforeCursor: String) -> CompletionSet {
        ShellCompleter(session: self).complete(lineBeforeCursor)
    }
}

extension Session {
    /// `complete` as plain values, for the terminal layer.
    public func completionCandidates(_ lineBeforeCursor: String) -> (start: Int, candidates: [String]) {
        let set = complete(lineBeforeCursor)
        return (set.start, set.candidates)
    }
}

extension Session {
    /// Loads `paths` (files or folders) and reports the loader's warnings on `err`.
    public convenience init(paths: [String], settings: ShellSettings, out: TextSink, err: TextSink,
                            outIsTerminal: Bool, environment: ShellEnvironment, showProgress: Bool = false) {
        // A terminal sees how far loading has got, on one line that is cleared once it is done.
        let result: LoadResult
        if showProgress {
            let sink = ProgressSink(err)
            sink.show("loading documents…") // while the folders are walked
            result = DocumentLoader.load(paths: paths) { done, total in sink.show("loading \(done)/\(total) documents") }
            err.write("\r\u{1B}[K"); err.flush()
        } else {
            result = DocumentLoader.load(paths: paths)
        }
        self.init(load: result, paths: paths, settings: settings, out: out, err: err,
                  outIsTerminal: outIsTerminal, environment: environment)
        report(result.diagnostics)
    }

    /// Runs the script file at `path` (`-f`); a file that cannot be read is a failure.
    public func runScript(at path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            fail("cannot read script '\(path)'")
            return
        }
        run(SourceText(file: path, text: String(decoding: data, as: UTF8.self)))
    }
}

extension Session {
    /// `-c` statements in order, then the `-f` script; with `bail`, stops at
    /// the first failure. Returns the exit status.
    public func runArguments(_ statements: [String], script: String?) -> Int32 {
        for statement in statements where !isFinished && !(settings.bail && failures > 0) {
            run(SourceText(file: "-c", text: statement))
        }
        if let script, !isFinished, !(settings.bail && failures > 0) {
            runScript(at: script)
        }
        return exitStatus
    }
}

/// The error stream for the loader's progress reports, which arrive one at a time from its workers.
private final class ProgressSink: @unchecked Sendable {
    private let err: TextSink
    init(_ err: TextSink) { self.err = err }
    func show(_ line: String) { err.write("\r" + line + "\u{1B}[K"); err.flush() }
}
