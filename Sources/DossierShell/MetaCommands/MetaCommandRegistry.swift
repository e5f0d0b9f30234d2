/// Every meta-command, in the order `.help` lists them.
public enum MetaCommandRegistry {
    public static let all: [any MetaCommand] = [
        HelpCommand(), SchemaCommand(), ModeCommand(), ToggleCommand.headers, OutputCommand(), OnceCommand(),
        ReadCommand(), LoadCommand(), ShowCommand(), ExportCommand(), ToggleCommand.timer, ToggleCommand.pager, QuitCommand(),
    ]

    /// The command called `name` (without the dot), or one of its aliases.
    public static func command(named name: String) -> (any MetaCommand)? {
        let key = name.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// Names with their dots, for completion and suggestions.
    public static var names: [String] { all.map { "." + $0.name } }
}

extension Session {
    /// Runs one meta-command line; errors point into `source` at `offset`.
    @discardableResult
    func runMetaCommand(_ line: String, at offset: Int, in source: SourceText) -> Bool {
        let leading = line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let body = String(decoding: line.utf8.dropFirst(leading), as: UTF8.self)
        let base = offset + leading
        guard let invocation = MetaInvocation(line: body) else { return true }
        guard let command = MetaCommandRegistry.command(named: invocation.name) else {
            var message = "unknown command '\(invocation.command.text)'"
            if let near = Suggestions.nearest(invocation.command.text, in: MetaCommandRegistry.names) {
                message += "; did you mean '\(near)'?"
            } else {
                message += "; .help lists the commands"
            }
            fail(message, in: source, range: (base + invocation.command.range.lowerBound)..<(base + invocation.command.range.upperBound))
            return false
        }
        do {
            try command.run(invocation, in: self)
            out.flush()
            return true
        } catch {
            let range = error.range ?? invocation.command.range
            fail(error.message, in: source, range: (base + range.lowerBound)..<(base + range.upperBound))
            return false
        }
    }
}
