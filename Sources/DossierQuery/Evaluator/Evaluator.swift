import DossierModel

/// Runs a plan over its table: filter (through an index where it can), then
/// sort, project and cut, or group and count.
struct Evaluator {
    let plan: Plan
    let index: TableIndex

    init(_ plan: Plan, index: TableIndex = .shared) {
        self.plan = plan
        self.index = index
    }

    func run() -> ResultSet {
        var wanted: Int?
        if case .list(_, let distinct, let ordering, let limit?, let offset) = plan.output, ordering.isEmpty, !distinct {
            wanted = limit + (offset ?? 0)
        }
        let rows = matchingRows(upTo: wanted)
        switch plan.output {
        case .list(let columns, let distinct, let ordering, let limit, let offset):
            return list(rows, columns: columns, distinct: distinct, ordering: ordering, limit: limit, offset: offset)
        case .count(let groups, let limit):
            return count(rows, groups: groups, limit: limit)
        }
    }

    /// The numbers of the rows the filter keeps, in table order; only the
    /// first `wanted` when a limit without ordering needs no more.
    func matchingRows(upTo wanted: Int? = nil) -> [Int] {
        let all = plan.table.rows.indices
        guard let filter = plan.filter else { return Array(wanted.map { all.prefix($0) } ?? all) }
        let found = self.candidates(filter)
        // An equality answered by the index keeps exactly its rows: the index holds the same lowered texts the test compares.
        if let found, isIndexed(filter) { return wanted.map { Array(found.prefix($0)) } ?? found }
        let keeps = compile(filter)
        guard let wanted else {
            guard let found else { return all.filter(keeps) }
            return found.filter(keeps)
        }
        var kept: [Int] = []
        for row in found ?? Array(all) where kept.count < wanted && keeps(row) { kept.append(row) }
        return kept
    }

    /// Whether the filter is a single equality (or `in`) that `candidates` answers from the index exactly.
    private func isIndexed(_ filter: Filter) -> Bool {
        switch filter {
        case .compare(let path, .equal, _), .member(let path, _):
            guard path.hops.isEmpty, case .field = path.end else { return false }
            return path.type == .text || path.type == .list
        default:
            return false
        }
    }

    /// Rows that can satisfy the filter, from an index on an equality, or nil
    /// when the filter has no indexable equality at its top.
    func candidates(_ filter: Filter) -> [Int]? {
        switch filter {
        case .compare(let path, .equal, let operand):
            return lookup(path, [operand])
        case .member(let path, let operands):
            return lookup(path, operands)
        case .all(let parts):
            // Only the part with the fewest rows is looked up in full.
            let sized = parts.compactMap { part in estimate(part).map { (part, $0) } }
            return sized.min { $0.1 < $1.1 }.flatMap { candidates($0.0) }
        default:
            return nil
        }
    }

    /// An upper bound on the rows an indexable part can keep, without building them.
    func estimate(_ filter: Filter) -> Int? {
        switch filter {
        case .compare(let path, .equal, let operand): return keys(path, [operand]).map { $0.reduce(0) { $0 + $1.count } }
        case .member(let path, let operands): return keys(path, operands).map { $0.reduce(0) { $0 + $1.count } }
        case .all(let parts): return parts.compactMap(estimate).min()
        default: return nil
        }
    }

    /// The index entries for the names the operands stand for, or nil when the path has no index.
    private func keys(_ path: ResolvedPath, _ operands: [Operand]) -> [[Int]]? {
        guard path.hops.isEmpty, case .field(let f) = path.end, path.type == .text || path.type == .list else { return nil }
        let map = index.lookup(plan.table, field: f)
        let names = Set(operands.flatMap(\.names))
        return names.compactMap { map[$0] }
    }

    private func lookup(_ path: ResolvedPath, _ operands: [Operand]) -> [Int]? {
        guard let found = keys(path, operands) else { return nil }
        if found.count == 1 { return found[0] } // index entries are already in row order
        var rows: Set<Int> = []
        for entry in found { rows.formUnion(entry) }
        return rows.sorted()
    }

    func test(_ filter: Filter, row: Int) -> Bool {
        switch filter {
        case .all(let parts): return parts.allSatisfy { test($0, row: row) }
        case .any(let parts): return parts.contains { test($0, row: row) }
        case .not(let inner): return !test(inner, row: row)
        case .compare(let path, let comparison, let operand):
            if comparison == .notEqual { return !Evaluator.holds(values(path, row: row), .equal, operand, path.type) }
            return Evaluator.holds(values(path, row: row), comparison, operand, path.type)
        case .member(let path, let operands):
            let found = values(path, row: row)
            return operands.contains { Evaluator.holds(found, .equal, $0, path.type) }
        case .empty(let path, let negated):
            let empty = values(path, row: row).allSatisfy(\.isEmpty)
            return empty != negated
        }
    }

    /// A path's values for a row: one for a plain field, none or several
    /// through a relation (a missing related row gives none).
    func values(_ path: ResolvedPath, row: Int) -> [Value] {
        if path.hops.isEmpty, case .field(let f) = path.end { return [plan.table.column(f)(row)] }
        var rows = [row]
        for (i, hop) in path.hops.enumerated() {
            let from = path.tables[i], to = path.tables[i + 1]
            guard let key = to.fieldIndex(to.key) else { return [] }
            let keys = index.lookup(to, field: key)
            var names: [String: Set<String>]?
            var next: [Int] = []
            let cell = from.column(hop)
            for r in rows {
                for item in Evaluator.elements(cell(r)) {
                    let lowered = item.lowercased()
                    if let found = keys[lowered] {
                        next += found
                    } else {
                        if names == nil { names = index.names(to) }
                        for name in names?[lowered] ?? [] { next += keys[name] ?? [] }
                    }
                }
            }
            rows = next
        }
        let last = path.last
        switch path.end {
        case .field(let f):
            return rows.map(last.column(f))
        case .count(let other, let f):
            guard let key = last.fieldIndex(last.key) else { return [] }
            let referring = index.lookup(other, field: f)
            let keyCell = last.column(key)
            return rows.map { .integer(referring[keyCell($0).text.lowercased()]?.count ?? 0) }
        }
    }

    /// The items of a list, or a value's text alone.
    static func elements(_ value: Value) -> [String] {
        if case .list(let items) = value { return items }
        return [value.text]
    }
}
