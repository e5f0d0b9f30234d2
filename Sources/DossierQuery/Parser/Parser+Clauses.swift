/// The clauses after the collection: where, select, order by, by, limit, offset.
extension Parser {
    /// What the clauses of a statement gave; a clause with an error gives nothing.
    struct Clauses {
        var condition: Condition?
        var fields: [Path]?
        var distinct = false
        var ordering: [Ordering] = []
        var groups: [Path] = []
        var limit: Int?
        var offset: Int?
    }

    /// clauses = { where-clause | select-clause | order-clause | by-clause | limit-clause }
    mutating func clauses(counting: Bool) -> Clauses {
        var parts = Clauses()
        while !atEnd {
            if current.isSymbol(";") { _ = advance(); continue }
            let keyword = current
            do {
                switch keyword.keyword {
                case "where":
                    _ = advance()
                    parts.condition = try condition()
                    following = ["and", "or"] + clauseNames(counting)
                case "select" where !counting:
                    _ = advance()
                    if current.isKeyword("distinct") { _ = advance(); parts.distinct = true }
                    if current.isSymbol("*") { _ = advance(); parts.fields = nil } else { parts.fields = try pathList() }
                    following = [","] + clauseNames(counting)
                case "order" where !counting:
                    _ = advance()
                    guard current.isKeyword("by") else { throw fail(Messages.expected("'by'", after: "order", found: current)) }
                    _ = advance()
                    parts.ordering = try orderings()
                    following = [",", "asc", "desc"] + clauseNames(counting)
                case "by" where counting:
                    _ = advance()
                    parts.groups = try pathList()
                    following = [","] + clauseNames(counting)
                case "limit":
                    _ = advance()
                    parts.limit = try number()
                    following = counting ? [] : ["offset"]
                case "offset" where !counting:
                    _ = advance()
                    parts.offset = try number()
                    following = []
                case "select", "order":
                    throw fail(Messages.notInCount(keyword.keyword == "order" ? "order by" : "select"))
                default:
                    throw fail(Messages.expected(Messages.oneOf(following), found: current))
                }
            } catch {
                if index < tokens.count, current.range == keyword.range { _ = advance() }
                recover()
            }
        }
        return parts
    }

    func clauseNames(_ counting: Bool) -> [String] {
        counting ? ["by", "limit"] : ["select", "order by", "limit"]
    }

    /// path-list = path { "," path }
    mutating func pathList() throws -> [Path] {
        var paths = [try path()]
        while current.isSymbol(",") {
            _ = advance()
            paths.append(try path())
        }
        return paths
    }

    /// ordering = path [ "asc" | "desc" ] { "," path [ "asc" | "desc" ] }
    mutating func orderings() throws -> [Ordering] {
        var out: [Ordering] = []
        repeat {
            if !out.isEmpty { _ = advance() }
            let key = try path()
            var descending = false
            if current.isKeyword("desc") { _ = advance(); descending = true } else if current.isKeyword("asc") { _ = advance() }
            out.append(Ordering(path: key, descending: descending))
        } while current.isSymbol(",")
        return out
    }

    /// number = digit { digit }
    mutating func number() throws -> Int {
        let after = afterWhat
        guard current.kind == .word, let n = Int(current.text), n >= 0 else {
            throw fail(Messages.expected("a number", after: after, found: current))
        }
        _ = advance()
        return n
    }

    /// path = name { "." name }
    mutating func path() throws -> Path {
        let after = afterWhat
        guard current.kind == .word, !Keywords.clause.contains(current.keyword) else {
            throw fail(Messages.expected("a field", after: after, found: current))
        }
        let token = advance()
        var segments: [Name] = []
        var start = token.range.lowerBound
        for part in token.text.split(separator: ".", omittingEmptySubsequences: false) {
            let length = part.utf8.count
            guard length > 0 else {
                throw fail(Messages.emptyPathSegment(token.text), at: token.range)
            }
            segments.append(Name(text: String(part), range: start..<start + length))
            start += length + 1
        }
        return Path(segments: segments, range: token.range)
    }
}
