/// Finds which of a fixed set of lower-case phrases occur in a text, ignoring ASCII case, in one
/// pass over its UTF-8 bytes: each position is tried only against the phrases that start with its
/// byte. Lexicons ask dozens of "does the text contain X?" questions per sentence; asked one
/// phrase at a time, with a lower-cased copy of the text, they were a tenth of loading time.
struct PhraseMatcher: Sendable {
    private let patterns: [[UInt8]]
    /// Pattern indices by first byte, in pattern order.
    private let buckets: [[Int32]]

    init(_ phrases: [String]) {
        patterns = phrases.map { Array($0.utf8) }
        let scalarPatterns = phrases.map { $0.unicodeScalars.map(\.value) }
        var b = [[Int32]](repeating: [], count: 256)
        for (i, p) in patterns.enumerated() where !p.isEmpty { b[Int(p[0])].append(Int32(i)) }
        buckets = b
        flat = Flat(scalarPatterns, buckets: b, key: Self.leadByte)
        bytes = Flat(patterns.map { $0.map(UInt32.init) }, buckets: b, key: { Int(Self.fold(UInt8(truncatingIfNeeded: $0))) })
    }

    @inline(__always) private static func fold(_ c: UInt8) -> UInt8 { c &- 65 < 26 ? c | 0x20 : c }

    /// The least index of a phrase the text contains, or nil.
    func firstPattern(in text: String) -> Int? {
        var best = Int.max
        scan(text) { best = min(best, $0); return best == 0 }
        return best == Int.max ? nil : best
    }

    /// Whether the text contains any of the phrases.
    func matches(_ text: String) -> Bool {
        var hit = false
        scan(text) { _ in hit = true; return true }
        return hit
    }

    /// Calls `found` with the index of each phrase occurrence, in text order, until it returns true.
    func scan(_ text: String, _ found: (Int) -> Bool) {
        var text = text
        text.withUTF8 { bytes.scanBytes($0, found) }
    }

    /// The first UTF-8 byte of a scalar: the bucket a scalar-level scan looks in.
    @inline(__always) private static func leadByte(_ v: UInt32) -> Int {
        if v < 0x80 { return Int(v &- 65 < 26 ? v | 0x20 : v) }
        if v < 0x800 { return Int(0xC0 | (v >> 6)) }
        if v < 0x10000 { return Int(0xE0 | (v >> 12)) }
        return Int(0xF0 | (v >> 18))
    }

    @inline(__always) private static func fold(_ v: UInt32) -> UInt32 { v &- 65 < 26 ? v | 0x20 : v }

    /// `scan` over scalars: the same hits as scanning the scalars' UTF-8, because a phrase's bytes
    /// start on a scalar boundary and case folding touches only ASCII bytes.
    func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ found: (Int) -> Bool) {
        flat.scan(s, found)
    }

    /// Whether the scalars contain any of the phrases.
    func matches(_ s: [Unicode.Scalar]) -> Bool {
        var hit = false
        s.withUnsafeBufferPointer { b in flat.scan(b) { _ in hit = true; return true } }
        return hit
    }

    /// The phrases as scalars in one array, with pattern indices by first byte in one array, so the
    /// scan reads no nested arrays (and retains none) per position.
    private let flat: Flat
    /// The same for the phrases' UTF-8 bytes.
    private let bytes: Flat

    private struct Flat: Sendable {
        /// Scalars (or bytes) of every phrase, one after another.
        let scalars: [UInt32]
        /// Start and end of phrase `i` in `scalars`.
        let bounds: [Int]
        /// Entries `bucketStart[b]..<bucketStart[b + 1]` of `bucketItems` are the phrases whose first byte is `b`.
        let bucketStart: [Int]
        let bucketItems: [Int]
        /// Bit `a << 8 | b` is set when a phrase's first two scalars (or bytes) have lead bytes `a` and
        /// `b`, or for every `b` when a one-scalar phrase starts with `a`: most positions are passed
        /// over on one test.
        let pairs: [UInt64]

        /// `key` gives a phrase element's lead byte as the scan computes it for the text's.
        init(_ phrases: [[UInt32]], buckets: [[Int32]], key: (UInt32) -> Int) {
            var scalars: [UInt32] = [], bounds = [0]
            for p in phrases { scalars += p; bounds.append(scalars.count) }
            self.scalars = scalars; self.bounds = bounds
            var start = [0], items: [Int] = []
            for b in buckets { items += b.map { Int($0) }; start.append(items.count) }
            bucketStart = start; bucketItems = items
            var pairs = [UInt64](repeating: 0, count: 1024)
            func set(_ a: Int, _ b: Int) { let k = a << 8 | b; pairs[k >> 6] |= 1 << UInt64(k & 63) }
            for p in phrases where !p.isEmpty {
                let a = key(p[0])
                if p.count == 1 { for b in 0..<256 { set(a, b) } } else { set(a, key(p[1])) }
            }
            self.pairs = pairs
        }

        /// `scan` over UTF-8 bytes, with phrases stored as their bytes.
        func scanBytes(_ h: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Bool) {
            withTables { ps, bounds, bs, items, pairs in
                let n = h.count
                var i = 0
                while i < n {
                    let first = Int(PhraseMatcher.fold(h[i]))
                    if i + 1 < n {
                        let k = first << 8 | Int(PhraseMatcher.fold(h[i + 1]))
                        if pairs[k >> 6] & (1 << UInt64(k & 63)) == 0 { i += 1; continue }
                    }
                    var e = bs[first]
                    let end = bs[first + 1]
                    while e < end {
                        let pi = items[e]
                        e += 1
                        let lo = bounds[pi], m = bounds[pi + 1] - lo
                        guard i + m <= n else { continue }
                        var k = 1
                        while k < m && UInt32(PhraseMatcher.fold(h[i + k])) == ps[lo + k] { k += 1 }
                        if k == m, found(pi) { return }
                    }
                    i += 1
                }
            }
        }

        func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ found: (Int) -> Bool) {
            withTables { ps, bounds, bs, items, pairs in
                let n = s.count
                var i = 0
                while i < n {
                    let v = s[i].value
                    let lead = PhraseMatcher.leadByte(v)
                    if i + 1 < n {
                        let k = lead << 8 | PhraseMatcher.leadByte(s[i + 1].value)
                        if pairs[k >> 6] & (1 << UInt64(k & 63)) == 0 { i += 1; continue }
                    }
                    var e = bs[lead]
                    let end = bs[lead + 1]
                    if e < end {
                        let first = PhraseMatcher.fold(v)
                        while e < end {
                            let pi = items[e]
                            e += 1
                            let lo = bounds[pi], m = bounds[pi + 1] - lo
                            guard i + m <= n, first == ps[lo] else { continue }
                            var k = 1
                            while k < m && PhraseMatcher.fold(s[i + k].value) == ps[lo + k] { k += 1 }
                            if k == m, found(pi) { return }
                        }
                    }
                    i += 1
                }
            }
        }

        @inline(__always)
        private func withTables(_ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>,
                                         UnsafeBufferPointer<Int>, UnsafeBufferPointer<UInt64>) -> Void) {
            scalars.withUnsafeBufferPointer { ps in
                bounds.withUnsafeBufferPointer { bounds in
                    bucketStart.withUnsafeBufferPointer { bs in
                        bucketItems.withUnsafeBufferPointer { items in
                            pairs.withUnsafeBufferPointer { pairs in body(ps, bounds, bs, items, pairs) }
                        }
                    }
                }
            }
        }
    }
}
