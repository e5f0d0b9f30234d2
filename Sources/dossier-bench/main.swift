// dossier-bench: how fast Dossier loads a corpus and answers the fixed set of
// statements, side by side with sqlite3 on the same rows. See docs/performance.md.
import DossierExtraction
import DossierModel
import DossierQuery
import Foundation

/// Prints a line at once, so progress shows when the output is piped.
func report(_ line: String) {
    print(line)
    fflush(nil)
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((Options.usage + "\n").utf8))
    exit(2)
}

if let dossier = options.dossier {
    let seeds = options.seeds ?? "seeds"
    let args = ["--docs", seeds, "-c", "count findings"]
    let r = Startup.measure(dossier: dossier, arguments: args, runs: options.startupRuns)
    report("start-up: \(dossier) \(args.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")) (median of \(options.startupRuns), exit status \(r.status))")
    report(String(format: "start-up median: %@ ms  (min %@ ms, max %@ ms)", Format.ms(r.median),
                 Format.ms(r.all.min() ?? .nan), Format.ms(r.all.max() ?? .nan)))
    exit(0)
}

let model: Model
if let docs = options.docs {
    let corpus = Corpus(directory: docs)
    report("corpus: \(docs): \(Format.count(corpus.files.count)) files, \(Format.mb(corpus.bytes))")
    let before = Measure.peakRSS()
    let (result, seconds) = Measure.time { DocumentLoader.load(paths: corpus.files) }
    let peak = Measure.peakRSS()
    report(String(format: "load: %.3f s  %.1f MB/s  %@ documents/s", seconds,
                 Double(corpus.bytes) / 1e6 / seconds, Format.count(Int(Double(corpus.files.count) / seconds))))
    report(String(format: "peak RSS after load: %@ (%.2f x corpus; %@ before loading)", Format.mb(peak),
                 Double(peak) / Double(max(1, corpus.bytes)), Format.mb(before)))
    report(String(format: "RSS after load: %@; %@ once malloc_trim frees unused pages", Format.mb(Measure.currentRSS()), Format.mb(Measure.trimmedRSS())))
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    report("diagnostics: \(result.diagnostics.count) (\(errors) errors)")
    model = result.model
} else {
    let n = options.syntheticFindings ?? 0
    let (m, seconds) = Measure.time { SyntheticModel.build(findings: n) }
    report(String(format: "synthetic model: %@ findings built in %.2f s; peak RSS %@", Format.count(n), seconds, Format.mb(Measure.peakRSS())))
    model = m
}

let (catalog, catalogSeconds) = Measure.time { model.catalog() }
report(String(format: "catalog: %.3f s; peak RSS %@; RSS %@ once trimmed", catalogSeconds, Format.mb(Measure.peakRSS()), Format.mb(Measure.trimmedRSS())))
report("rows: " + catalog.tables.map { "\($0.name) \(Format.count($0.rows.count))" }.joined(separator: ", "))

// Dossier: one untimed run, then the median of --runs.
let fixedSet = Statements.fixedSet(council: Statements.busiestCouncil(in: catalog))
let statements = options.only.map { [fixedSet[$0 - 1]] } ?? fixedSet
var dossierTimes: [Double?] = [], dossierRows: [String] = []
for s in statements {
    switch Query.run(s.dossier, on: catalog) {
    case .failure(let e):
        dossierTimes.append(nil)
        let message = "error: " + e.errors.map(\.message).joined(separator: "; ")
        dossierRows.append(message.count > 60 ? String(message.prefix(57)) + "..." : message)
    case .success(let first):
        var times: [Double] = []
        for _ in 0..<options.runs { times.append(Measure.time { _ = Query.run(s.dossier, on: catalog) }.1) }
        dossierTimes.append(Measure.median(times))
        dossierRows.append(Format.count(first.rows.count))
    }
}

// sqlite3: the same rows as CSV, imported into :memory:.
if options.noSQLite {
    for (s, (t, rows)) in zip(statements, zip(dossierTimes, dossierRows)) {
        report("\(s.dossier): \(rows) rows, \(t.map(Format.ms) ?? "-") ms")
    }
    exit(0)
}
let work = options.work ?? NSTemporaryDirectory() + "dossier-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
var exported: [(table: Table, csv: String)] = []
let (csvBytes, csvSeconds) = Measure.time { () -> Int in
    var total = 0
    for name in Statements.tables {
        guard let t = catalog.table(name) else { continue }
        let path = work + "/\(name).csv"
        if let n = try? CSVWriter.write(t, to: path) { total += n; exported.append((t, path)) }
    }
    return total
}
report(String(format: "csv export: %@ in %.2f s (%@)", Format.mb(csvBytes), csvSeconds,
             exported.map { $0.table.name }.joined(separator: ", ")))

var sqlite: SQLiteRunner.Figures?
do {
    let figures = try SQLiteRunner(executable: options.sqlite3, work: work).measure(statements, tables: exported, runs: options.runs)
    report(String(format: "sqlite3 import (:memory:): %.2f s", figures.importSeconds))
    if !figures.errors.isEmpty { report("sqlite3 stderr: " + figures.errors.trimmingCharacters(in: .whitespacesAndNewlines)) }
    sqlite = figures
} catch {
    report("sqlite3: \(error)")
}
if !options.keep { try? FileManager.default.removeItem(atPath: work) }

report("")
report("statement latency, median of \(options.runs) runs (ms); ratio = Dossier / sqlite3")
let header = ["statement", "dossier rows", "dossier ms", "sqlite rows", "sqlite ms", "ratio"]
var lines = [header]
for (i, s) in statements.enumerated() {
    let d = dossierTimes[i], q = sqlite?.medians[i] ?? nil
    let ratio = d.flatMap { d in q.map { String(format: "%.2f", d / $0) } } ?? "-"
    let sqliteRows = sqlite?.rows[i].map(Format.count) ?? "-"
    lines.append([s.dossier, dossierRows[i], d.map(Format.ms) ?? "-", sqliteRows, q.map(Format.ms) ?? "-", ratio])
}
let widths = header.indices.map { c in lines.map { $0[c].count }.max() ?? 0 }
for (n, line) in lines.enumerated() {
    report(line.enumerated().map { c, cell in Format.pad(cell, widths[c], right: c > 0 && !cell.hasPrefix("error")) }
        .joined(separator: "  "))
    if n == 0 { report(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
}
if let reps = sqlite?.repetitions {
    report("(sqlite3 repetitions per timed batch: \(reps.map(String.init).joined(separator: ", ")))")
}
report(String(format: "peak RSS at exit: %@", Format.mb(Measure.peakRSS())))
