import DossierQuery

/// A GitHub-flavoured Markdown table; pipes and control characters escaped.
public struct MarkdownFormat: OutputFormat {
    public let name = "markdown"
    public let summary = "a Markdown table"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        let right = result.types.map { $0 == .integer }
        stream.write("| " + result.columns.map(Self.cell).joined(separator: " | ") + " |\n")
        stream.write("|" + result.columns.indices.map { right[safe: $0] == true ? "---:|" : "---|" }.joined() + "\n")
        for row in result.rows {
            stream.write("| " + row.map { Self.cell($0.text) }.joined(separator: " | ") + " |\n")
        }
    }

    static func cell(_ s: String) -> String {
        TextEscaping.display(s).replacingAll("|", with: "\\|")
    }
}
