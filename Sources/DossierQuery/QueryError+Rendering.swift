/// Positions are kept as UTF-8 offsets; lines and columns are worked out only
/// here, when an error is shown.
extension QueryError {
    /// The 1-based line and column (in characters) where the error starts within `text`.
    public func location(in text: String) -> (line: Int, column: Int) {
        let bytes = Array(text.utf8)
        let at = min(max(0, range.lowerBound), bytes.count)
        var lineStart = 0, line = 1
        for i in 0..<at where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return (line, String(decoding: bytes[lineStart..<at], as: UTF8.self).count + 1)
    }

    /// The error as a shell shows it: `error: message`, then the statement's
    /// line with a caret under the culprit.
    ///
    ///     error: unknown field 'councl' in findings; did you mean 'council'?
    ///     findings where councl = Dudley
    ///                    ^~~~~~
    public func rendered(in statement: String, prefix: String = "") -> String {
        let bytes = Array(statement.utf8)
        let at = min(max(0, range.lowerBound), bytes.count)
        var lineStart = at
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = at
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let lead = String(decoding: bytes[lineStart..<at], as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
        let end = min(max(at, range.upperBound), lineEnd)
        let width = String(decoding: bytes[at..<end], as: UTF8.self).count
        let marker = "^" + String(repeating: "~", count: max(0, width - 1))
        return "\(prefix)error: \(message)\n\(lineText)\n\(lead)\(marker)"
    }
}

extension QueryErrors {
    /// Every error rendered, one after another.
    public func rendered(in statement: String) -> String {
        errors.map { $0.rendered(in: statement) }.joined(separator: "\n")
    }
}
