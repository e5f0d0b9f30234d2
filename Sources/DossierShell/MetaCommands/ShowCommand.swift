import DossierModel
import DossierQuery

/// `.show ID`: the evidence for a row, its sentence marked inside its
/// paragraph, with the document and line.
struct ShowCommand: MetaCommand {
    let name = "show"
    let usage = ".show ID"
    let summary = "the sentence a row came from, in its paragraph, with document and line"
    var argumentKind: MetaArgumentKind {
        .choices { session in
            session.catalog.tables.filter { $0.sources.any }.flatMap { t in
                t.fieldIndex("id").map { i in t.rows.map { $0[i].text } } ?? []
            }
        }
    }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        let word = try invocation.single("a row id")
        guard let (table, r) = session.catalog.row(withID: word.text) else {
            let ids = session.catalog.tables.flatMap { t in t.fieldIndex("id").map { i in t.rows.prefix(5000).map { $0[i].text } } ?? [] }
            var message = "no row has id '\(word.text)'"
            if let near = Suggestions.nearest(word.text, in: ids) { message += "; did you mean '\(near)'?" }
            throw MetaCommandError(message, at: word.range)
        }
        let width = session.outIsTerminal ? session.environment.terminalSize()?.columns : nil
        session.out.write(Self.render(table: table, row: r, model: session.model,
                                      color: session.settings.color && session.outIsTerminal, width: width))
    }

    /// The header line (collection, id, document, line) and the marked paragraph;
    /// rows without a source sentence are shown one field per line.
    static func render(table: Table, row r: Int, model: Model, color: Bool, width: Int? = nil) -> String {
        let id = table.fieldIndex("id").map { table.column($0)(r).text } ?? ""
        guard let source = table.sources[safe: r] ?? nil else {
            var text = ""
            LineFormat().write(ResultSet(columns: table.fields.map(\.name), types: table.fields.map(\.type), rows: [table.values(ofRow: r)]),
                               options: RenderOptions(), to: &text)
            return text
        }
        var text = "\(table.name) \(TextEscaping.display(id)): \(TextEscaping.display(source.document)), line \(source.line)\n"
        guard let paragraph = model.paragraph(around: source), !paragraph.sentences.isEmpty else {
            if let i = table.fieldIndex("text") { text += TextEscaping.display(table.column(i)(r).text) + "\n" }
            return text
        }
        // Words of the paragraph, each knowing whether it is in the marked sentence.
        var words: [(String, Bool)] = []
        for (k, sentence) in paragraph.sentences.enumerated() {
            let marked = k == paragraph.marked
            let split = TextEscaping.display(sentence.text).split(separator: " ").map { (String($0), marked) }
            if marked && !color { words.append((">>>", true)); words += split; words.append(("<<<", true)) } else { words += split }
        }
        var lines: [[(String, Bool)]] = [[]]
        var used = 0
        for word in words {
            let w = DisplayWidth.of(word.0)
            if let width, used > 0, used + 1 + w > width { lines.append([]); used = 0 }
            used += (used > 0 ? 1 : 0) + w
            lines[lines.count - 1].append(word)
        }
        for line in lines {
            var out = "", inMark = false
            for (i, (word, marked)) in line.enumerated() {
                if color && !marked && inMark { out += "\u{1B}[0m"; inMark = false }
                if i > 0 { out += " " }
                if color && marked && !inMark { out += "\u{1B}[1;4m"; inMark = true }
                out += word
            }
            if inMark { out += "\u{1B}[0m" }
            text += out + "\n"
        }
        return text
    }
}
