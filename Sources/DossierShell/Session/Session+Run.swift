import DossierModel
import DossierQuery
import Foundation

extension Session {
    /// Runs a script (a file, piped input, a `-c` argument): meta-command lines
    /// and statements in order; false when any of them failed.
    /// With `bail`, stops at the first failure.
    @discardableResult
    public func run(_ source: SourceText) -> Bool {
        let before = failures
        var chunkStart = 0
        var chunk = ""
        var offset = 0
        var stopped = false

        func flushChunk() {
            defer { chunk = ""; }
            guard !stopped, !chunk.isEmpty else { return }
            for slice in Query.splitStatements(chunk) {
                if isFinished || (settings.bail && failures > before) { stopped = true; return }
                execute(slice.text, at: chunkStart + slice.offset, in: source)
            }
            if settings.bail && failures > before { stopped = true }
        }

        // Split bytes, not Characters: "\r\n" is one Character and would hide the line end.
        for line in source.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let text = String(decoding: line, as: UTF8.self)
            let length = text.utf8.count
            defer { offset += length + 1 }
            if stopped || isFinished { break }
            // A line starting with a dot is a meta-command unless it continues an open statement.
            if text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("."),
               chunk.isEmpty || !Query.needsContinuation(chunk) {
                flushChunk()
                if stopped || isFinished { break }
                runMetaCommand(text, at: offset, in: source)
                if settings.bail && failures > before { stopped = true }
                continue
            }
            if chunk.isEmpty { chunkStart = offset; chunk = text } else { chunk += "\n" + text }
        }
        flushChunk()
        target.flush()
        out.flush()
        return failures == before
    }

    /// Runs statements as their lines arrive (piped standard input), so a
    /// program can feed them one at a time and read each result; errors
    /// count lines from the start of the stream. Returns the exit status.
    public func runStream(file: String, nextLine: () -> String?) -> Int32 {
        var pending: [String] = []
        var firstLine = 1, lineNumber = 0
        while !isFinished, !(settings.bail && failures > 0), let line = nextLine() {
            lineNumber += 1
            if pending.isEmpty { firstLine = lineNumber }
            pending.append(line)
            let text = pending.joined(separator: "\n")
            let isMeta = pending.count == 1 && line.trimmingSpaces().hasPrefix(".")
            if !isMeta && Query.needsContinuation(text) { continue }
            pending.removeAll()
            run(SourceText(file: file, text: text, firstLine: firstLine))
        }
        if !pending.isEmpty, !isFinished, !(settings.bail && failures > 0) {
            run(SourceText(file: file, text: pending.joined(separator: "\n"), firstLine: firstLine))
        }
        out.flush()
        return exitStatus
    }

    /// Runs one statement and writes its rows; errors point into `source` at `offset`.
    @discardableResult
    func execute(_ statement: String, at offset: Int, in source: SourceText) -> Bool {
        let started = DispatchTime.now().uptimeNanoseconds
        let result = Query.run(statement, on: catalog)
        switch result {
        case .failure(let errors):
            let list = errors.errors.isEmpty ? [QueryError("invalid statement", at: 0..<statement.utf8.count)] : errors.errors
            failures += 1
            for e in list {
                err.write(renderer.render(e.message, in: source, range: (offset + e.range.lowerBound)..<(offset + max(e.range.lowerBound, e.range.upperBound))))
            }
            err.flush()
            return false
        case .success(let rows):
            if environment.takeInterrupt() {
                interruptRequested = true
                err.write("interrupted\n"); err.flush()
                return true
            }
            write(rows)
            if settings.timer {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                err.write(String(format: "Run Time: %.3f ms, %d %@\n", ms, rows.rows.count, rows.rows.count == 1 ? "row" : "rows"))
                err.flush()
            }
            return true
        }
    }

    /// Renders a result in the current format to the current target: through
    /// the pager when it is taller than the terminal at the prompt.
    func write(_ rows: ResultSet) {
        let sink = target
        let toTerminal = sink === out && outIsTerminal
        let size = toTerminal ? environment.terminalSize() : nil
        var options = RenderOptions(headers: settings.headers, width: size?.columns, color: toTerminal && settings.color)
        // An explicit COLUMNS fits a table to that width even in a pipe or a file, as psql does.
        if size == nil, let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            options.width = columns
        }
        if toTerminal, interactive, settings.pager, let size, let command = environment.pagerCommand {
            var guarded = InterruptibleStream(base: "", interrupted: environment.takeInterrupt)
            settings.format.write(rows, options: options, to: &guarded)
            if guarded.stopped { interruptRequested = true; err.write("interrupted\n"); err.flush(); return }
            let text = guarded.base
            let height = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            if height >= size.rows - 1, Pager.show(text, command: command, flushing: out) {
                _ = environment.takeInterrupt()
            } else {
                out.write(text)
            }
        } else {
            var stream = InterruptibleStream(base: SinkStream(sink: sink), interrupted: environment.takeInterrupt)
            settings.format.write(rows, options: options, to: &stream)
            if stream.stopped { interruptRequested = true; sink.flush(); err.write("\ninterrupted\n"); err.flush() }
        }
        sink.flush()
        if let once, sink === once.sink {
            self.once = nil
        }
    }
}

/// A stream that stops writing once Ctrl-C is pressed, so a long result can be abandoned.
struct InterruptibleStream<Base: TextOutputStream>: TextOutputStream {
    var base: Base
    let interrupted: @Sendable () -> Bool
    var stopped = false
    private var writes = 0

    init(base: Base, interrupted: @escaping @Sendable () -> Bool) { self.base = base; self.interrupted = interrupted }

    mutating func write(_ string: String) {
        guard !stopped else { return }
        writes += 1
        if writes % 64 == 0, interrupted() { stopped = true; return }
        base.write(string)
    }
}
