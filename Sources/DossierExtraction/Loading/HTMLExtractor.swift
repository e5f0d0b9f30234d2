import CLibXML2
import Foundation

/// Reads an HTML page through libxml2's HTML parser into blocks of visible text, dropping scripts,
/// styles, navigation and other page chrome, and reads title, publisher and date from its metadata.
enum HTMLExtractor {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "iframe", "select",
        "template", "head", "menu", "figure", "object", "embed", "canvas", "video", "audio", "input", "textarea",
    ]
    /// Elements that start a new paragraph.
    static let blockLevel: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "figcaption",
        "pre", "section", "article", "header", "main", "tr", "ul", "ol", "table", "address", "br", "hr", "body",
    ]
    /// Class and id fragments of page chrome.
    static let chrome = ["nav", "menu", "footer", "comment", "share", "social", "related", "cookie", "advert", "promo",
                         "newsletter", "breadcrumb", "sidebar", "banner", "subscribe", "signup", "popup", "modal"]

    struct Result {
        var blocks: [Block]
        var info: PageInfo
    }

    static func extract(_ text: String) -> Result {
        var result = Result(blocks: [], info: PageInfo())
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return result }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(min(buf.count, Int(Int32.max))), nil, "UTF-8", options)
            }
        }
        guard let doc else { return result }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return result }
        var walker = Walker()
        walker.visit(root, depth: 0)
        walker.flush(line: 0)
        result.blocks = walker.blocks
        var info = PageInfo()
        info.title = walker.meta["og:title"] ?? walker.meta["twitter:title"] ?? walker.titleElement ?? ""
        info.publisher = walker.meta["og:site_name"] ?? walker.meta["application-name"] ?? ""
        if let d = walker.meta["article:published_time"] ?? walker.meta["date"] ?? walker.meta["dc.date"] ?? walker.meta["pubdate"],
           let date = DateParser.firstDate(in: d) { info.date = date.iso }
        if let a = walker.meta["article:author"] ?? walker.meta["author"], !a.contains("/") { info.author = a }
        result.info = info
        return result
    }

    static func name(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        // An ASCII name is lower-cased bytewise, as `lowercased()` would, without decoding it twice.
        let n = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        var ascii = true
        for k in 0..<n where p[k] >= 0x80 { ascii = false; break }
        guard ascii else { return String(cString: p).lowercased() }
        return String(unsafeUninitializedCapacity: n) { out in
            for k in 0..<n { let v = p[k]; out[k] = v &- 65 < 26 ? v | 0x20 : v }
            return n
        }
    }

    static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let v = xmlGetProp(node, key) else { return nil }
        defer { free(v) }
        return String(cString: v)
    }

    /// Collects text depth-first, cutting it into blocks at block-level elements.
    struct Walker {
        var blocks: [Block] = []
        var buffer: [Unicode.Scalar] = []
        var bufferLine = 0
        var heading = false
        /// Inside an element marked as the byline, and the depth it opened at.
        var bylineDepth: Int? = nil
        var meta: [String: String] = [:]
        var titleElement: String?

        mutating func flush(line: Int) {
            var s = buffer
            while let l = s.last, FastText.isSpace(l) { s.removeLast() }
            if !s.isEmpty {
                var b = Block(scalars: s, line: max(1, bufferLine), offset: 0)
                b.isHeading = heading
                b.isByline = bylineDepth != nil
                blocks.append(b)
            }
            buffer.removeAll(keepingCapacity: true)
            bufferLine = line
            heading = false
        }

        mutating func append(_ text: String, line: Int) {
            for c in text.unicodeScalars {
                if FastText.isSpace(c) {
                    if let l = buffer.last, !FastText.isSpace(l) { buffer.append(" ") }
                } else {
                    if buffer.isEmpty { bufferLine = line }
                    buffer.append(c)
                }
            }
        }

        mutating func visit(_ node: xmlNodePtr, depth: Int) {
            guard depth < 400 else { return }
            var child = node.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { append(String(cString: content), line: Int(xmlGetLineNo(c))) }
                case XML_ELEMENT_NODE:
                    element(c, depth: depth)
                default: break
                }
            }
        }

        mutating func element(_ c: xmlNodePtr, depth: Int) {
            let tag = HTMLExtractor.name(c.pointee.name)
            let line = Int(xmlGetLineNo(c))
            if tag == "meta" {
                let key = (HTMLExtractor.attribute(c, "property") ?? HTMLExtractor.attribute(c, "name") ?? "").lowercased()
                if !key.isEmpty, meta[key] == nil, let v = HTMLExtractor.attribute(c, "content") {
                    meta[key] = v.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                return
            }
            if tag == "title" {
                if titleElement == nil, let t = xmlNodeGetContent(c) {
                    titleElement = String(cString: t).trimmingCharacters(in: .whitespacesAndNewlines); free(t)
                }
                return
            }
            if tag == "head" { visit(c, depth: depth + 1); return }
            if HTMLExtractor.skipped.contains(tag) { return }
            let cls = HTMLExtractor.attribute(c, "class"), id = HTMLExtractor.attribute(c, "id")
            // Without either attribute the marker is a single space, which names no chrome.
            let marker = cls == nil && id == nil ? " " : ((cls ?? "") + " " + (id ?? "")).lowercased()
            if marker.count > 1, HTMLExtractor.chrome.contains(where: { FastText.contains(marker, $0) }), tag != "body", tag != "article", tag != "main" { return }
            // A table row is one line, its cells apart ("Overall effectiveness | Good"); a definition follows
            // its term as a text page writes it ("Inspection dates: 6 to 17 November 2023").
            if tag == "td" || tag == "th" || tag == "dd", let last = buffer.last(where: { !FastText.isSpace($0) }) {
                while let l = buffer.last, FastText.isSpace(l) { buffer.removeLast() }
                if tag == "dd" { if last != ":" { buffer.append(":") }; buffer.append(" ") } else { buffer.append(contentsOf: [" ", "|", " "]) }
            }
            let isBlock = HTMLExtractor.blockLevel.contains(tag)
            let opensByline = bylineDepth == nil && isBlock && marker.count > 1 && ["byline", "author", "contributor"].contains(where: { FastText.contains(marker, $0) })
            if isBlock || tag == "dt" || opensByline { flush(line: line) }
            if opensByline { bylineDepth = depth }
            // Inside a byline, each element is a separate item ("<span>Emma Kettering</span><span>BBC News</span>").
            if bylineDepth != nil, !opensByline, let l = buffer.last, !FastText.isSpace(l) { buffer.append(" ") }
            if tag.count == 2, tag.hasPrefix("h"), tag != "hr" { heading = true; bufferLine = line }
            if tag == "li" { heading = true }
            visit(c, depth: depth + 1)
            if isBlock && !(bylineDepth.map { $0 < depth } ?? false) { flush(line: line) }
            if opensByline { flush(line: line); bylineDepth = nil }
        }
    }
}
