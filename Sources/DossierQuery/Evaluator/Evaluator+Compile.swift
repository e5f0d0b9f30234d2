import DossierModel

/// A filter turned into a test of one row, once per statement: plain fields are
/// read in place, without gathering their values into arrays, and a condition
/// through a relation is worked out once per distinct value of its first hop
/// (as sqlite3 evaluates `IN (subquery)` once), not once per row.
extension Evaluator {
    func compile(_ filter: Filter) -> (Int) -> Bool {
        switch filter {
        case .all(let parts):
            let tests = parts.map(compile)
            return { row in tests.allSatisfy { $0(row) } }
        case .any(let parts):
            let tests = parts.map(compile)
            return { row in tests.contains { $0(row) } }
        case .not(let inner):
            let test = compile(inner)
            return { row in !test(row) }
        case .compare(let path, let comparison, let operand):
            if path.hops.isEmpty, case .field(let f) = path.end {
                let cell = plan.table.column(f), type = path.type
                if comparison == .notEqual { return { row in !Evaluator.holds(cell(row), .equal, operand, type) } }
                return { row in Evaluator.holds(cell(row), comparison, operand, type) }
            }
            return path.hops.isEmpty ? { row in test(filter, row: row) } : memoized(path, filter)
        case .member(let path, _), .empty(let path, _):
            return path.hops.isEmpty ? { row in test(filter, row: row) } : memoized(path, filter)
        }
    }

    /// A test through a relation, remembered per value of the path's first hop,
    /// which is all the related rows (and so the result) depend on.
    private func memoized(_ path: ResolvedPath, _ filter: Filter) -> (Int) -> Bool {
        let cell = path.tables[0].column(path.hops[0])
        let memo = Memo()
        return { row in
            let key = cell(row)
            if let known = memo.results[key] { return known }
            let result = test(filter, row: row)
            memo.results[key] = result
            return result
        }
    }

    /// Whether a comparison holds for one cell, as `holds(_:_:_:_:)` does for
    /// the cell's values, without building them.
    static func holds(_ value: Value, _ comparison: Comparison, _ operand: Operand, _ type: FieldType) -> Bool {
        switch value {
        case .text(let s): return holds(s, comparison, operand, type)
        case .list(let items): return items.contains { holds($0, comparison, operand, type) }
        case .null: return holds("", comparison, operand, type)
        case .integer: return holds(value.text, comparison, operand, type)
        }
    }
}

/// The results of a memoized test, per first-hop value.
private final class Memo {
    var results: [Value: Bool] = [:]
}
