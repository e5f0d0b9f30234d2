import DossierModel
import DossierQuery
import DossierShell
import Foundation
import Testing

/// Text from documents must not drive the terminal: ANSI escapes, carriage
/// returns and bidirectional controls are shown escaped in the formats a
/// person reads, and kept exact, JSON-escaped, in the formats a program reads.
@Suite(.serialized) struct RobustnessTerminalSafetyTests {
    /// Colour, cursor movement, a title change, a carriage return that would
    /// overwrite the line, and bidi overrides that would reorder it.
    static let hostile = "red \u{1B}[31mALERT\u{1B}[0m \u{1B}[2J\u{1B}]0;owned\u{07} done\rfake \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F}rtl \u{9B}31m c1"

    /// Scalars that must never reach a terminal raw from document text.
    static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x09, 0x0B...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func unsafeScalars(in text: String) -> [String] {
        text.unicodeScalars.filter(isUnsafe).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static let result = ResultSet(columns: ["id", "text"], types: [.text, .text],
                                  rows: [[.text("s1"), .text(hostile)], [.text("s2"), .text("plain")]])

    func render(_ format: String, width: Int? = nil) throws -> String {
        let output = try #require(OutputFormats.named(format), "no format \(format)")
        var text = ""
        output.write(Self.result, options: RenderOptions(headers: true, width: width), to: &text)
        return text
    }

    @Test(arguments: ["table", "markdown", "line"])
    func readableFormatsEscapeControls(format: String) throws {
        for width in [nil, 40] as [Int?] {
            let text = try render(format, width: width)
            #expect(Self.unsafeScalars(in: text).isEmpty, "\(format) wrote \(Self.unsafeScalars(in: text)) raw")
            #expect(text.contains("ALERT") && text.contains("evil"), "\(format) lost the visible text: \(text)")
        }
    }

    @Test(arguments: ["json", "jsonl"])
    func jsonFormatsKeepTextExact(format: String) throws {
        let text = try render(format)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format) wrote a raw control")
        let objects: [[String: Any]]
        if format == "json" {
            objects = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        } else {
            objects = try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        }
        #expect(objects.count == 2)
        #expect(objects.first?["text"] as? String == Self.hostile, "\(format) changed the text")
    }

    // MARK: Through the binary, from a document

    /// A document whose sentence holds escapes; returns the folder.
    func hostileDocument() throws -> TempFolder {
        let folder = try TempFolder("terminal")
        try folder.write("hostile.txt", "Hostile text follows.\n\nThe zebra said \u{1B}[31mALERT\u{1B}[0m\u{1B}[2J and \u{202E}evil\u{202C} and \u{2067}rtl\u{2069} done.\n\nA second zebra\rline ends here.\n")
        return folder
    }

    // csv and tsv are data formats (their separators are controls, and csv keeps text exact), not for reading.
    @Test(arguments: ["table", "markdown", "line"])
    func binaryEscapesDocumentText(format: String) throws {
        let folder = try hostileDocument()
        let out = try HostileRunner.run(["--docs", folder.path, "--format", format, "-c", "sentences where text contains zebra select id, text"])
        #expect(out.status == 0 && !out.signaled, "\(out.summary)")
        #expect(out.stdout.contains("ALERT") && out.stdout.contains("evil"), "\(format): \(out.stdout)")
        #expect(Self.unsafeScalars(in: out.stdout).isEmpty, "\(format) wrote \(Self.unsafeScalars(in: out.stdout)) raw: \(out.stdout.debugDescription)")
    }

    @Test(arguments: ["json", "jsonl"])
    func binaryKeepsDocumentTextExactInJSON(format: String) throws {
        let folder = try hostileDocument()
        let out = try HostileRunner.run(["--docs", folder.path, "--format", format, "-c", "sentences where text contains zebra select id, text"])
        #expect(out.status == 0 && !out.signaled, "\(out.summary)")
        #expect(!out.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format) wrote a raw control")
        let texts: [String]
        if format == "json" {
            let rows = try #require(try JSONSerialization.jsonObject(with: out.stdoutData) as? [[String: Any]])
            texts = rows.compactMap { $0["text"] as? String }
        } else {
            texts = try out.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }.compactMap { $0["text"] as? String }
        }
        let first = texts.first { $0.contains("ALERT") } ?? ""
        #expect(first.contains("\u{1B}[31mALERT\u{1B}[0m\u{1B}[2J"), "escape sequence not kept exact: \(first.debugDescription)")
        #expect(first.contains("\u{202E}evil\u{202C}") && first.contains("\u{2067}rtl\u{2069}"), "bidi controls not kept exact: \(first.debugDescription)")
    }
}
