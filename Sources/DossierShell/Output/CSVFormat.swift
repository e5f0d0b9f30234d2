import DossierQuery

/// RFC 4180 quoting: fields with a comma, quote or newline are quoted, quotes
/// doubled. So that document text cannot drive a terminal, records end in LF
/// (which every CSV reader accepts) and other control characters, escapes and
/// bidi controls are written as visible escapes (`\e`, `\r`, `\u{202E}`).
public struct CSVFormat: OutputFormat {
    public let name = "csv"
    public let summary = "comma-separated values (RFC 4180)"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        if options.headers { stream.write(result.columns.map(Self.field).joined(separator: ",") + "\n") }
        for row in result.rows {
            stream.write(row.map { Self.field($0.text) }.joined(separator: ",") + "\n")
        }
    }

    static func field(_ raw: String) -> String {
        let s = TextEscaping.keepingNewlines(raw)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
