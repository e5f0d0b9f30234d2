import Foundation

/// A `LineReader` without editing: the prompt on standard error and lines
/// from standard input, for terminals libedit cannot drive.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineReadResult {
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    public func addHistory(_ line: String) {}
}
