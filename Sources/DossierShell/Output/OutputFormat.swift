import DossierModel
import DossierQuery

/// Settings every format reads: whether to print headers, how wide the screen is, colour.
public struct RenderOptions: Sendable, Equatable {
    public var headers: Bool
    /// Columns available for a table; nil when unlimited (a pipe or a file).
    public var width: Int?
    /// Bold headers with ANSI escapes; only on a terminal.
    public var color: Bool
    /// A table cell longer than this many wrapped lines is cut with an ellipsis.
    public var maxCellLines: Int

    public init(headers: Bool = true, width: Int? = nil, color: Bool = false, maxCellLines: Int = 8) {
        self.headers = headers; self.width = width; self.color = color; self.maxCellLines = maxCellLines
    }
}

/// One way of writing a result set to a text stream; the names follow sqlite3's `.mode`.
public protocol OutputFormat: Sendable {
    /// The name `.mode` and `--format` take.
    var name: String { get }
    /// One line for `.help mode`.
    var summary: String { get }
    func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream)
}

/// Every format, by name.
public enum OutputFormats {
    public static let all: [any OutputFormat] = [
        TableFormat(), CSVFormat(), TSVFormat(), JSONFormat(), JSONLinesFormat(), MarkdownFormat(), LineFormat(),
    ]

    public static var names: [String] { all.map(\.name) }

    public static func named(_ name: String) -> (any OutputFormat)? {
        let key = name.lowercased()
        if key == "box" { return TableFormat() }
        return all.first { $0.name == key }
    }
}

extension ResultSet {
    /// Cells as text, for the text formats.
    func textRows() -> [[String]] { rows.map { $0.map(\.text) } }
}
