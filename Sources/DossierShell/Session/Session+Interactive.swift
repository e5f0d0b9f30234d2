import DossierQuery

extension Session {
    public static let prompt = "dossier> "
    public static let continuationPrompt = "   ...> "

    /// The prompt loop: meta-commands at once, statements when they are
    /// complete (an open parenthesis or quote, or a trailing backslash,
    /// continues), Ctrl-C abandons the pending lines, Ctrl-D or `.quit` leaves.
    /// Every statement goes into the history before it runs.
    public func runInteractive(reader: LineReader) -> Int32 {
        interactive = true
        var lines: [String] = []
        while !isFinished {
            switch reader.readLine(prompt: lines.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .endOfInput:
                err.flush()
                out.flush()
                return 0
            case .interrupted:
                lines.removeAll()
                _ = environment.takeInterrupt()
            case .line(let line):
                if lines.isEmpty {
                    let trimmed = line.trimmingSpaces()
                    if trimmed.isEmpty { continue }
                    if trimmed.hasPrefix(".") {
                        reader.addHistory(line.trimmingSpaces())
                        runMetaCommand(line, at: 0, in: SourceText(file: nil, text: line))
                        interruptRequested = false
                        continue
                    }
                }
                lines.append(line)
                let joined = lines.joined(separator: "\n")
                if Query.needsContinuation(joined) { continue }
                reader.addHistory(lines.map { $0.withoutTrailingBackslash.trimmingSpaces() }.joined(separator: " "))
                lines.removeAll()
                run(SourceText(file: nil, text: joined))
                interruptRequested = false
            }
        }
        out.flush()
        return 0
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }

    var withoutTrailingBackslash: String {
        let t = trimmingSpaces()
        return t.hasSuffix("\\") ? String(t.dropLast()) : self
    }
}
