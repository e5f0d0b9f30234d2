/// A regular expression for `matches`, run by a Pike VM (Thompson's construction):
/// it tracks every possible position in the pattern at once, so matching takes
/// time linear in the text for a given pattern and no pattern can hang, unlike
/// a backtracking engine on `(a+)+b`. Matching ignores case and finds the
/// pattern anywhere in the text unless anchored with `^` or `$`.
///
/// Supported: literals, `.`, `[...]` and `[^...]` with ranges, `\d \w \s \D \W \S \b \B`,
/// escaped punctuation, `^ $`, groups `( )` and `(?: )`, `|`, `* + ? {n} {n,} {n,m}`
/// (lazy forms accepted). Not supported: back references and look-around.
struct Pattern: Sendable {
    enum Test: Sendable, Equatable {
        case scalar(Unicode.Scalar)
        case any
        case set([ClassItem], negated: Bool)

        func accepts(_ c: Unicode.Scalar) -> Bool {
            switch self {
            case .scalar(let s): return s == c
            case .any: return c != "\n"
            case .set(let items, let negated): return items.contains { $0.accepts(c) } != negated
            }
        }
    }

    enum ClassItem: Sendable, Equatable {
        case range(Unicode.Scalar, Unicode.Scalar)
        case digit(Bool), word(Bool), space(Bool)

        func accepts(_ c: Unicode.Scalar) -> Bool {
            switch self {
            case .range(let lo, let hi): return lo <= c && c <= hi
            case .digit(let yes): return ("0"..."9").contains(c) == yes
            case .word(let yes): return Pattern.isWord(c) == yes
            case .space(let yes): return c.properties.isWhitespace == yes
            }
        }
    }

    enum Instruction: Sendable, Equatable {
        case test(Test)
        case split(Int, Int)
        case jump(Int)
        case lineStart, lineEnd
        case boundary(Bool)
        case match
    }

    /// Patterns compile to at most this many instructions.
    static let maxProgram = 5_000
    /// `{n,m}` counts above this are rejected.
    static let maxRepeat = 1000

    let program: [Instruction]

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    /// Compiles a pattern, or returns why it cannot.
    static func compile(_ source: String) -> Result<Pattern, PatternError> {
        var parser = PatternParser(Array(source.unicodeScalars))
        do {
            let node = try parser.parse()
            var compiler = PatternCompiler()
            try compiler.emit(node)
            compiler.program.append(.match)
            return .success(Pattern(program: compiler.program))
        } catch let error as PatternError {
            return .failure(error)
        } catch {
            return .failure(PatternError(reason: "\(error)"))
        }
    }

    /// True when the pattern occurs anywhere in `text`, ignoring case.
    func matches(_ text: String) -> Bool {
        let input = Array(text.lowercased().unicodeScalars)
        var current = ThreadList(size: program.count), next = ThreadList(size: program.count)
        var stack: [Int] = []
        for position in 0...input.count {
            // A new thread starts at every position: the search is unanchored.
            if add(0, at: position, input, &current, &stack) { return true }
            guard position < input.count else { break }
            let c = input[position]
            next.clear()
            for pc in current.items {
                if case .test(let test) = program[pc], test.accepts(c) {
                    if add(pc + 1, at: position + 1, input, &next, &stack) { return true }
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds a thread and everything it reaches without reading; true on a match.
    private func add(_ start: Int, at position: Int, _ input: [Unicode.Scalar], _ list: inout ThreadList, _ stack: inout [Int]) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(start)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .lineStart: if position == 0 { stack.append(pc + 1) }
            case .lineEnd: if position == input.count { stack.append(pc + 1) }
            case .boundary(let wanted):
                let before = position > 0 && Pattern.isWord(input[position - 1])
                let after = position < input.count && Pattern.isWord(input[position])
                if (before != after) == wanted { stack.append(pc + 1) }
            case .test: break
            }
        }
        return false
    }

    /// A sparse set of program counters, in insertion order.
    struct ThreadList {
        var items: [Int] = []
        var seen: [Bool]
        init(size: Int) { seen = Array(repeating: false, count: size) }
        mutating func insert(_ pc: Int) -> Bool {
            if seen[pc] { return false }
            seen[pc] = true
            items.append(pc)
            return true
        }
        mutating func clear() {
            for pc in items { seen[pc] = false }
            items.removeAll(keepingCapacity: true)
        }
    }
}

/// Why a pattern was rejected.
struct PatternError: Error, Sendable, Equatable {
    var reason: String
}
