import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Loading files and folders: order, diagnostics for bad input, encodings, and inputs that must never crash.
@Suite("Extraction loading")
struct ExtractionLoaderTests {
    @Test("folders are walked recursively in sorted order, keeping only document extensions")
    func folders() throws {
        let dir = try TemporaryFolder()
        try dir.write("b.txt", "Ofsted said the work was good.\n")
        try dir.write("a/z.md", "Inspectors said leaders were strong.\n")
        try dir.write("a/y.HTML", "<p>Inspectors said practice was weak.</p>")
        try dir.write("notes.pdf", "ignored")
        let r = DocumentLoader.load(paths: [dir.path])
        #expect(r.model.documents.map(\.id) == ["y", "z", "b"])
        #expect(r.diagnostics.isEmpty)
    }

    @Test("a missing path, an empty file and a binary file are diagnostics naming the file, and loading carries on")
    func badInputs() throws {
        let dir = try TemporaryFolder()
        let empty = try dir.write("empty.txt", "")
        let binary = try dir.write("bin.txt", Data([0x48, 0x69, 0x0A, 0x41, 0x00, 0x42]))
        let good = try dir.write("good.txt", "Inspectors said caseloads were manageable.\n")
        let r = DocumentLoader.load(paths: [dir.path + "/missing.txt", empty, binary, good])
        #expect(r.model.documents.map(\.id) == ["good"])
        #expect(r.diagnostics.count == 3)
        #expect(r.diagnostics.contains { $0.file.hasSuffix("missing.txt") && $0.severity == .error })
        #expect(r.diagnostics.contains { $0.file == empty && $0.message.contains("empty") })
        let nul = try #require(r.diagnostics.first { $0.file == binary })
        #expect(nul.line == 2 && nul.column == 2)
    }

    @Test("invalid UTF-8 is read as Windows-1252 with a warning naming the file")
    func windows1252() throws {
        let dir = try TemporaryFolder()
        // “Good” in Windows-1252 curly quotes, and a pound sign.
        let file = try dir.write("cp.txt", Data([0x49, 0x6E, 0x73, 0x70, 0x65, 0x63, 0x74, 0x6F, 0x72, 0x73, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20,
                                                0x93, 0x67, 0x6F, 0x6F, 0x64, 0x94, 0x20, 0xA3, 0x35, 0x2E, 0x0A]))
        let r = DocumentLoader.load(paths: [file])
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics.first?.severity == .warning)
        #expect(r.diagnostics.first?.file == file)
        #expect(r.model.sentences.first?.text == "Inspectors said “good” £5.")
    }

    @Test("a symlink loop does not hang the walk")
    func symlinkLoop() throws {
        let dir = try TemporaryFolder()
        try dir.write("sub/doc.txt", "Ofsted said it was good.\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub/loop", withDestinationPath: dir.path)
        let r = DocumentLoader.load(paths: [dir.path])
        #expect(r.model.documents.map(\.id) == ["doc"])
    }

    @Test("provenance gives the 1-based line and byte offsets of each sentence")
    func provenance() throws {
        let text = "Title Of The Piece Here\n\nFirst para one. Second “sentence” here.\n\nThird\nwraps here in a paragraph that is long enough to be prose.\n"
        let m = DocumentLoader.load(text: text, name: "p")
        let second = try #require(m.sentences.first { $0.text.hasPrefix("Second") })
        #expect(second.source.line == 3)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[second.source.start..<second.source.end], as: UTF8.self) == second.text)
        #expect(m.sentences.first { $0.text.hasPrefix("First") }?.paragraph == second.paragraph)
    }

    @Test("unbalanced, mismatched and nested quotation marks and random bytes never fail loading")
    func neverCrashes() throws {
        let nasty = [
            "“He said ‘yes.\n\n”No,’ she said.\n\n\"\"\"\n\n’’’‘‘‘ “", "Mr. . . . Dr.\n\n...\n\n", "“", "\"a\" \"", "said:\n\n“",
            String(repeating: "“Quote ", count: 2000), "A. B. C. D.\n" + String(repeating: "x", count: 10000),
            "<html><p>unclosed <b>tags &amp; &bogus; <script>", "Cllr\n\nMr\n\nSaid: said said said.",
        ]
        for (k, text) in nasty.enumerated() {
            _ = DocumentLoader.load(text: text, name: "n\(k)")
            _ = DocumentLoader.load(text: text, name: "h\(k)", html: true)
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("aZ .,:;“”‘’\"'\n\n—-0123456789MrDrCllrsaidOfstedInspectorsCouncil<>&".unicodeScalars)
        for k in 0..<200 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<400, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
            _ = DocumentLoader.load(text: String(s), name: "r\(k)", html: k % 2 == 0)
        }
        let dir = try TemporaryFolder()
        var bytes = [UInt8](repeating: 0, count: 3000)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 1...255, using: &rng) }
        let file = try dir.write("random.txt", Data(bytes))
        let r = DocumentLoader.load(paths: [file])
        #expect(r.model.documents.count == 1)
    }
}
