import DossierModel

/// How one comparison holds between a path's values and an operand: any value
/// (any element of a list) may satisfy it; text ignores case; dates compare at
/// the coarser precision; numbers compare as numbers.
extension Evaluator {
    static func holds(_ values: [Value], _ comparison: Comparison, _ operand: Operand, _ type: FieldType) -> Bool {
        for value in values {
            for item in elements(value) where holds(item, comparison, operand, type) { return true }
        }
        return false
    }

    static func holds(_ item: String, _ comparison: Comparison, _ operand: Operand, _ type: FieldType) -> Bool {
        switch comparison {
        case .contains:
            if operand.lowered.isEmpty { return true }
            if operand.isASCII { return asciiContains(item, operand.lowered) }
            return item.lowercased().contains(operand.lowered)
        case .startsWith: return item.lowercased().hasPrefix(operand.lowered)
        case .matches: return operand.pattern?.matches(item) ?? false
        case .equal, .notEqual:
            if type == .date, !operand.text.isEmpty { return Dates.compare(item, operand.text) == 0 }
            if type == .integer, let a = Double(item), let b = operand.number { return a == b }
            let lowered = item.lowercased()
            return lowered == operand.lowered || operand.names.contains(lowered)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = order(item, operand, type) else { return false }
            switch comparison {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    /// Case-insensitive search for an ASCII needle, without lowering the text:
    /// a non-ASCII character can never equal an ASCII one, so bytes suffice.
    static func asciiContains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { text in needle.withUTF8 { pattern in
            guard pattern.count <= text.count else { return false }
            let first = pattern[0]
            func found(at i: Int) -> Bool {
                guard lowerASCII(text[i]) == first else { return false }
                var j = 1
                while j < pattern.count, lowerASCII(text[i + j]) == pattern[j] { j += 1 }
                return j == pattern.count
            }
            // Eight bytes at a time, a block is skipped when none of its bytes, with bit 5 set,
            // equals the first byte with bit 5 set: a byte whose lower case is the first byte
            // always passes, so no match is missed; blocks that pass are checked byte by byte.
            let key = UInt64(first | 0x20) &* 0x0101_0101_0101_0101
            let base = UnsafeRawPointer(text.baseAddress!)
            var i = 0
            let last = text.count - pattern.count
            while i + 8 <= last + 1 {
                let v = (base.loadUnaligned(fromByteOffset: i, as: UInt64.self) | 0x2020_2020_2020_2020) ^ key
                if (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<(i + 8) where found(at: k) { return true }
                }
                i += 8
            }
            while i <= last {
                if found(at: i) { return true }
                i += 1
            }
            return false
        } }
    }

    @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 {
        b >= 65 && b <= 90 ? b + 32 : b
    }

    /// -1, 0 or 1 for the item against the operand; nil when they cannot be ordered (an empty date).
    static func order(_ item: String, _ operand: Operand, _ type: FieldType) -> Int? {
        if type == .date { return Dates.compare(item, operand.text) }
        if let a = Double(item), let b = operand.number { return a < b ? -1 : (a == b ? 0 : 1) }
        if type == .integer { return nil }
        let lowered = item.lowercased()
        return lowered < operand.lowered ? -1 : (lowered == operand.lowered ? 0 : 1)
    }
}
