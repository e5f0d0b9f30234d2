/// Character tests and substring search that stay in the standard library: Foundation's
/// `contains` and Unicode property look-ups dominate loading time when used per word.
enum FastText {
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 97 && v <= 122 }
        return c.properties.isLowercase
    }

    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard nb.count > 0 else { return true }
                guard hb.count >= nb.count else { return false }
                let first = nb[0]
                var i = 0
                let last = hb.count - nb.count
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < nb.count && hb[i + k] == nb[k] { k += 1 }
                        if k == nb.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The string of some scalars, encoded straight into UTF-8: building it through
    /// `String.UnicodeScalarView` runs generic, unspecialised code per scalar.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer(string)
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer(string)
    }

    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var count = 0
        for c in s {
            let v = c.value
            count += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
        }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { out in
            var i = 0
            for c in s {
                let v = c.value
                if v < 0x80 {
                    out[i] = UInt8(truncatingIfNeeded: v); i += 1
                } else if v < 0x800 {
                    out[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    out[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 3
                } else {
                    out[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    /// Spaces and tabs, as `CharacterSet.whitespaces` has them (with the no-break spaces).
    static let blanks: Set<Unicode.Scalar> = [" ", "\t", "\u{A0}", "\u{2007}", "\u{202F}", "\u{3000}", "\u{2002}", "\u{2003}", "\u{2009}"]

    /// The text without the given scalars at either end.
    static func trimmed(_ s: String, _ set: Set<Unicode.Scalar>) -> String {
        let u = s.unicodeScalars
        guard let a = u.firstIndex(where: { !set.contains($0) }), let b = u.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(u[a...b])
    }

    /// The text with curly apostrophes made straight.
    static func straightened(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "’" }) else { return s }
        return string(s.unicodeScalars.map { $0 == "’" ? "'" : $0 })
    }

    @inline(__always) static func utf8Length(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        return v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
    }

    /// The scalars of valid UTF-8 (a string's bytes), decoded in one pass into one array.
    static func scalars(of u: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let n = u.count
        guard n > 0 else { return [] }
        var count = 0
        for b in u where b & 0xC0 != 0x80 { count += 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            var i = 0, k = 0
            while i < n {
                let b = UInt32(u[i])
                var v: UInt32
                if b < 0x80 {
                    v = b; i += 1
                } else if b < 0xE0 {
                    v = (b & 0x1F) << 6 | (UInt32(u[i + 1]) & 0x3F); i += 2
                } else if b < 0xF0 {
                    v = (b & 0x0F) << 12 | (UInt32(u[i + 1]) & 0x3F) << 6 | (UInt32(u[i + 2]) & 0x3F); i += 3
                } else {
                    v = (b & 0x07) << 18 | (UInt32(u[i + 1]) & 0x3F) << 12 | (UInt32(u[i + 2]) & 0x3F) << 6 | (UInt32(u[i + 3]) & 0x3F); i += 4
                }
                (out.baseAddress! + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                k += 1
            }
            initialized = k
        }
    }

    /// Whether the scalars contain `c`.
    static func contains(_ s: [Unicode.Scalar], _ c: Unicode.Scalar) -> Bool {
        s.withUnsafeBufferPointer { b in
            for x in b where x == c { return true }
            return false
        }
    }
}
