import DossierModel

/// Dotted paths: fields, relations followed through their target's key, and
/// `collection.count` for the rows of another collection that name this one.
extension Resolver {
    mutating func path(_ syntax: Path, in table: Table) -> ResolvedPath? {
        var tables = [table], hops: [Int] = [], names: [String] = []
        var current = table
        for (i, segment) in syntax.segments.enumerated() {
            let isLast = i == syntax.segments.count - 1
            let lowered = segment.text.lowercased()
            if let f = current.fieldIndex(lowered) {
                let field = current.fields[f]
                names.append(field.name)
                if isLast {
                    let named = field.relation.flatMap { catalog.table($0) }
                        ?? (field.name == current.key && current.fieldIndex("aliases") != nil ? current : nil)
                    return ResolvedPath(name: names.joined(separator: "."), tables: tables, hops: hops, end: .field(f),
                                        type: field.type, namedTable: named)
                }
                guard let relation = field.relation, let next = catalog.table(relation) else {
                    errors.append(QueryError(Messages.notARelation(field.name, in: current.name), at: segment.range))
                    return nil
                }
                hops.append(f)
                tables.append(next)
                current = next
            } else if let other = catalog.table(lowered) {
                guard i + 2 == syntax.segments.count, syntax.segments[i + 1].text.lowercased() == "count" else {
                    errors.append(QueryError(Messages.collectionNeedsCount(other.name), at: segment.range))
                    return nil
                }
                guard let f = other.fields.firstIndex(where: { $0.relation == current.name }) else {
                    errors.append(QueryError(Messages.unrelatedCollection(other.name, to: current.name), at: segment.range))
                    return nil
                }
                names += [other.name, "count"]
                return ResolvedPath(name: names.joined(separator: "."), tables: tables, hops: hops, end: .count(other, f),
                                    type: .integer, namedTable: nil)
            } else {
                let fields = current.fields.map(\.name)
                let suggestion = Suggestions.nearest(segment.text, in: fields)
                errors.append(QueryError(Messages.unknownField(segment.text, in: current.name, suggestion: suggestion, all: fields), at: segment.range))
                return nil
            }
        }
        return nil
    }
}

/// ISO dates at any precision: 2016, 2016-04, 2016-04-12.
enum Dates {
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        return parts.enumerated().allSatisfy { i, part in
            part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (i == 0 || part.count == 2)
        }
    }

    /// Compares a value with a statement's date at the statement's precision:
    /// 2016-04-12 equals 2016-04 and 2016. A value coarser than the statement's
    /// date that agrees as far as it goes (2016 against 2016-04) cannot be
    /// placed, so it is neither equal, before nor after: nil. Nil too when the
    /// value is not a date.
    static func compare(_ value: String, _ literal: String) -> Int? {
        guard isDate(value), isDate(literal) else { return nil }
        let n = min(value.utf8.count, literal.utf8.count)
        let a = value.utf8.prefix(n), b = literal.utf8.prefix(n)
        if a.elementsEqual(b) { return value.utf8.count < literal.utf8.count ? nil : 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }
}
