/// Where the interactive shell gets its lines: libedit in a terminal, a script
/// in tests. Only DossierTerminal implements it with libedit.
public protocol LineReader: AnyObject {
    /// Reads one line (without its newline), showing `prompt`.
    func readLine(prompt: String) -> LineReadResult
    /// Records a statement in the history (and its file).
    func addHistory(_ line: String)
}

public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the pending line is abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}
