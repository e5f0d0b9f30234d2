/// The syntax tree of a `matches` pattern.
indirect enum PatternNode: Sendable {
    case test(Pattern.Test)
    case lineStart, lineEnd
    case boundary(Bool)
    case sequence([PatternNode])
    case choice([PatternNode])
    case repeated(PatternNode, min: Int, max: Int?)
}

/// Reads a pattern: choice = sequence { "|" sequence }; sequence = { atom [quantifier] }.
struct PatternParser {
    static let maxDepth = 100
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func parse() throws -> PatternNode {
        let node = try choice()
        if position < scalars.count { throw PatternError(reason: Messages.patternUnmatched(")")) }
        return node
    }

    private mutating func choice() throws -> PatternNode {
        var options = [try sequence()]
        while peek == "|" {
            position += 1
            options.append(try sequence())
        }
        return options.count == 1 ? options[0] : .choice(options)
    }

    private mutating func sequence() throws -> PatternNode {
        var items: [PatternNode] = []
        while let c = peek, c != "|", c != ")" {
            var atom = try self.atom()
            while let q = peek, q == "*" || q == "+" || q == "?" || q == "{" {
                guard let (min, max) = try quantifier() else { break }
                atom = .repeated(atom, min: min, max: max)
                if peek == "?" { position += 1 } // lazy: the same for a yes/no match
            }
            items.append(atom)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`; nil when `{` does not start one (then it is literal).
    private mutating func quantifier() throws -> (Int, Int?)? {
        let c = scalars[position]
        switch c {
        case "*": position += 1; return (0, nil)
        case "+": position += 1; return (1, nil)
        case "?": position += 1; return (0, 1)
        default:
            var end = position + 1
            while end < scalars.count, scalars[end] != "}" { end += 1 }
            guard end < scalars.count else { return nil }
            let body = String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let min = Int(parts[0]) else { return nil }
            let max: Int? = parts.count == 1 ? min : (parts[1].isEmpty ? nil : Int(parts[1]))
            if parts.count == 2, !parts[1].isEmpty, max == nil { return nil }
            guard min <= Pattern.maxRepeat, (max ?? 0) <= Pattern.maxRepeat, min <= (max ?? min) else {
                throw PatternError(reason: Messages.patternCounts(Pattern.maxRepeat))
            }
            position = end + 1
            return (min, max)
        }
    }

    private mutating func atom() throws -> PatternNode {
        let c = scalars[position]
        position += 1
        switch c {
        case ".": return .test(.any)
        case "^": return .lineStart
        case "$": return .lineEnd
        case "*", "+", "?": throw PatternError(reason: Messages.patternNothingToRepeat(Character(c)))
        case "[": return .test(try characterClass())
        case "\\": return try escape()
        case "(":
            depth += 1
            defer { depth -= 1 }
            guard depth <= PatternParser.maxDepth else { throw PatternError(reason: Messages.patternTooDeep(PatternParser.maxDepth)) }
            if peek == "?" {
                guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                    throw PatternError(reason: Messages.patternLookAround)
                }
                position += 2
            }
            let inner = try choice()
            guard peek == ")" else { throw PatternError(reason: Messages.patternMissing(")")) }
            position += 1
            return inner
        default:
            return .test(.scalar(Pattern.lower(c)))
        }
    }

    private mutating func escape() throws -> PatternNode {
        guard let c = peek else { throw PatternError(reason: Messages.patternTrailingBackslash) }
        position += 1
        switch c {
        case "b": return .boundary(true)
        case "B": return .boundary(false)
        case "1"..."9": throw PatternError(reason: Messages.patternBackReference)
        default: return .test(classEscape(c).map { .set([$0], negated: false) } ?? .scalar(Pattern.lower(literalEscape(c))))
        }
    }

    private func classEscape(_ c: Unicode.Scalar) -> Pattern.ClassItem? {
        switch c {
        case "d": return .digit(true)
        case "D": return .digit(false)
        case "w": return .word(true)
        case "W": return .word(false)
        case "s": return .space(true)
        case "S": return .space(false)
        default: return nil
        }
    }

    private func literalEscape(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "n": return "\n"
        case "t": return "\t"
        default: return c
        }
    }

    private mutating func characterClass() throws -> Pattern.Test {
        var negated = false
        if peek == "^" { negated = true; position += 1 }
        var items: [Pattern.ClassItem] = []
        var first = true
        while let c = peek, c != "]" || first {
            first = false
            position += 1
            var low = c
            if c == "\\" {
                guard let e = peek else { break }
                position += 1
                if let item = classEscape(e) { items.append(item); continue }
                low = literalEscape(e)
            }
            if peek == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                position += 1
                var high = scalars[position]
                position += 1
                if high == "\\", let e = peek { position += 1; high = literalEscape(e) }
                guard low <= high else { throw PatternError(reason: Messages.patternRangeOrder) }
                items.append(.range(Pattern.lower(low), Pattern.lower(high)))
            } else {
                items.append(.range(Pattern.lower(low), Pattern.lower(low)))
            }
        }
        guard peek == "]" else { throw PatternError(reason: Messages.patternMissing("]")) }
        position += 1
        return .set(items, negated: negated)
    }
}

extension Pattern {
    /// Lower case for a scalar whose lower case is one scalar, as the input is lowered.
    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let lowered = c.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first! : c
    }
}
