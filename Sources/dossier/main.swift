// Temporary walking-skeleton entry point: replaced by the shell's command line.
import DossierExtraction
import DossierModel
import DossierQuery
import Foundation

var docs: [String] = []
var statements: [String] = []
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--docs": if let p = args.next() { docs.append(p) }
    case "-c": if let s = args.next() { statements.append(s) }
    case "--format": _ = args.next()
    default: break
    }
}
var files: [String] = []
for d in docs {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: d, isDirectory: &isDir), isDir.boolValue {
        for case let f as String in FileManager.default.enumerator(atPath: d)! where DocumentLoader.extensions.contains((f as NSString).pathExtension) {
            files.append(d + "/" + f)
        }
    } else { files.append(d) }
}
let catalog = DocumentLoader.load(paths: files.sorted()).model.catalog()
func json(_ v: Value) -> Any {
    switch v { case .null: return NSNull(); case .text(let s): return s; case .integer(let n): return n; case .list(let l): return l }
}
var status: Int32 = 0
for s in statements {
    switch Query.run(s, on: catalog) {
    case .success(let rs):
        for row in rs.rows {
            let obj = Dictionary(uniqueKeysWithValues: zip(rs.columns, row.map(json)))
            let data = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    case .failure(let e):
        FileHandle.standardError.write(Data("error: \(e.errors.map(\.message))\n".utf8)); status = 1
    }
}
exit(status)
