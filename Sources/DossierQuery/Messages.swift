/// Every message the language gives, in one place: lower case, no trailing period,
/// each saying what would have been valid.
enum Messages {
    static let operators = "=, !=, <, <=, >, >=, contains, starts with, matches, in, is empty, is not empty"
    static let negatableOperators = "contains, starts with, matches, in"

    /// `expected a value after '=' but found end of statement`
    static func expected(_ what: String, after: String? = nil, found: Token) -> String {
        let afterText = after.map { $0.isEmpty ? "" : " after '\($0)'" } ?? ""
        return "expected \(what)\(afterText) but found \(found.described)"
    }

    static func expectedOperator(after field: String, found: Token, valid: String) -> String {
        "expected an operator after '\(field)' but found \(found.described); operators are \(valid)"
    }

    /// "'and', 'or' or 'limit'", for the words that may follow a clause.
    static func oneOf(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first.map { "\($0) or end of statement" } ?? "end of statement" }
        return quoted.joined(separator: ", ") + " or end of statement"
    }

    static func unterminatedString(_ quote: Character) -> String {
        "unterminated string; it needs a closing \(quote)"
    }

    static func unclosedParenthesis(found: Token) -> String {
        "expected ')' to close '(' but found \(found.described)"
    }

    static func tooDeep(_ limit: Int) -> String {
        "conditions nest more than \(limit) levels deep"
    }

    static func tooManyPredicates(_ limit: Int) -> String {
        "a condition may hold at most \(limit) comparisons"
    }

    static func emptyPathSegment(_ path: String) -> String {
        "'\(path)' is not a field path; write names joined by dots, like speaker.role"
    }

    static func notInCount(_ clause: String) -> String {
        "'\(clause)' cannot follow count; count gives its by-fields and a count column"
    }

    static func unknownCollection(_ name: String, suggestion: String?, all: [String]) -> String {
        if let suggestion { return "unknown collection '\(name)'; did you mean '\(suggestion)'?" }
        return "unknown collection '\(name)'; collections are \(all.joined(separator: ", "))"
    }

    static func unknownField(_ name: String, in collection: String, suggestion: String?, all: [String]) -> String {
        if let suggestion { return "unknown field '\(name)' in \(collection); did you mean '\(suggestion)'?" }
        return "unknown field '\(name)' in \(collection); fields are \(all.joined(separator: ", "))"
    }

    static func notARelation(_ field: String, in collection: String) -> String {
        "'\(field)' in \(collection) names no other collection, so nothing can follow it after a dot"
    }

    static func collectionNeedsCount(_ name: String) -> String {
        "'\(name)' is a collection; write '\(name).count' to count the related rows"
    }

    static func unrelatedCollection(_ name: String, to collection: String) -> String {
        "no field of \(name) names \(collection), so '\(name).count' cannot count them"
    }

    static func noSuchValue(_ field: String, _ value: String, values: [String]) -> String {
        "'\(field)' has no value '\(value)'; its values are \(values.joined(separator: ", "))"
    }

    static func notANumber(_ field: String, _ value: String) -> String {
        "'\(field)' holds numbers, and '\(value)' is not a number"
    }

    static func notADate(_ field: String, _ value: String) -> String {
        "'\(field)' holds dates, and '\(value)' is not a date; write 2016, 2016-04 or 2016-04-12"
    }

    static func badRegex(_ reason: String) -> String {
        "invalid regular expression: \(reason)"
    }
}

extension Messages {
    static let nothingToRun = "nothing to run"
}

/// Why a `matches` pattern was rejected; shown after "invalid regular expression: ".
extension Messages {
    static func patternTooLarge(_ limit: Int) -> String { "the pattern is too large (more than \(limit) steps)" }
    static func patternUnmatched(_ c: String) -> String { "unmatched '\(c)'" }
    static func patternMissing(_ c: String) -> String { "missing '\(c)'" }
    static func patternCounts(_ limit: Int) -> String { "repetition counts must be at most \(limit), the smaller first" }
    static func patternNothingToRepeat(_ c: Character) -> String { "'\(c)' has nothing to repeat" }
    static func patternTooDeep(_ limit: Int) -> String { "groups nest more than \(limit) levels deep" }
    static let patternLookAround = "look-around and other (? groups are not supported"
    static let patternTrailingBackslash = "a pattern cannot end with a backslash"
    static let patternBackReference = "back references are not supported"
    static let patternRangeOrder = "range out of order in [...]"
}
