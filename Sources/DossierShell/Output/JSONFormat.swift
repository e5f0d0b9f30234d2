import DossierModel
import DossierQuery

/// A JSON array of objects, one row a line, keys in column order; text is
/// kept exact (only JSON's own escapes), integers are numbers, lists arrays.
public struct JSONFormat: OutputFormat {
    public let name = "json"
    public let summary = "a JSON array of objects"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        if result.rows.isEmpty { stream.write("[]\n"); return }
        for (i, row) in result.rows.enumerated() {
            stream.write(i == 0 ? "[" : ",\n")
            stream.write(JSONText.object(columns: result.columns, row: row))
        }
        stream.write("]\n")
    }
}

/// One JSON object per line (JSON Lines), for jq and streaming tools.
public struct JSONLinesFormat: OutputFormat {
    public let name = "jsonl"
    public let summary = "one JSON object per line"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        for row in result.rows {
            stream.write(JSONText.object(columns: result.columns, row: row) + "\n")
        }
    }
}

/// JSON encoding of rows, written by hand to keep the columns' order.
enum JSONText {
    static func object(columns: [String], row: [Value]) -> String {
        var s = "{"
        for (i, name) in columns.enumerated() {
            if i > 0 { s += "," }
            s += string(name) + ":" + value(i < row.count ? row[i] : .null)
        }
        return s + "}"
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .text(let t): return string(t)
        case .integer(let n): return String(n)
        case .list(let items): return "[" + items.map(string).joined(separator: ",") + "]"
        }
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
