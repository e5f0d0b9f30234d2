import DossierModel

/// A statement checked against the catalog: names resolved to tables and
/// field positions, values prepared for comparison. The evaluator runs it.
struct Plan {
    var table: Table
    var filter: Filter?
    var output: Output

    enum Output {
        case list(columns: [ResolvedPath], distinct: Bool, ordering: [(ResolvedPath, descending: Bool)], limit: Int?, offset: Int?)
        case count(groups: [ResolvedPath], limit: Int?)
    }
}

/// A path with each step resolved: `speaker.role` from quotes hops through
/// `speaker` into people and ends at `role`.
struct ResolvedPath {
    enum End {
        /// A field of the last table.
        case field(Int)
        /// The rows of another table whose field (at the index) names the last table's row.
        case count(Table, Int)
    }

    /// The canonical name, used as the column name.
    var name: String
    /// `tables[0]` is the statement's collection; each hop leads to the next table.
    var tables: [Table]
    /// The relation field followed out of `tables[i]`.
    var hops: [Int]
    var end: End
    var type: FieldType

    var last: Table { tables[tables.count - 1] }

    /// The field the path ends at, unless it counts rows.
    var endField: Field? {
        if case .field(let i) = end { return last.fields[i] }
        return nil
    }

    /// The table whose names (key, aliases, full name) this path's values are
    /// matched against: the target of a relation field, or the table itself
    /// for its key; nil for other fields.
    var namedTable: Table?
}

/// A value from the statement, prepared once for every row it is compared with.
struct Operand {
    var text: String
    var lowered: String
    var number: Double?
    /// The lower-cased keys this value names through aliases, plus itself.
    var names: Set<String>
    var pattern: Pattern?
    /// True when the lowered text is ASCII, so searches can skip lowering the rows.
    var isASCII: Bool
}

/// A resolved condition.
indirect enum Filter {
    case all([Filter])
    case any([Filter])
    case not(Filter)
    case compare(ResolvedPath, Comparison, Operand)
    case member(ResolvedPath, [Operand])
    case empty(ResolvedPath, negated: Bool)
}
