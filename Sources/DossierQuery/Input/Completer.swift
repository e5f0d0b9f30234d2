import DossierModel

/// TAB completion: reads the tokens before the cursor through a small state
/// machine that mirrors the grammar, then offers what may come next.
struct Completer {
    enum State: Equatable {
        case collection, countCollection, clauses
        case field, operation(String), value(String), afterValue(String, start: Int), list(String)
        case startsWith(String), afterIs, selectField, afterSelectField, orderBy, orderField, afterOrderField
        case byField, afterByField, limit, afterLimit, offset, done
    }

    let catalog: Catalog
    var table: Table?
    var counting = false

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func complete(_ line: String) -> CompletionSet {
        var tokens = Lexer.tokens(line).tokens.dropLast().map { $0 }
        let length = line.utf8.count
        var partial = ""
        var start = length
        var quotedPartial = false
        if let last = tokens.last, last.range.upperBound == length, last.kind != .symbol,
           !(last.kind == .string && line.utf8.count >= 2 && last.range.count >= 2 && Completer.closed(line, last)) {
            partial = last.text
            start = last.range.lowerBound
            quotedPartial = last.kind == .string
            tokens.removeLast()
        }
        // Right after a closing quote nothing can be appended without a space.
        if partial.isEmpty, let last = tokens.last, last.kind == .string, last.range.upperBound == length {
            return CompletionSet(start: length, candidates: [])
        }
        var state = State.collection
        for token in tokens { state = step(state, token) }
        var candidates: [String]
        switch state {
        case .afterValue(let path, let valueStart) where valueStart <= length && !partial.isEmpty:
            let typed = String(decoding: Array(line.utf8)[valueStart..<length], as: UTF8.self).lowercased()
            let values = fieldValues(path).filter { $0.lowercased().hasPrefix(typed) && $0.lowercased() != typed }
            if !values.isEmpty { return CompletionSet(start: valueStart, candidates: values.map(Completer.quoteIfNeeded)) }
            candidates = afterCondition
        case .value(let path), .list(let path):
            let values = fieldValues(path)
            let prefix = partial.lowercased()
            let kept = values.filter { $0.lowercased().hasPrefix(prefix) }
            let quote: Character = quotedPartial ? (line.utf8[line.utf8.index(line.utf8.startIndex, offsetBy: start)] == UInt8(ascii: "'") ? "'" : "\"") : "\""
            return CompletionSet(start: start, candidates: kept.map { quotedPartial ? Completer.quote($0, with: quote) : Completer.quoteIfNeeded($0) })
        default:
            candidates = options(state)
        }
        let prefix = partial.lowercased()
        return CompletionSet(start: start, candidates: candidates.filter { $0.lowercased().hasPrefix(prefix) })
    }

    /// True when a string token ends with its closing quote.
    static func closed(_ line: String, _ token: Token) -> Bool {
        let bytes = Array(line.utf8)
        return token.range.count >= 2 && bytes[token.range.upperBound - 1] == bytes[token.range.lowerBound]
            && bytes[token.range.upperBound - 2] != UInt8(ascii: "\\")
    }

    var clauseWords: [String] { counting ? ["where", "by", "limit"] : ["where", "select", "order by", "limit"] }
    var afterCondition: [String] { ["and", "or"] + (counting ? ["by", "limit"] : ["select", "order by", "limit"]) }

    func options(_ state: State) -> [String] {
        switch state {
        case .collection: return catalog.names + ["count"]
        case .countCollection: return catalog.names
        case .clauses: return clauseWords
        case .field, .byField: return fieldNames(counts: false)
        case .selectField: return fieldNames(counts: true) + ["distinct", "*"]
        case .orderField: return fieldNames(counts: true)
        case .operation: return Query.operators + ["not"]
        case .startsWith: return ["with"]
        case .afterIs: return ["empty", "not empty"]
        case .afterSelectField: return ["order by", "limit"]
        case .orderBy: return ["by"]
        case .afterOrderField: return ["asc", "desc", "limit"]
        case .afterByField: return ["limit"]
        case .afterLimit: return counting ? [] : ["offset"]
        case .afterValue: return afterCondition
        case .value, .list, .limit, .offset, .done: return []
        }
    }

    /// The collection's fields, its relations' fields as dotted paths and, where
    /// asked, `collection.count` for collections that name it.
    func fieldNames(counts: Bool) -> [String] {
        guard let table else { return [] }
        var names = table.fields.map(\.name)
        for field in table.fields {
            guard let relation = field.relation, let target = catalog.table(relation) else { continue }
            names += target.fields.map { "\(field.name).\($0.name)" }
        }
        if counts {
            for other in catalog.tables where other.fields.contains(where: { $0.relation == table.name }) {
                names.append("\(other.name).count")
            }
        }
        return names
    }

    /// The distinct values the catalog holds for a path, most common first.
    func fieldValues(_ path: String) -> [String] {
        guard let table else { return [] }
        var resolver = Resolver(catalog: catalog)
        let segments = path.split(separator: ".").map { Name(text: String($0), range: 0..<0) }
        guard let resolved = resolver.path(Path(segments: segments, range: 0..<0), in: table),
              case .field(let f) = resolved.end else { return [] }
        let lookup = TableIndex.shared.lookup(resolved.last, field: f)
        var display: [String: String] = [:]
        for row in resolved.last.rows {
            for item in Evaluator.elements(row[f]) where !item.isEmpty && display[item.lowercased()] == nil {
                display[item.lowercased()] = item
            }
        }
        return display.keys.sorted { (lookup[$0]?.count ?? 0, $1) > (lookup[$1]?.count ?? 0, $0) }.compactMap { display[$0] }
    }

    static func quoteIfNeeded(_ value: String) -> String {
        let plain = value.utf8.allSatisfy { !Lexer.endsWord($0) } && !value.hasPrefix("'")
            && !Keywords.valueEnders.contains(value.lowercased())
        return plain ? value : quote(value, with: "\"")
    }

    static func quote(_ value: String, with quote: Character) -> String {
        var out = String(quote)
        for c in value {
            if c == quote || c == "\\" { out.append("\\") }
            out.append(c)
        }
        out.append(quote)
        return out
    }
}

extension Query {
    /// Context-aware completion of a statement: collections at the start, fields
    /// after where/select/by, operators after a field, a field's values after an operator.
    public static func completions(for lineBeforeCursor: String, catalog: Catalog) -> CompletionSet {
        var completer = Completer(catalog: catalog)
        return completer.complete(lineBeforeCursor)
    }
}
