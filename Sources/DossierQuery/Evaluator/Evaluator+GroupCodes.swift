import DossierModel

/// `count … by` on plain fields without a list among their cells: each cell's
/// text is numbered once per distinct text, and rows are counted per
/// combination of numbers, instead of building a key of strings for every row.
extension Evaluator {
    /// The exact-text groups (first row's cells as display) in order of first
    /// appearance, as `count` builds them; nil when a group is not a plain field,
    /// a cell is a list, or there are too many combinations to count in an array.
    func countByCodes(_ rows: [Int], groups: [ResolvedPath]) -> (groups: [[String]: (display: [Value], count: Int)], order: [[String]])? {
        var fields: [Int] = []
        for group in groups {
            guard group.hops.isEmpty, case .field(let f) = group.end, group.type != .list else { return nil }
            fields.append(f)
        }
        let table = plan.table
        var codes = [[Int]](repeating: [], count: fields.count)
        var texts = [[String]](repeating: [], count: fields.count)
        for (g, f) in fields.enumerated() {
            var numbers: [String: Int] = [:]
            codes[g].reserveCapacity(rows.count)
            let cell = table.column(f)
            for row in rows {
                let value = cell(row)
                if case .list = value { return nil }
                let text = value.text
                if let n = numbers[text] {
                    codes[g].append(n)
                } else {
                    numbers[text] = texts[g].count
                    codes[g].append(texts[g].count)
                    texts[g].append(text)
                }
            }
        }
        var size = 1
        for t in texts {
            size = size.multipliedReportingOverflow(by: max(1, t.count)).partialValue
            if size > 1 << 22 || size <= 0 { return nil }
        }
        var counts = [Int](repeating: 0, count: size)
        var firstRow = [Int](repeating: -1, count: size)
        var seenCells: [Int] = []
        for k in rows.indices {
            var cell = 0
            for g in fields.indices { cell = cell * max(1, texts[g].count) + codes[g][k] }
            if counts[cell] == 0 { firstRow[cell] = k; seenCells.append(cell) }
            counts[cell] += 1
        }
        var result: [[String]: (display: [Value], count: Int)] = [:]
        var order: [[String]] = []
        for cell in seenCells {
            let k = firstRow[cell]
            let key = fields.indices.map { texts[$0][codes[$0][k]] }
            result[key] = (fields.map { table.column($0)(rows[k]) }, counts[cell])
            order.append(key)
        }
        return (result, order)
    }
}
