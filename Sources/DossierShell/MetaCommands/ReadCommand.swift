import Foundation

/// `.read FILE`: run a script; its errors name the file and line.
struct ReadCommand: MetaCommand {
    let name = "read"
    let usage = ".read FILE"
    let summary = "run the statements and commands in FILE"
    var argumentKind: MetaArgumentKind { .path }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        let word = try invocation.single("a file name")
        let path = (word.text as NSString).expandingTildeInPath
        guard session.readDepth < 16 else {
            throw MetaCommandError(".read nested too deeply", at: word.range)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MetaCommandError("cannot read '\(word.text)'", at: word.range)
        }
        session.readDepth += 1
        defer { session.readDepth -= 1 }
        session.run(SourceText(file: word.text, text: String(decoding: data, as: UTF8.self)))
    }
}

/// `.load PATH`: add a document or a folder of them to the model.
struct LoadCommand: MetaCommand {
    let name = "load"
    let usage = ".load PATH"
    let summary = "add a document, or every document in a folder, to the model"
    var argumentKind: MetaArgumentKind { .path }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        let word = try invocation.single("a file or folder")
        let path = (word.text as NSString).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw MetaCommandError("no such file or folder '\(word.text)'", at: word.range)
        }
        let before = session.model.documents.count
        session.reload(paths: session.paths + [path])
        let added = session.model.documents.count - before
        session.err.write("loaded \(added) \(added == 1 ? "document" : "documents") from \(word.text)\n")
        session.err.flush()
    }
}
