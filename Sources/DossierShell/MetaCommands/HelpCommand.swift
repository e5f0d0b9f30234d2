import DossierModel

/// `.help [topic]`: the commands, or one command, collection or the language in detail.
struct HelpCommand: MetaCommand {
    let name = "help"
    let usage = ".help [TOPIC]"
    let summary = "this list, or help on a command, a collection, 'language' or 'formats'"
    var argumentKind: MetaArgumentKind {
        .choices { session in MetaCommandRegistry.all.map(\.name) + session.catalog.names + ["language", "formats"] }
    }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        guard let topic = invocation.arguments.first else {
            session.out.write(Self.overview(session))
            return
        }
        let key = topic.text.lowercased().trimmingPrefix(".")
        if let command = MetaCommandRegistry.command(named: String(key)) {
            var text = "\(command.usage)\n  \(command.summary)\n"
            if !command.details.isEmpty { text += command.details.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" }
            session.out.write(text)
        } else if session.catalog.table(String(key)) != nil {
            session.out.write(SchemaCommand.describe(String(key), in: session))
        } else if key == "language" || key == "statements" || key == "query" {
            session.out.write(Self.language(session))
        } else if key == "formats" || key == "format" {
            session.out.write(Self.formats)
        } else {
            let topics = MetaCommandRegistry.all.map(\.name) + session.catalog.names + ["language", "formats"]
            var message = "no help on '\(topic.text)'"
            if let near = Suggestions.nearest(String(key), in: topics) { message += "; did you mean '\(near)'?" }
            throw MetaCommandError(message, at: topic.range)
        }
    }

    static func overview(_ session: Session) -> String {
        var text = language(session) + "\nMeta-commands:\n"
        let width = MetaCommandRegistry.all.map { $0.usage.count }.max() ?? 0
        for c in MetaCommandRegistry.all {
            text += "  " + c.usage.padding(to: width) + "  " + c.summary + "\n"
        }
        text += "\nKeys: TAB completes; Up, Down and Ctrl-R search the history; Ctrl-C abandons the line; Ctrl-D leaves\n"
        text += ".help TOPIC for more: a command (.help mode), a collection (.help findings), language, formats\n"
        return text
    }

    static func language(_ session: Session) -> String {
        """
        Statements (one a line, or ended by ';'; '--' starts a comment):
          COLLECTION [where CONDITION] [select FIELDS] [order by FIELD [asc|desc], ...] [limit N [offset M]]
          count COLLECTION [where CONDITION] [by FIELD, ...]
        Conditions: = != < <= > >= contains, starts with, matches, in (a, b), is empty, and, or, not, ( )
        Collections: \(session.catalog.names.joined(separator: ", "))
        Example: findings where council = Dudley and kind = concern

        """
    }

    static var formats: String {
        let width = OutputFormats.names.map(\.count).max() ?? 0
        return "Formats (.mode FORMAT, --format FORMAT):\n"
            + OutputFormats.all.map { "  " + $0.name.padding(to: width) + "  " + $0.summary + "\n" }.joined()
    }
}

extension String {
    func padding(to width: Int) -> String {
        DisplayWidth.pad(self, to: width)
    }
}
