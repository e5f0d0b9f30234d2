import Foundation

/// Runs the sqlite3 command-line tool on a database, as a user checking an export would.
enum SQLiteCLI {
    static func query(_ database: String, _ sql: String, separator: String = "|") throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", "-batch", "-separator", separator, database, sql]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
