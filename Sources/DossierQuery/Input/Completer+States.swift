/// The completer's state machine: one step per token before the cursor.
extension Completer {
    mutating func step(_ state: State, _ token: Token) -> State {
        let word = token.keyword
        switch state {
        case .collection:
            if word == "count" { counting = true; return .countCollection }
            table = catalog.table(word)
            return .clauses
        case .countCollection:
            table = catalog.table(word)
            return .clauses
        default:
            break
        }
        // A clause keyword starts its clause wherever it appears, except inside a value list.
        if case .list = state {} else if let next = clauseStart(word, state) { return next }
        switch state {
        case .field:
            if word == "not" || token.isSymbol("(") { return .field }
            return token.kind == .word ? .operation(token.text) : .done
        case .operation(let path):
            if token.kind == .symbol, Comparison(rawValue: token.text) != nil { return .value(path) }
            switch word {
            case "contains", "matches": return .value(path)
            case "starts": return .startsWith(path)
            case "in": return .list(path)
            case "is": return .afterIs
            case "not": return .operation(path)
            default: return .done
            }
        case .startsWith(let path):
            return word == "with" ? .value(path) : .done
        case .value(let path):
            if token.kind == .string { return .afterValue(path, start: Int.max) }
            return token.kind == .word ? .afterValue(path, start: token.range.lowerBound) : .done
        case .afterValue(let path, let start):
            if word == "and" || word == "or" { return .field }
            if token.isSymbol(")") { return .afterValue(path, start: Int.max) }
            return token.kind == .word && start != Int.max ? .afterValue(path, start: start) : .done
        case .list(let path):
            return token.isSymbol(")") ? .afterValue(path, start: Int.max) : .list(path)
        case .afterIs:
            if word == "not" { return .afterIs }
            return word == "empty" ? .afterValue("", start: Int.max) : .done
        case .selectField:
            if word == "distinct" { return .selectField }
            return token.kind == .word || token.isSymbol("*") ? .afterSelectField : .done
        case .afterSelectField:
            return token.isSymbol(",") ? .selectField : .done
        case .orderField:
            return token.kind == .word ? .afterOrderField : .done
        case .afterOrderField:
            if token.isSymbol(",") { return .orderField }
            return word == "asc" || word == "desc" ? .afterByField : .done
        case .byField:
            return token.kind == .word ? .afterByField : .done
        case .afterByField:
            return token.isSymbol(",") ? (counting ? .byField : .orderField) : .done
        case .limit:
            return .afterLimit
        case .offset:
            return .done
        default:
            return .done
        }
    }

    /// The state a clause keyword leads to, or nil when the word is not one here.
    func clauseStart(_ word: String, _ state: State) -> State? {
        switch word {
        case "where": return .field
        case "select" where !counting: return .selectField
        case "order" where !counting: return .orderBy
        case "by":
            if state == .orderBy { return .orderField }
            return counting ? .byField : nil
        case "limit": return .limit
        case "offset" where !counting: return .offset
        default: return nil
        }
    }
}
