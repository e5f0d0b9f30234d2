import DossierModel
import DossierQuery

/// Box-drawn columns that fit the terminal: long text wraps at word boundaries
/// and, past `maxCellLines`, is cut with an ellipsis. Numbers align right.
public struct TableFormat: OutputFormat {
    public let name = "table"
    public let summary = "box-drawn columns fitted to the terminal width"
    public init() {}

    public func write<Stream: TextOutputStream>(_ result: ResultSet, options: RenderOptions, to stream: inout Stream) {
        let n = result.columns.count
        guard n > 0 else { return }
        let headers = result.columns.map(TextEscaping.display)
        let cells = result.rows.map { $0.map { TextEscaping.display($0.text) } }
        let rightAligned = result.types.map { $0 == .integer }
        let widths = Self.columnWidths(headers: options.headers ? headers : [], cells: cells, count: n, limit: options.width)

        let wrapped = cells.map { row in
            (0..<n).map { i in Self.wrap(i < row.count ? row[i] : "", width: widths[i], maxLines: options.maxCellLines) }
        }
        let ruled = wrapped.contains { $0.contains { $0.count > 1 } }

        func rule(_ left: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: mid) + right + "\n"
        }
        func line(_ parts: [String], bold: Bool = false) -> String {
            var s = "│"
            for i in 0..<n {
                let text = parts[i]
                let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text)))
                var cell = rightAligned[safe: i] == true && !bold ? pad + text : text + pad
                if bold && options.color { cell = "\u{1B}[1m" + cell + "\u{1B}[0m" }
                s += " " + cell + " │"
            }
            return s + "\n"
        }

        stream.write(rule("┌", "┬", "┐"))
        if options.headers {
            stream.write(line((0..<n).map { Self.cut(headers[$0], width: widths[$0]) }, bold: true))
            if !wrapped.isEmpty { stream.write(rule("├", "┼", "┤")) }
        }
        for (r, row) in wrapped.enumerated() {
            if ruled && r > 0 { stream.write(rule("├", "┼", "┤")) }
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                stream.write(line(row.map { k < $0.count ? $0[k] : "" }))
            }
        }
        stream.write(rule("└", "┴", "┘"))
    }

    /// Natural widths, shrunk when they overflow `limit`: narrow columns keep
    /// their width and the wide ones share what is left equally.
    static func columnWidths(headers: [String], cells: [[String]], count n: Int, limit: Int?) -> [Int] {
        var natural = Array(repeating: 1, count: n)
        for (i, h) in headers.enumerated() where i < n { natural[i] = max(natural[i], DisplayWidth.of(h)) }
        for row in cells {
            for (i, c) in row.enumerated() where i < n { natural[i] = max(natural[i], DisplayWidth.of(c)) }
        }
        guard let limit, natural.reduce(0, +) + 3 * n + 1 > limit else { return natural }
        var budget = max(n, limit - (3 * n + 1))
        var widths = natural
        var open = Set(0..<n)
        while !open.isEmpty {
            let share = budget / open.count
            let narrow = open.filter { natural[$0] <= share }
            if narrow.isEmpty {
                var extra = budget - share * open.count
                for i in open.sorted() {
                    widths[i] = max(1, share + (extra > 0 ? 1 : 0))
                    if extra > 0 { extra -= 1 }
                }
                break
            }
            for i in narrow { widths[i] = natural[i]; budget -= natural[i]; open.remove(i) }
        }
        return widths
    }

    /// Word-wraps `text` into lines of at most `width` columns, breaking long
    /// words; more than `maxLines` lines are cut, the last ending in "…".
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        if DisplayWidth.of(text) <= width { return [text] }
        var lines: [String] = []
        var current = "", currentWidth = 0
        func flush() { lines.append(current); current = ""; currentWidth = 0 }
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var w = word
            var ww = DisplayWidth.of(w)
            if currentWidth > 0 && currentWidth + 1 + ww <= width {
                current += " " + w; currentWidth += 1 + ww; continue
            }
            if currentWidth > 0 { flush() }
            while ww > width {
                let head = DisplayWidth.prefix(w, fitting: width)
                let piece = head.isEmpty ? String(w.prefix(1)) : head
                lines.append(piece)
                w = String(w.dropFirst(piece.count)); ww = DisplayWidth.of(w)
            }
            current = w; currentWidth = ww
        }
        if currentWidth > 0 || lines.isEmpty { flush() }
        if lines.count > maxLines, maxLines > 0 {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = cut(lines[maxLines - 1] + " …", width: width, force: true)
        }
        return lines
    }

    /// `text` cut to `width` columns with a trailing ellipsis when it does not fit.
    static func cut(_ text: String, width: Int, force: Bool = false) -> String {
        if !force && DisplayWidth.of(text) <= width { return text }
        if DisplayWidth.of(text) <= width { return text }
        guard width > 1 else { return "…" }
        return DisplayWidth.prefix(text, fitting: width - 1) + "…"
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
