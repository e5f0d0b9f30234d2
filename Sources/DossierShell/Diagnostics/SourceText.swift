/// The text errors point into (a script, a `-c` argument, a typed statement),
/// turning UTF-8 offsets into lines and columns only when an error is rendered.
public struct SourceText: Sendable {
    /// `FILE` in `FILE:LINE:COL`; nil for the interactive prompt.
    public var file: String?
    public var text: String
    /// The line `text` starts on in its file, when it is a piece of a stream.
    public var firstLine: Int

    public init(file: String?, text: String, firstLine: Int = 1) {
        self.file = file; self.text = text; self.firstLine = firstLine
    }

    /// 1-based line and column (in characters) of a UTF-8 offset, with the
    /// whole line it lies on and the UTF-8 offset where that line starts.
    public func location(ofByte offset: Int) -> (line: Int, column: Int, lineText: String, lineStart: Int) {
        let bytes = Array(text.utf8)
        let at = min(max(0, offset), bytes.count)
        var line = 1, lineStart = 0
        for i in 0..<at where bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let prefix = String(decoding: bytes[lineStart..<at], as: UTF8.self)
        var lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if lineText.hasSuffix("\r") { lineText.removeLast() }
        return (line + firstLine - 1, prefix.count + 1, lineText, lineStart)
    }
}
