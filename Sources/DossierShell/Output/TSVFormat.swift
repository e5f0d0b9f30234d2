import DossierQuery

/// Tab-separated values, one row a line; tabs, newlines, other controls and
/// backslashes in values are escaped (`\t`, `\n`, `\\`) so every row stays one line.
public struct TSVFormat: OutputFormat {
    public let name = "tsv"
    public let summary = "tab-separated values, with tabs and newlines escaped"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        if options.headers { stream.write(result.columns.map(TextEscaping.tsv).joined(separator: "\t") + "\n") }
        for row in result.rows {
            stream.write(row.map { TextEscaping.tsv($0.text) }.joined(separator: "\t") + "\n")
        }
    }
}
