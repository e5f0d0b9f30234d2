import DossierModel
import Foundation

/// Writes a table as RFC 4180 CSV: a header row, CRLF line ends, and fields that hold
/// a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled.
enum CSVWriter {
    static func write(_ table: Table, to path: String) throws -> Int {
        guard let out = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw BenchError.cannotWrite(path) }
        defer { try? out.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var total = 0
        func flush() {
            out.write(Data(buffer))
            total += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        append(table.fields.map(\.name), to: &buffer)
        for row in table.rows {
            append(row.map(\.text), to: &buffer)
            if buffer.count > 1 << 20 { flush() }
        }
        flush()
        return total
    }

    static func append(_ fields: [String], to buffer: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            let utf8 = field.utf8
            if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) {
                buffer.append(0x22)
                for b in utf8 {
                    if b == 0x22 { buffer.append(0x22) }
                    buffer.append(b)
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: utf8)
            }
        }
        buffer.append(0x0D)
        buffer.append(0x0A)
    }
}

enum BenchError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case sqlite(String)

    var description: String {
        switch self {
        case .cannotWrite(let p): return "cannot write \(p)"
        case .sqlite(let m): return "sqlite3: \(m)"
        }
    }
}
