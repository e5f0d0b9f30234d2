import Foundation
import DossierModel

/// Checks a parsed statement against the catalog and turns it into a plan,
/// collecting every unknown name and impossible value as an error.
struct Resolver {
    let catalog: Catalog
    let index: TableIndex
    var errors: [QueryError] = []

    init(catalog: Catalog, index: TableIndex = .shared) {
        self.catalog = catalog
        self.index = index
    }

    mutating func plan(_ statement: Statement) -> Plan? {
        let name = statement.collection
        guard let table = catalog.table(name.text.lowercased()) else {
            let suggestion = Suggestions.nearest(name.text, in: catalog.names)
            errors.append(QueryError(Messages.unknownCollection(name.text, suggestion: suggestion, all: catalog.names), at: name.range))
            return nil
        }
        let filter = statement.condition.flatMap { resolve($0, in: table) }
        let output: Plan.Output
        switch statement {
        case .list(let s):
            let columns = s.fields.map { $0.compactMap { path($0, in: table) } }
                ?? table.fields.indices.map { ResolvedPath(name: table.fields[$0].name, tables: [table], hops: [], end: .field($0), type: table.fields[$0].type, namedTable: nil) }
            let ordering = s.ordering.compactMap { key in path(key.path, in: table).map { ($0, descending: key.descending) } }
            output = .list(columns: columns, distinct: s.distinct, ordering: ordering, limit: s.limit, offset: s.offset)
        case .count(let s):
            output = .count(groups: s.groups.compactMap { path($0, in: table) }, limit: s.limit)
        }
        guard errors.isEmpty else { return nil }
        return Plan(table: table, filter: filter, output: output)
    }

    mutating func resolve(_ condition: Condition, in table: Table) -> Filter? {
        switch condition {
        case .and(let parts, _):
            let resolved = parts.map { resolve($0, in: table) }
            return resolved.contains { $0 == nil } ? nil : .all(resolved.compactMap { $0 })
        case .or(let parts, _):
            let resolved = parts.map { resolve($0, in: table) }
            return resolved.contains { $0 == nil } ? nil : .any(resolved.compactMap { $0 })
        case .not(let inner, _):
            return resolve(inner, in: table).map { .not($0) }
        case .compare(let syntax, let comparison, let literal, _):
            guard let target = path(syntax, in: table), let operand = operand(literal, for: target, comparison) else { return nil }
            return .compare(target, comparison, operand)
        case .member(let syntax, let literals, _):
            guard let target = path(syntax, in: table) else { return nil }
            let operands = literals.map { operand($0, for: target, .equal) }
            return operands.contains { $0 == nil } ? nil : .member(target, operands.compactMap { $0 })
        case .empty(let syntax, let negated, _):
            return path(syntax, in: table).map { .empty($0, negated: negated) }
        }
    }

    /// Prepares a value for comparison with a path, checking it fits the field.
    mutating func operand(_ literal: Literal, for target: ResolvedPath, _ comparison: Comparison) -> Operand? {
        let lowered = literal.text.lowercased()
        var result = Operand(text: literal.text, lowered: lowered, number: Double(literal.text), names: [lowered], pattern: nil,
                             isASCII: lowered.utf8.allSatisfy { $0 < 128 })
        if comparison == .matches {
            switch Pattern.compile(literal.text) {
            case .success(let pattern): result.pattern = pattern
            case .failure(let error):
                errors.append(QueryError(Messages.badRegex(error.reason), at: literal.range))
                return nil
            }
            return result
        }
        guard [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(comparison) else { return result }
        switch target.type {
        case .integer:
            if result.number == nil {
                errors.append(QueryError(Messages.notANumber(target.name, literal.text), at: literal.range))
                return nil
            }
        case .date:
            if !literal.text.isEmpty, !Dates.isDate(literal.text) {
                errors.append(QueryError(Messages.notADate(target.name, literal.text), at: literal.range))
                return nil
            }
        case .text, .list:
            if let named = target.namedTable {
                let names = index.names(named)
                let found = names[lowered] ?? (named.fieldIndex("full_name") != nil ? CouncilNames.shortForms(of: lowered).lazy.compactMap { names[$0] }.first : nil)
                result.names.formUnion(found ?? [])
            } else if comparison == .equal || comparison == .notEqual, !lowered.isEmpty,
                      case .field(let f) = target.end, case let field = target.last.fields[f], !field.values.isEmpty,
                      !field.values.contains(where: { $0.lowercased() == lowered }),
                      !(index.closedSet(target.last, field: f) ?? []).contains(where: { $0.lowercased() == lowered }) {
                // Only a declared vocabulary is closed: a value it knows that no row holds finds nothing,
                // while one outside it is a mistake worth naming.
                errors.append(QueryError(Messages.noSuchValue(field.name, literal.text, values: field.values), at: literal.range))
                return nil
            }
        }
        return result
    }
}
