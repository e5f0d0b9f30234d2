import DossierModel
import Foundation

/// Loads CSV exports into sqlite3 `:memory:` through its command-line tool and times
/// the fixed set there with `.timer on`.
///
/// The timer prints "real" in whole milliseconds, so a first pass times each query
/// once, and the timed pass repeats fast queries k times on one input line (one
/// timer line for the batch) so every batch takes at least ~20 ms.
struct SQLiteRunner {
    let executable: String
    let work: String

    struct Figures {
        var importSeconds: Double
        /// Median seconds per execution, per statement; nil where sqlite3 failed.
        var medians: [Double?]
        var repetitions: [Int]
        var rows: [Int?]
        var errors: String
    }

    func measure(_ statements: [Statement], tables: [(table: Table, csv: String)], runs: Int) throws -> Figures {
        let load = tables.map { schema($0.table) + ".import --csv --skip 1 '\($0.csv)' \($0.table.name)\n" }.joined()

        var calibrate = load + ".output /dev/null\n.timer on\n"
        for s in statements { calibrate += s.sql + "\n" + s.sql + "\n" }
        let (first, wall) = try run(calibrate, name: "calibrate")
        let once = timings(first.out)
        guard once.count == 2 * statements.count else {
            throw BenchError.sqlite("expected \(2 * statements.count) timer lines, got \(once.count): \(first.err)")
        }
        let single = statements.indices.map { once[2 * $0 + 1] }
        let reps = single.map { t in max(1, min(5000, Int((0.02 / max(t, 0.00002)).rounded(.up)))) }

        var timed = load + ".output /dev/null\n.timer on\n"
        for (s, k) in zip(statements, reps) {
            let batch = Array(repeating: s.sql, count: k).joined(separator: " ")
            for _ in 0..<runs { timed += batch + "\n" }
        }
        timed += ".timer off\n.output stdout\n.mode list\n"
        for (i, s) in statements.enumerated() {
            timed += "SELECT 'ROWS', \(i), count(*) FROM (\(s.sql.dropLast()));\n"
        }
        let (second, _) = try run(timed, name: "timed")
        let all = timings(second.out)
        var medians: [Double?] = []
        for (i, k) in reps.enumerated() {
            let slice = all.dropFirst(i * runs).prefix(runs)
            medians.append(slice.count == runs ? Measure.median(Array(slice)) / Double(k) : nil)
        }
        var rows = [Int?](repeating: nil, count: statements.count)
        for line in second.out.split(separator: "\n") where line.hasPrefix("ROWS|") {
            let parts = line.split(separator: "|")
            if parts.count == 3, let i = Int(parts[1]), let n = Int(parts[2]), i < rows.count { rows[i] = n }
        }
        let importSeconds = max(0, wall - once.reduce(0, +))
        return Figures(importSeconds: importSeconds, medians: medians, repetitions: reps, rows: rows,
                       errors: first.err + second.err)
    }

    /// CREATE TABLE with the fields' names, integers typed so ORDER BY compares numbers.
    func schema(_ table: Table) -> String {
        let columns = table.fields.map { "\"\($0.name)\" \($0.type == .integer ? "INTEGER" : "TEXT")" }
        return "CREATE TABLE \(table.name)(\(columns.joined(separator: ", ")));\n"
    }

    /// Seconds per timer line: "real", or user+sys when real rounds to zero.
    func timings(_ output: String) -> [Double] {
        output.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time:") else { return nil }
            let w = line.split(separator: " ")
            func value(_ key: String) -> Double { w.firstIndex(of: Substring(key)).flatMap { Double(w[$0 + 1]) } ?? 0 }
            let real = value("real")
            return real > 0 ? real : value("user") + value("sys")
        }
    }

    /// Runs sqlite3 on a script with standard output and error in files; returns both and the wall time.
    func run(_ script: String, name: String) throws -> (result: (out: String, err: String), seconds: Double) {
        let scriptPath = work + "/\(name).sql", outPath = work + "/\(name).out", errPath = work + "/\(name).err"
        try script.write(toFile: scriptPath, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        if executable.contains("/") {
            p.executableURL = URL(fileURLWithPath: executable)
            p.arguments = [":memory:"]
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [executable, ":memory:"]
        }
        p.standardInput = FileHandle(forReadingAtPath: scriptPath)
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        let t0 = Measure.now()
        try p.run()
        p.waitUntilExit()
        let seconds = Measure.now() - t0
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ((out, err), seconds)
    }
}
