/// A problem found in a document or a statement, as a value: where it is and what is wrong.
/// Rendered by the shell as `FILE:LINE:COL: error: message`, with the line and a caret.
public struct Diagnostic: Sendable, Equatable, Error {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    /// The file (or `<stdin>`, `-c`); empty when there is none.
    public var file: String
    /// 1-based; 0 when the position is unknown.
    public var line: Int
    public var column: Int

    public init(_ severity: Severity, _ message: String, file: String = "", line: Int = 0, column: Int = 0) {
        self.severity = severity; self.message = message; self.file = file; self.line = line; self.column = column
    }
}
