import Foundation

/// `.output [FILE]`: send results to a file until `.output` alone.
struct OutputCommand: MetaCommand {
    let name = "output"
    let usage = ".output [FILE]"
    let summary = "write results to FILE until .output alone"
    var argumentKind: MetaArgumentKind { .path }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        session.redirect?.sink.flush()
        session.redirect = nil
        guard !invocation.arguments.isEmpty else { return }
        let word = try invocation.single("a file name")
        if word.text == "stdout" || word.text == "-" { return }
        session.redirect = (try Self.open(word), word.text)
    }

    static func open(_ word: MetaInvocation.Word) throws(MetaCommandError) -> TextSink {
        let path = (word.text as NSString).expandingTildeInPath
        do {
            return try FileDescriptorSink(path: path)
        } catch {
            throw MetaCommandError("cannot write to '\(word.text)'", at: word.range)
        }
    }
}

/// `.once FILE`: send the next statement's result to a file.
struct OnceCommand: MetaCommand {
    let name = "once"
    let usage = ".once FILE"
    let summary = "write the next result to FILE"
    var argumentKind: MetaArgumentKind { .path }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        let word = try invocation.single("a file name")
        session.once = (try OutputCommand.open(word), word.text)
    }
}
