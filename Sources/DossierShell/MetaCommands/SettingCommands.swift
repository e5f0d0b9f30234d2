/// `.mode FORMAT`: how results are written.
struct ModeCommand: MetaCommand {
    let name = "mode"
    let usage = ".mode [FORMAT]"
    let summary = "set the output format: table, csv, tsv, json, jsonl, markdown, line"
    var details: String { HelpCommand.formats }
    var argumentKind: MetaArgumentKind { .choices { _ in OutputFormats.names } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        guard !invocation.arguments.isEmpty else {
            session.out.write("\(session.settings.format.name)\n")
            return
        }
        let word = try invocation.single("a format")
        guard let format = OutputFormats.named(word.text) else {
            var message = "unknown format '\(word.text)'"
            if let near = Suggestions.nearest(word.text, in: OutputFormats.names) { message += "; did you mean '\(near)'?" }
            else { message += "; formats are " + OutputFormats.names.joined(separator: ", ") }
            throw MetaCommandError(message, at: word.range)
        }
        session.settings.format = format
    }
}

/// A setting switched by `.NAME on|off` (`.headers`, `.timer`, `.pager`).
struct ToggleCommand: MetaCommand {
    let name: String
    var aliases: [String] = []
    let summary: String
    let setting: WritableKeyPath<ShellSettings, Bool> & Sendable

    var usage: String { ".\(name) on|off" }
    var argumentKind: MetaArgumentKind { .choices { _ in ["on", "off"] } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.settings[keyPath: setting] = try invocation.onOff()
    }

    /// Column names in table, csv and tsv output.
    static let headers = ToggleCommand(name: "headers", aliases: ["header"], summary: "show or hide column names", setting: \.headers)
    /// How long each statement took, on standard error.
    static let timer = ToggleCommand(name: "timer", summary: "report how long each statement takes", setting: \.timer)
    /// Page results taller than the screen at the prompt.
    static let pager = ToggleCommand(name: "pager", summary: "page results taller than the screen ($PAGER, else less -FRX)", setting: \.pager)
}

/// `.quit`: leave the shell (or stop the script).
struct QuitCommand: MetaCommand {
    let name = "quit"
    let aliases = ["exit", "q"]
    let usage = ".quit"
    let summary = "leave"

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.shouldQuit = true
    }
}
