import DossierQuery

/// One field per line, `name = value`, names aligned, rows apart by a blank
/// line, as sqlite3's line mode.
public struct LineFormat: OutputFormat {
    public let name = "line"
    public let summary = "one field per line, rows apart by a blank line"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        let names = result.columns.map(TextEscaping.display)
        let width = names.map(DisplayWidth.of).max() ?? 0
        for (r, row) in result.rows.enumerated() {
            if r > 0 { stream.write("\n") }
            for (i, name) in names.enumerated() {
                let pad = String(repeating: " ", count: width - DisplayWidth.of(name))
                let value = i < row.count ? TextEscaping.display(row[i].text) : ""
                stream.write(pad + name + " = " + value + "\n")
            }
        }
    }
}
