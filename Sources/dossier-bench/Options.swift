import Foundation

/// The command line of dossier-bench.
struct Options {
    var docs: String?
    var syntheticFindings: Int?
    var runs = 5
    var sqlite3 = "sqlite3"
    var dossier: String?
    var seeds: String?
    var startupRuns = 20
    var work: String?
    var keep = false
    var noSQLite = false
    /// 1-based index into the fixed set, to time (or profile) one statement alone.
    var only: Int?

    static let usage = """
        usage: dossier-bench (--docs DIR | --synthetic-findings N) [--runs N] [--only K]
                             [--sqlite3 PATH] [--work DIR] [--keep] [--no-sqlite]
               dossier-bench --startup DOSSIER --seeds DIR [--startup-runs N]

          --docs DIR               load every document under DIR, then time the statements
          --synthetic-findings N   build a model of N findings in memory instead of loading
          --runs N                 timed runs per statement; the median is reported (default 5)
          --sqlite3 PATH           the sqlite3 command-line tool (default: sqlite3 on PATH)
          --work DIR               where the CSV files go (default: a temporary folder)
          --keep                   keep the CSV files and the sqlite3 scripts
          --no-sqlite              time Dossier only (for profiling with perf)
          --only K                 time only the K-th statement of the fixed set
          --startup DOSSIER        time `DOSSIER --docs SEEDS -c 'count findings'` instead
        """

    static func parse(_ arguments: [String]) -> Options? {
        var o = Options()
        var it = arguments.makeIterator()
        while let a = it.next() {
            switch a {
            case "--docs": o.docs = it.next()
            case "--synthetic-findings": guard let n = it.next().flatMap({ Int($0) }) else { return nil }; o.syntheticFindings = n
            case "--runs": guard let n = it.next().flatMap({ Int($0) }), n > 0 else { return nil }; o.runs = n
            case "--sqlite3": guard let p = it.next() else { return nil }; o.sqlite3 = p
            case "--startup": o.dossier = it.next()
            case "--seeds": o.seeds = it.next()
            case "--startup-runs": guard let n = it.next().flatMap({ Int($0) }), n > 0 else { return nil }; o.startupRuns = n
            case "--work": o.work = it.next()
            case "--keep": o.keep = true
            case "--no-sqlite": o.noSQLite = true
            case "--only": guard let k = it.next().flatMap({ Int($0) }), (1...6).contains(k) else { return nil }; o.only = k
            default: return nil
            }
        }
        let modes = [o.docs != nil, o.syntheticFindings != nil, o.dossier != nil].filter { $0 }.count
        return modes == 1 ? o : nil
    }
}
