import DossierModel

/// Renders an error as `FILE:LINE:COL: error: message`, then the statement's
/// line and a caret under the culprit; colour only when asked for.
public struct ErrorRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    /// An error at a UTF-8 byte range of `source`.
    public func render(_ message: String, severity: Diagnostic.Severity = .error, in source: SourceText, range: Range<Int>) -> String {
        let loc = source.location(ofByte: range.lowerBound)
        var head = ""
        if let file = source.file { head = "\(file):\(loc.line):\(loc.column): " }
        var out = style(head, Style.bold) + label(severity) + style(message, Style.bold) + "\n"

        let prefixBytes = Array(loc.lineText.utf8).prefix(max(0, range.lowerBound - loc.lineStart))
        let prefix = TextEscaping.display(String(decoding: prefixBytes, as: UTF8.self))
        let lineBytes = loc.lineText.utf8.count
        let upper = min(range.upperBound - loc.lineStart, lineBytes)
        let culpritBytes = Array(loc.lineText.utf8).dropFirst(prefixBytes.count).prefix(max(0, upper - prefixBytes.count))
        let culpritWidth = DisplayWidth.of(TextEscaping.display(String(decoding: culpritBytes, as: UTF8.self)))
        out += highlight(TextEscaping.display(loc.lineText)) + "\n"
        let marker = "^" + String(repeating: "~", count: max(0, culpritWidth - 1))
        out += String(repeating: " ", count: DisplayWidth.of(prefix)) + style(marker, Style.green) + "\n"
        return out
    }

    /// A message with no statement to point into (a loader warning, a file that cannot be read).
    public func render(_ diagnostic: Diagnostic) -> String {
        var head = ""
        if !diagnostic.file.isEmpty {
            head = diagnostic.file
            if diagnostic.line > 0 { head += ":\(diagnostic.line)" }
            if diagnostic.column > 0 { head += ":\(diagnostic.column)" }
            head += ": "
        }
        return style(head, Style.bold) + label(diagnostic.severity) + style(diagnostic.message, Style.bold) + "\n"
    }

    /// A bare `error: message` line.
    public func render(_ message: String, severity: Diagnostic.Severity = .error) -> String {
        label(severity) + style(message, Style.bold) + "\n"
    }

    enum Style {
        static let bold = "1", red = "1;31", magenta = "1;35", green = "1;32", cyan = "36", blue = "1;34"
    }

    func label(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return style("error:", Style.red) + " "
        case .warning: return style("warning:", Style.magenta) + " "
        case .note: return style("note:", Style.cyan) + " "
        }
    }

    func style(_ s: String, _ code: String) -> String {
        guard color, !s.isEmpty else { return s }
        return "\u{1B}[\(code)m" + s + "\u{1B}[0m"
    }

    static let keywords: Set<String> = [
        "where", "and", "or", "not", "order", "by", "asc", "desc", "limit", "offset", "select", "count",
        "distinct", "contains", "starts", "with", "matches", "in", "is", "empty",
    ]

    /// The echoed statement with its keywords in colour (outside quotes).
    func highlight(_ line: String) -> String {
        guard color else { return line }
        var out = "", word = "", quote: Character?
        func flushWord() {
            out += Self.keywords.contains(word.lowercased()) ? style(word, Style.blue) : word
            word = ""
        }
        for c in line {
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                flushWord(); quote = c; out.append(c)
            } else if c.isLetter || c == "_" {
                word.append(c)
            } else {
                flushWord(); out.append(c)
            }
        }
        flushWord()
        return out
    }
}
