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

/// `.headers on|off`: column names in table, csv, tsv output.
struct HeadersCommand: MetaCommand {
    let name = "headers"
    let aliases = ["header"]
    let usage = ".headers on|off"
    let summary = "show or hide column names"
    var argumentKind: MetaArgumentKind { .choices { _ in ["on", "off"] } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.settings.headers = try invocation.onOff()
    }
}

/// `.timer on|off`: how long each statement took, on standard error.
struct TimerCommand: MetaCommand {
    let name = "timer"
    let usage = ".timer on|off"
    let summary = "report how long each statement takes"
    var argumentKind: MetaArgumentKind { .choices { _ in ["on", "off"] } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.settings.timer = try invocation.onOff()
    }
}

/// `.pager on|off`: page results taller than the screen at the prompt.
struct PagerCommand: MetaCommand {
    let name = "pager"
    let usage = ".pager on|off"
    let summary = "page results taller than the screen ($PAGER, else less -FRX)"
    var argumentKind: MetaArgumentKind { .choices { _ in ["on", "off"] } }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.settings.pager = try invocation.onOff()
    }
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
