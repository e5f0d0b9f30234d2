/// Conditions: or binds loosest, then and, then not; comparisons at the leaves.
extension Parser {
    /// condition = conjunction { "or" conjunction }
    mutating func condition() throws -> Condition {
        var parts = [try conjunction()]
        while current.isKeyword("or") {
            _ = advance()
            parts.append(try conjunction())
        }
        return parts.count == 1 ? parts[0] : .or(parts, parts[0].range.lowerBound..<parts[parts.count - 1].range.upperBound)
    }

    /// conjunction = negation { "and" negation }
    mutating func conjunction() throws -> Condition {
        var parts = [try negation()]
        while current.isKeyword("and") {
            _ = advance()
            parts.append(try negation())
        }
        return parts.count == 1 ? parts[0] : .and(parts, parts[0].range.lowerBound..<parts[parts.count - 1].range.upperBound)
    }

    /// negation = "not" negation | "(" condition ")" | predicate
    mutating func negation() throws -> Condition {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth {
            let error = fail(Messages.tooDeep(Parser.maxDepth))
            index = tokens.count - 1
            throw error
        }
        if current.isKeyword("not") {
            let start = advance().range.lowerBound
            let inner = try negation()
            return .not(inner, start..<inner.range.upperBound)
        }
        if current.isSymbol("(") {
            _ = advance()
            let inner = try condition()
            guard current.isSymbol(")") else {
                throw fail(Messages.unclosedParenthesis(found: current))
            }
            _ = advance()
            return inner
        }
        return try predicate()
    }

    /// predicate = path ( comparison value | ["not"] "in" "(" value { "," value } ")"
    ///           | "is" ["not"] "empty" | "not" comparison value )
    mutating func predicate() throws -> Condition {
        predicates += 1
        if predicates > Parser.maxPredicates {
            let error = fail(Messages.tooManyPredicates(Parser.maxPredicates))
            index = tokens.count - 1
            throw error
        }
        let field = try path()
        let start = field.range.lowerBound
        var negated = false
        if current.isKeyword("not") {
            _ = advance()
            negated = true
        }
        let operatorToken = current
        let result: Condition
        if operatorToken.kind == .symbol, !negated, let comparison = Comparison(rawValue: operatorToken.text) {
            _ = advance()
            let literal = try value(after: operatorToken.text)
            result = .compare(field, comparison, literal, start..<literal.range.upperBound)
        } else if operatorToken.isKeyword("contains") || operatorToken.isKeyword("matches") {
            _ = advance()
            let literal = try value(after: operatorToken.keyword)
            result = .compare(field, Comparison(rawValue: operatorToken.keyword)!, literal, start..<literal.range.upperBound)
        } else if operatorToken.isKeyword("starts") {
            _ = advance()
            guard current.isKeyword("with") else { throw fail(Messages.expected("'with'", after: "starts", found: current)) }
            _ = advance()
            let literal = try value(after: "starts with")
            result = .compare(field, .startsWith, literal, start..<literal.range.upperBound)
        } else if operatorToken.isKeyword("in") {
            _ = advance()
            let (values, end) = try valueList()
            result = .member(field, values, start..<end)
        } else if operatorToken.isKeyword("is"), !negated {
            _ = advance()
            var emptyNegated = false
            if current.isKeyword("not") { _ = advance(); emptyNegated = true }
            guard current.isKeyword("empty") else {
                throw fail(Messages.expected(emptyNegated ? "'empty'" : "'empty' or 'not empty'", after: afterWhat, found: current))
            }
            let end = advance().range.upperBound
            result = .empty(field, negated: emptyNegated, start..<end)
        } else {
            let valid = negated ? Messages.negatableOperators : Messages.operators
            throw fail(Messages.expectedOperator(after: negated ? "not" : field.text, found: current, valid: valid))
        }
        return negated ? .not(result, result.range) : result
    }

    /// value-list = "(" value { "," value } ")"
    mutating func valueList() throws -> ([Literal], Int) {
        guard current.isSymbol("(") else { throw fail(Messages.expected("'('", after: "in", found: current)) }
        _ = advance()
        var values = [try value(after: "(")]
        while current.isSymbol(",") {
            _ = advance()
            values.append(try value(after: ","))
        }
        guard current.isSymbol(")") else { throw fail(Messages.expected("',' or ')'", after: afterWhat, found: current)) }
        return (values, advance().range.upperBound)
    }

    /// value = string | word { word }: a bare value runs over several words up
    /// to a keyword that could follow it (and, or, where, select, order by, by, limit, offset).
    mutating func value(after what: String) throws -> Literal {
        if current.kind == .string {
            let token = advance()
            return Literal(text: token.text, quoted: true, range: token.range)
        }
        guard current.kind == .word, !endsValue(at: index) else {
            throw fail(Messages.expected("a value", after: what, found: current))
        }
        var words: [String] = []
        let start = current.range.lowerBound
        var end = start
        while current.kind == .word, !endsValue(at: index) {
            let token = advance()
            words.append(token.text)
            end = token.range.upperBound
        }
        return Literal(text: words.joined(separator: " "), quoted: false, range: start..<end)
    }

    /// True when the word at `position` is a keyword that ends a bare value.
    func endsValue(at position: Int) -> Bool {
        let word = tokens[position].keyword
        if word == "order" { return tokens[position + 1].isKeyword("by") }
        return Keywords.valueEnders.contains(word)
    }
}
