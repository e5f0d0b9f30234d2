import DossierExport
import DossierModel
import DossierQuery
import Foundation

/// `.export sqlite FILE` or `.export jsonl FOLDER`: the whole model, for other tools.
struct ExportCommand: MetaCommand {
    let name = "export"
    let usage = ".export sqlite|jsonl PATH"
    let summary = "write every collection to a SQLite database, or to a folder of .jsonl files"
    let details = """
        sqlite: one table per collection with the field names as columns, foreign keys
        for relations (a name-keyed relation such as a quote's speaker also gets
        speaker_id), link tables for list fields, and indexes on key fields.
        jsonl: FOLDER/COLLECTION.jsonl, one JSON object per row, for jq and DuckDB.
        """
    var argumentKind: MetaArgumentKind { .path }

    func run(_ invocation: MetaInvocation, in session: Session) throws(MetaCommandError) {
        guard let kindWord = invocation.arguments.first else {
            throw MetaCommandError("expected sqlite or jsonl after .export", at: invocation.end..<invocation.end)
        }
        guard invocation.arguments.count == 2 else {
            let at = invocation.arguments.count > 2 ? invocation.arguments[2].range : invocation.end..<invocation.end
            throw MetaCommandError(invocation.arguments.count > 2 ? "too many arguments; \(usage)" : "expected a path after '\(kindWord.text)'", at: at)
        }
        guard let kind = Exporter.Kind(rawValue: kindWord.text.lowercased()) else {
            throw MetaCommandError("unknown export '\(kindWord.text)'; exports are sqlite, jsonl", at: kindWord.range)
        }
        let path = invocation.arguments[1]
        do {
            try Exporter.export(session.catalog, as: kind, to: (path.text as NSString).expandingTildeInPath)
        } catch {
            throw MetaCommandError(error.message, at: path.range)
        }
        if session.interactive {
            session.err.write("exported \(session.catalog.tables.count) collections to \(path.text)\n")
        }
    }
}

/// Writes a catalog in one of the export formats; shared by `.export` and `--export-sqlite`.
public enum Exporter {
    public enum Kind: String, Sendable { case sqlite, jsonl }

    public struct Failure: Error, Sendable { public var message: String }

    public static func export(_ catalog: Catalog, as kind: Kind, to path: String) throws(Failure) {
        switch kind {
        case .sqlite:
            do { try SQLiteExporter.export(catalog, to: path) } catch { throw Failure(message: "cannot export to '\(path)': \(error.message)") }
        case .jsonl:
            try exportJSONLines(catalog, to: path)
        }
    }

    static func exportJSONLines(_ catalog: Catalog, to folder: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create folder '\(folder)'")
        }
        for table in catalog.tables {
            let file = (folder as NSString).appendingPathComponent(table.name + ".jsonl")
            let sink: FileDescriptorSink
            do { sink = try FileDescriptorSink(path: file) } catch { throw Failure(message: "cannot write '\(file)'") }
            var stream = SinkStream(sink: sink)
            // A few thousand rows at a time: JSON Lines has no header, and the table's rows are not kept as arrays.
            for start in stride(from: 0, to: table.rows.count, by: 4096) {
                let rows = (start..<min(start + 4096, table.rows.count)).map(table.values(ofRow:))
                let result = ResultSet(columns: table.fields.map(\.name), types: table.fields.map(\.type), rows: rows)
                JSONLinesFormat().write(result, options: RenderOptions(), to: &stream)
            }
            sink.flush()
            if sink.failure != 0 { throw Failure(message: "cannot write '\(file)': \(String(cString: strerror(sink.failure)))") }
        }
    }
}
