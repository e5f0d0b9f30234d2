import CSQLite

/// A thin handle on a SQLite connection: statements run through `execute` and
/// `insert`, and failures come back as `SQLiteError` values with SQLite's message.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    init(path: String) throws(SQLiteError) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        if sqlite3_open_v2(path, &handle, flags, nil) != SQLITE_OK {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(message: message)
        }
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws(SQLiteError) {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw SQLiteError(message: "\(message) in: \(sql)")
        }
    }

    /// Runs one prepared statement for each row of `rows`; a nil cell is NULL.
    func insert(_ sql: String, rows: [[SQLiteCell]]) throws(SQLiteError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SQLiteError(message: "\(String(cString: sqlite3_errmsg(handle))) in: \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT: SQLite copies the bytes before bind returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for row in rows {
            sqlite3_reset(statement)
            for (i, cell) in row.enumerated() {
                let index = Int32(i + 1)
                switch cell {
                case .null: sqlite3_bind_null(statement, index)
                case .integer(let n): sqlite3_bind_int64(statement, index, Int64(n))
                case .text(let s): sqlite3_bind_text(statement, index, s, -1, transient)
                }
            }
            if sqlite3_step(statement) != SQLITE_DONE {
                throw SQLiteError(message: String(cString: sqlite3_errmsg(handle)))
            }
        }
    }
}

/// One value bound to a statement parameter.
enum SQLiteCell {
    case null
    case integer(Int)
    case text(String)
}

/// A failure reported by SQLite, with its own message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
