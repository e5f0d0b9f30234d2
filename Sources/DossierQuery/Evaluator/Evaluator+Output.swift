import DossierModel

/// Shaping the kept rows: ordering, projection, distinct, limit; or counting by groups.
extension Evaluator {
    func list(_ rows: [Int], columns: [ResolvedPath], distinct: Bool, ordering: [(ResolvedPath, descending: Bool)],
              limit: Int?, offset: Int?) -> ResultSet {
        var ordered = rows
        if !ordering.isEmpty {
            // Keys are worked out once per row (lowered, numbers parsed), flat, row after row.
            let width = ordering.count
            var keys: [SortKey] = []
            keys.reserveCapacity(rows.count * width)
            if width == 1 {
                let read = reader(ordering[0].0), type = ordering[0].0.type
                for row in rows { keys.append(SortKey(read(row), type)) }
            } else {
                let readers = ordering.map { (reader($0.0), $0.0.type) }
                for row in rows {
                    for (read, type) in readers { keys.append(SortKey(read(row), type)) }
                }
            }
            let descending = ordering.map(\.descending)
            func before(_ a: Int, _ b: Int) -> Bool {
                for k in 0..<width {
                    let x = keys[a * width + k], y = keys[b * width + k]
                    if x != y { return descending[k] ? y < x : x < y }
                }
                return a < b
            }
            let needed = distinct ? nil : limit.map { $0 + (offset ?? 0) }
            ordered = Evaluator.first(needed, of: rows.indices, by: before).map { rows[$0] }
        }
        var out: [[Value]] = []
        var seen: Set<[Value]> = []
        let skip = offset ?? 0
        var skipped = 0
        // Every field in table order (no select): rows are built once per table and shared, not rebuilt.
        let whole = columns.count == plan.table.fields.count && columns.enumerated().allSatisfy { i, path in
            if path.hops.isEmpty, case .field(let f) = path.end { return f == i }
            return false
        }
        let readers = whole ? [] : columns.map(reader)
        // Without distinct, the rows listed are the first `offset + limit`.
        let shared = whole ? plan.table.sharedValues(ofRows: distinct ? ordered[...] : ordered.prefix(limit.map { $0 > ordered.count - skip ? ordered.count : $0 + skip } ?? ordered.count)) : []
        if whole, !distinct, skip == 0 {
            return ResultSet(columns: columns.map(\.name), types: columns.map(\.type), rows: shared)
        }
        for (k, row) in ordered.enumerated() {
            if let limit, out.count >= limit { break }
            let projected = whole ? shared[k] : readers.map { $0(row) }
            if distinct, !seen.insert(projected).inserted { continue }
            if skipped < skip { skipped += 1; continue }
            out.append(projected)
        }
        return ResultSet(columns: columns.map(\.name), types: columns.map(\.type), rows: out)
    }

    /// The `count` first positions in order (all of them when count is nil):
    /// a full sort, or for a small limit one pass that keeps the best few.
    static func first(_ count: Int?, of positions: Range<Int>, by before: (Int, Int) -> Bool) -> [Int] {
        guard let count, count < positions.count / 8 else { return positions.sorted(by: before) }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for p in positions {
            if best.count == count, let last = best.last, !before(p, last) { continue }
            if let head = best.first, before(p, head) {
                best.insert(p, at: 0)
                if best.count > count { best.removeLast() }
                continue
            }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(best[mid], p) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(p, at: lo)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    /// What `cell(path, row:)` gives, as a function of the row; a plain field's column reader.
    func reader(_ path: ResolvedPath) -> (Int) -> Value {
        if path.hops.isEmpty, case .field(let f) = path.end { return plan.table.column(f) }
        return { row in cell(values(path, row: row)) }
    }

    /// The cell a path gives for a row; a plain field is read directly.
    func cell(_ path: ResolvedPath, row: Int) -> Value {
        if path.hops.isEmpty, case .field(let f) = path.end { return plan.table.column(f)(row) }
        return cell(values(path, row: row))
    }

    /// One cell from a path's values: nothing gives null, one gives itself,
    /// several give a list of their distinct texts.
    func cell(_ values: [Value]) -> Value {
        if values.count == 1 { return values[0] }
        if values.isEmpty { return .null }
        var seen: Set<String> = []
        return .list(values.flatMap(Evaluator.elements).filter { seen.insert($0).inserted })
    }

    /// Orders cells: numbers as numbers, text without regard to case, empty first.
    static func compareCells(_ a: Value, _ b: Value, _ type: FieldType) -> Int {
        if case .integer(let x) = a, case .integer(let y) = b { return x < y ? -1 : (x == y ? 0 : 1) }
        let s = a.text.lowercased(), t = b.text.lowercased()
        if type == .integer, let x = Double(s), let y = Double(t) { return x < y ? -1 : (x == y ? 0 : 1) }
        return s < t ? -1 : (s == t ? 0 : 1)
    }

    /// Rows per combination of group values (each element of a list counts
    /// separately), most first; a row with no value for a group counts under empty.
    func count(_ rows: [Int], groups: [ResolvedPath], limit: Int?) -> ResultSet {
        let columns = groups.map(\.name) + ["count"]
        let types = groups.map(\.type) + [FieldType.integer]
        guard !groups.isEmpty else {
            return ResultSet(columns: columns, types: types, rows: [[.integer(rows.count)]])
        }
        // Rows are grouped by their exact texts first (no lowering per row),
        // then groups that differ only in case are merged.
        var exact: [[String]: (display: [Value], count: Int)] = [:]
        var exactOrder: [[String]] = []
        if let coded = countByCodes(rows, groups: groups) {
            (exact, exactOrder) = coded
        } else {
            for row in rows {
                var combinations: [[Value]] = [[]]
                for group in groups {
                    let value = cell(group, row: row)
                    if case .list(let list) = value {
                        let items: [Value] = list.isEmpty ? [.null] : list.map { .text($0) }
                        combinations = combinations.flatMap { prefix in items.map { prefix + [$0] } }
                    } else {
                        for i in combinations.indices { combinations[i].append(value) }
                    }
                }
                var seen: Set<[String]> = []
                for combination in combinations {
                    let key = combination.map(\.text)
                    guard combinations.count == 1 || seen.insert(key.map { $0.lowercased() }).inserted else { continue }
                    if exact[key] == nil {
                        exact[key] = (combination, 0)
                        exactOrder.append(key)
                    }
                    exact[key]!.count += 1
                }
            }
        }
        var counts: [[String]: (display: [Value], count: Int)] = [:]
        var order: [[String]] = []
        for key in exactOrder {
            let group = exact[key]!
            let lowered = key.map { $0.lowercased() }
            if counts[lowered] == nil {
                counts[lowered] = (group.display, 0)
                order.append(lowered)
            }
            counts[lowered]!.count += group.count
        }
        var result = order.map { counts[$0]! }
        result.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            for (x, y) in zip(a.display, b.display) {
                let c = Evaluator.compareCells(x, y, .text)
                if c != 0 { return c < 0 }
            }
            return false
        }
        if let limit { result = Array(result.prefix(limit)) }
        return ResultSet(columns: columns, types: types, rows: result.map { $0.display + [.integer($0.count)] })
    }
}

/// A cell as `order by` compares it: empty first, then numbers as numbers,
/// then text without regard to case.
enum SortKey: Comparable {
    case empty
    case number(Double)
    case text(String)

    init(_ value: Value, _ type: FieldType) {
        switch value {
        case .integer(let n): self = .number(Double(n))
        case let other where other.isEmpty: self = .empty
        case let other:
            if type == .integer, let n = Double(other.text) { self = .number(n) } else { self = .text(other.text.lowercased()) }
        }
    }
}
