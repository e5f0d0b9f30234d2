/// A dot-command of the shell (`.mode csv`): a small type in the registry.
public protocol MetaCommand: Sendable {
    /// Without the dot.
    var name: String { get }
    var aliases: [String] { get }
    /// `.mode FORMAT`
    var usage: String { get }
    /// One line for `.help`.
    var summary: String { get }
    /// More lines for `.help NAME`.
    var details: String { get }
    /// What TAB offers for its arguments.
    var argumentKind: MetaArgumentKind { get }
    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError)
}

extension MetaCommand {
    public var aliases: [String] { [] }
    public var details: String { "" }
    public var argumentKind: MetaArgumentKind { .none }
}

/// What a meta-command's arguments are, for completion.
public enum MetaArgumentKind: Sendable {
    case none
    case path
    case choices(@Sendable (Session) -> [String])
}

/// A meta-command line cut into words, each with its UTF-8 range in the line.
public struct MetaInvocation: Sendable {
    public struct Word: Sendable, Equatable {
        public var text: String
        public var range: Range<Int>
    }
    /// The command word, with its dot.
    public var command: Word
    public var arguments: [Word]
    /// The whole line's length in bytes, for errors about a missing argument.
    public var end: Int

    /// Splits at spaces; single or double quotes keep spaces in a word.
    /// A trailing `;` is dropped, as people type it out of habit.
    public init?(line: String) {
        var words: [Word] = []
        let bytes = Array(line.utf8)
        var i = 0
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: ";") { end -= 1 }
        while i < end {
            while i < end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
            guard i < end else { break }
            let start = i
            var text: [UInt8] = []
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let q = bytes[i]; i += 1
                while i < end, bytes[i] != q {
                    if bytes[i] == UInt8(ascii: "\\"), q == UInt8(ascii: "\""), i + 1 < end { i += 1 }
                    text.append(bytes[i]); i += 1
                }
                if i < end { i += 1 }
            } else {
                while i < end, bytes[i] != UInt8(ascii: " "), bytes[i] != UInt8(ascii: "\t") { text.append(bytes[i]); i += 1 }
            }
            words.append(Word(text: String(decoding: text, as: UTF8.self), range: start..<i))
        }
        guard let first = words.first, first.text.hasPrefix(".") else { return nil }
        command = first
        arguments = Array(words.dropFirst())
        self.end = end
    }

    public var name: String { String(command.text.dropFirst()).lowercased() }
}

/// A meta-command's mistake: a message and the UTF-8 range of the line it points at.
public struct MetaCommandError: Error, Sendable {
    public var message: String
    public var range: Range<Int>?
    public init(_ message: String, at range: Range<Int>? = nil) { self.message = message; self.range = range }
}

extension MetaInvocation {
    /// The only argument, or an error naming what is missing or extra.
    func single(_ what: String) throws(MetaCommandError) -> Word {
        guard let first = arguments.first else {
            throw MetaCommandError("\(command.text) needs \(what)", at: end..<end)
        }
        if arguments.count > 1 {
            throw MetaCommandError("\(command.text) takes one argument", at: arguments[1].range)
        }
        return first
    }

    /// `on` or `off` (also yes/no, true/false, 1/0).
    func onOff() throws(MetaCommandError) -> Bool {
        let w = try single("on or off")
        switch w.text.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: throw MetaCommandError("expected on or off but found '\(w.text)'", at: w.range)
        }
    }

    func noArguments() throws(MetaCommandError) {
        if let extra = arguments.first {
            throw MetaCommandError("\(command.text) takes no argument", at: extra.range)
        }
    }
}
