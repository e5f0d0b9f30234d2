// The command line: parse arguments, build the session, pick a line reader, run.
import ArgumentParser
import DossierShell
import DossierTerminal
import Foundation

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier", abstract: "Question inspection letters, press releases and news about children's services.",
        discussion: """
            Loads the documents, extracts councils, inspections, findings, people and quotes, and answers \
            statements such as: findings where council = Dudley and kind = concern. Without -c or -f, a \
            terminal gets the interactive shell (.help lists its commands) and piped input is read as a script.

            Exit status: 0 when every statement succeeded, 1 when one failed, 2 for bad usage.

            Environment: NO_COLOR turns colour off; PAGER pages tall results (else less -FRX); COLUMNS sets \
            the table width; XDG_STATE_HOME holds dossier/history (default ~/.local/state); DOSSIER_SEEDS \
            names the folder loaded when no --docs is given.
            """,
        version: Session.version)
    @Option(help: ArgumentHelp("A document or a folder of documents (repeatable); default: the bundled seeds.", valueName: "path")) var docs: [String] = []
    @Option(name: .customShort("c"), help: ArgumentHelp("Run a statement or meta-command and exit (repeatable).", valueName: "statement")) var command: [String] = []
    @Option(name: .customShort("f"), help: ArgumentHelp("Run a script file and exit.", valueName: "script")) var file: String?
    @Option(help: "table, csv, tsv, json, jsonl, markdown or line (default: table on a terminal, else tsv).") var format: String?
    @Option(name: .customLong("export-sqlite"), help: ArgumentHelp("Write the model to a SQLite database, then run -c/-f if given.", valueName: "file")) var exportSQLite: String?
    @Flag(help: "Stop at the first error.") var bail = false
    @Flag(help: "No banner.") var quiet = false
    @Flag(name: .customLong("no-color"), help: "No colour, even on a terminal.") var noColor = false

    func validate() throws {
        if let file, !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no such file '\(file)'")
        }
        if let format, OutputFormats.named(format) == nil {
            throw ValidationError("unknown format '\(format)'; formats are \(OutputFormats.names.joined(separator: ", "))")
        }
    }
}

let options: Options
do { options = try Options.parse() } catch {
    let success = Options.exitCode(for: error) == .success
    let message = Options.fullMessage(for: error) + "\n"
    FileHandle(fileDescriptor: success ? 1 : 2).write(Data(message.utf8))
    exit(success ? 0 : 2)
}

TerminalInfo.ignoreSIGPIPE()
let env = ProcessInfo.processInfo.environment
let (stdinTTY, stdoutTTY, stderrTTY) = (isatty(0) == 1, isatty(1) == 1, isatty(2) == 1)
let scripted = !options.command.isEmpty || options.file != nil || options.exportSQLite != nil
let interactive = !scripted && stdinTTY
let seeds = env["DOSSIER_SEEDS"] ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
let settings = ShellSettings(
    format: OutputFormats.named(options.format ?? (stdoutTTY ? "table" : "tsv"))!,
    color: stderrTTY && !options.noColor && env["NO_COLOR"] == nil, bail: options.bail)
let environment = ShellEnvironment(
    terminalSize: { TerminalInfo.size(of: 1) },
    takeInterrupt: { TerminalInfo.takeInterrupt() }, // only set once the prompt installs its handler
    pagerCommand: interactive ? Pager.defaultCommand(environment: env) : nil,
    homeDirectory: env["HOME"] ?? "")
let session = Session(paths: options.docs.isEmpty ? [seeds] : options.docs, settings: settings,
                      out: FileDescriptorSink(fd: 1), err: FileDescriptorSink(fd: 2, unbuffered: true),
                      outIsTerminal: stdoutTTY, environment: environment, showProgress: interactive && stderrTTY)

var status: Int32 = 0
if let path = options.exportSQLite {
    do { try Exporter.export(session.catalog, as: .sqlite, to: path) } catch {
        session.err.write(session.renderer.render(error.message))
        status = 1
    }
}
if interactive {
    if !options.quiet { session.err.write(session.banner + "\n") }
    let reader: LineReader = EditLineReader(historyPath: EditLineReader.defaultHistoryPath(), completer: session.completionCandidates,
                                            warn: session.warn) ?? PlainLineReader()
    status = session.runInteractive(reader: reader)
} else if !scripted {
    status = session.runStream(file: "<stdin>") { readLine(strippingNewline: true) }
} else {
    status = max(status, session.runArguments(options.command, script: options.file))
}
session.out.flush()
exit(status)
