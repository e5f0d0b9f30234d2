/// "Did you mean": the candidate nearest to a mistyped word by edit distance.
public enum Suggestions {
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = word.lowercased()
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, c.lowercased())
            if d <= max(1, min(3, w.count / 3 + 1)), best == nil || d < best!.1 { best = (c, d) }
        }
        if let best { return best.0 }
        return candidates.first { $0.lowercased().hasPrefix(w) && !w.isEmpty }
    }

    /// Damerau–Levenshtein distance (with adjacent transpositions).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
