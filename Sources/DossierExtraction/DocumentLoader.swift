import DossierModel
import Foundation

/// What loading a set of paths produced: the model and any warnings or errors, per file.
public struct LoadResult: Sendable {
    public var model: Model
    public var diagnostics: [Diagnostic]
    public init(model: Model, diagnostics: [Diagnostic]) { self.model = model; self.diagnostics = diagnostics }
}

/// Loads every .txt, .md, .html and .htm file under the given paths and extracts the model.
public enum DocumentLoader {
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    public static func load(paths: [String]) -> LoadResult {
        var model = Model()
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, "cannot read file", file: path, line: 1, column: 1))
                continue
            }
            let id = url.deletingPathExtension().lastPathComponent
            model.documents.append(DocumentRecord(id: id, path: path, words: text.split(whereSeparator: \.isWhitespace).count))
        }
        return LoadResult(model: model, diagnostics: diagnostics)
    }
}
