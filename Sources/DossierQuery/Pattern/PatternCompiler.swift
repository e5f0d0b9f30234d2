/// Turns a pattern tree into Pike VM instructions, within `Pattern.maxProgram`.
struct PatternCompiler {
    var program: [Pattern.Instruction] = []

    private mutating func append(_ instruction: Pattern.Instruction) throws {
        guard program.count < Pattern.maxProgram else {
            throw PatternError(reason: Messages.patternTooLarge(Pattern.maxProgram))
        }
        program.append(instruction)
    }

    mutating func emit(_ node: PatternNode) throws {
        switch node {
        case .test(let test): try append(.test(test))
        case .lineStart: try append(.lineStart)
        case .lineEnd: try append(.lineEnd)
        case .boundary(let wanted): try append(.boundary(wanted))
        case .sequence(let items): for item in items { try emit(item) }
        case .choice(let options):
            var jumps: [Int] = []
            for (i, option) in options.enumerated() {
                if i < options.count - 1 {
                    let split = program.count
                    try append(.split(split + 1, 0))
                    try emit(option)
                    jumps.append(program.count)
                    try append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(option)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .repeated(let inner, let min, let max):
            for _ in 0..<min { try emit(inner) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.count)
                    try append(.split(program.count + 1, 0))
                    try emit(inner)
                }
                for s in splits { program[s] = .split(s + 1, program.count) }
            } else {
                let loop = program.count
                try append(.split(loop + 1, 0))
                try emit(inner)
                try append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}
