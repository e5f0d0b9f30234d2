import DossierExtraction
import DossierModel
import Foundation
import Testing

/// Hostile documents under `--docs`: each is loaded or refused with a message
/// naming it, the other documents still load, and the shell answers the next statement.
@Suite(.serialized) struct RobustnessDocumentTests {
    /// Loads `folder` (one good document plus the culprit) and runs `count documents`.
    func load(_ folder: TempFolder, extra: [String] = [], timeout: Double = 20) throws -> HostileRunner.Output {
        try HostileRunner.run(["--docs", folder.path] + extra + ["-c", "count documents"], timeout: timeout)
    }

    func expectFinished(_ out: HostileRunner.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!out.signaled && !out.timedOut, "\(out.summary)", sourceLocation: sourceLocation)
        #expect(out.status == 0, "loading problems are warnings, not failed statements: \(out.summary)", sourceLocation: sourceLocation)
    }

    /// The diagnostics line that names `file` (by its file name).
    func message(naming file: String, in out: HostileRunner.Output) -> String? {
        out.stderr.split(separator: "\n").map(String.init).first { $0.contains(file) }
    }

    @Test func aBinaryFileIsRefusedByName() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("binary")
        // A PNG header and random-looking bytes, under a name the loader reads.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var state: UInt32 = 12_345
        for _ in 0..<4_096 { state = state &* 1_103_515_245 &+ 12_345; bytes.append(UInt8(truncatingIfNeeded: state >> 16)) }
        try folder.write("image.txt", Data(bytes))
        let out = try load(folder)
        expectFinished(out)
        #expect(message(naming: "image.txt", in: out) != nil, "\(out.summary)")
        #expect(out.lines.last == "1", "\(out.lines)")
    }

    @Test func invalidUTF8FallsBackToWindows1252WithAWarning() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("cp1252")
        // "The council’s café “service” was good – inspectors said." in Windows-1252.
        let bytes: [UInt8] = Array("The council".utf8) + [0x92] + Array("s caf".utf8) + [0xE9, 0x20, 0x93] + Array("service".utf8)
            + [0x94] + Array(" was good ".utf8) + [0x96] + Array(" inspectors said.\n".utf8)
        try folder.write("legacy.txt", Data(bytes))
        let out = try HostileRunner.run(["--docs", folder.path, "--format", "jsonl",
                                         "-c", "count documents", "-c", "sentences where text contains café select text"])
        expectFinished(out)
        let warning = message(naming: "legacy.txt", in: out)
        #expect(warning?.contains("warning") == true, "\(out.summary)")
        #expect(warning?.contains("1252") == true, "the warning should say which encoding was assumed: \(out.summary)")
        #expect(out.stdout.contains("\"count\":2") || out.stdout.contains("\"count\": 2"), "\(out.stdout)")
        #expect(out.stdout.contains("The council’s café “service” was good – inspectors said."), "\(out.stdout)")
    }

    @Test func nulBytesAreLoadedOrRefusedByName() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("nul")
        try folder.write("nul.txt", Data("Ofsted rated Eastby\u{0} inadequate in 2018.\n\nThe letter\u{0}\u{0} said so.\n".utf8))
        let out = try load(folder)
        expectFinished(out)
        #expect(message(naming: "nul.txt", in: out) != nil, "\(out.summary)")
        #expect(["1", "2"].contains(out.lines.last ?? ""), "\(out.lines)")
    }

    @Test func anEmptyFileIsNamed() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("empty")
        try folder.write("empty.txt", Data())
        try folder.write("blank.html", "  \n\t\n")
        let out = try load(folder)
        expectFinished(out)
        #expect(message(naming: "empty.txt", in: out) != nil, "\(out.summary)")
        #expect(message(naming: "blank.html", in: out) != nil, "\(out.summary)")
        #expect(["1", "2", "3"].contains(out.lines.last ?? ""), "\(out.lines)")
    }

    /// 200 MB of plain text, made at test time: loaded or refused with a message,
    /// within a time and memory that a laptop would bear.
    @Test func aTwoHundredMegabyteFileLoadsOrIsRefusedClearly() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("huge")
        let path = folder.path("huge.txt")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let paragraph = Data(String(repeating: "Inspectors found that caseloads remain too high in Kirkby. ", count: 16).appending("\n\n").utf8)
        var chunk = Data()
        while chunk.count < 1 << 20 { chunk.append(paragraph) }
        var written = 0
        while written < 200 * 1_000_000 { handle.write(chunk); written += chunk.count }
        try handle.close()

        let out = try load(folder, timeout: 30)
        expectFinished(out)
        #expect(out.peakMiB < 2_048, "\(out.summary)")
        if out.lines.last == "1" {
            #expect(message(naming: "huge.txt", in: out) != nil, "refused without a message: \(out.summary)")
        } else {
            #expect(out.lines.last == "2", "\(out.lines)")
        }
    }

    /// Tests run as root here, so `chmod 000` cannot make a file unreadable. A
    /// file that vanishes between listing and reading is a dangling symlink; a
    /// file that cannot be read is a FIFO with no writer (a naive read blocks forever).
    @Test func aVanishedOrUnreadableFileIsNamedAndTheRestLoads() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("vanish")
        try FileManager.default.createSymbolicLink(atPath: folder.path("vanished.txt"), withDestinationPath: folder.path("gone.txt"))
        #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
        let out = try load(folder, timeout: 15)
        expectFinished(out)
        #expect(message(naming: "vanished.txt", in: out) != nil, "\(out.summary)")
        #expect(message(naming: "pipe.txt", in: out) != nil, "\(out.summary)")
        #expect(out.lines.last == "1", "\(out.lines)")

        // Named directly on the command line, too.
        let direct = try HostileRunner.run(["--docs", folder.path("vanished.txt"), "--docs", folder.path("pipe.txt"),
                                            "--docs", folder.path("good.txt"), "-c", "count documents"], timeout: 15)
        #expect(!direct.signaled && !direct.timedOut, "\(direct.summary)")
        #expect(direct.stderr.contains("vanished.txt") && direct.stderr.contains("pipe.txt"), "\(direct.summary)")
        #expect(direct.lines.last == "1", "\(direct.lines)")
    }

    @Test func aFileThatVanishesIsADiagnosticInProcess() throws {
        let folder = try TempFolder("vanish-inproc")
        let path = try folder.write("soon-gone.txt", HostileDocuments.letter)
        try FileManager.default.removeItem(atPath: path)
        let result = DocumentLoader.load(paths: [path])
        #expect(result.model.documents.isEmpty)
        #expect(result.diagnostics.contains { $0.file.contains("soon-gone.txt") }, "\(result.diagnostics)")
    }

    @Test func aSymlinkLoopUnderDocsEnds() throws {
        let folder = try HostileDocuments.folderWithOneGoodDocument("loop")
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: folder.path("sub/up"), withDestinationPath: "..")       // a folder loop
        try fm.createSymbolicLink(atPath: folder.path("ping.txt"), withDestinationPath: "pong.txt") // a link loop
        try fm.createSymbolicLink(atPath: folder.path("pong.txt"), withDestinationPath: "ping.txt")
        let out = try load(folder, timeout: 15)
        expectFinished(out)
        #expect(out.lines.last == "1", "the document was loaded \(out.lines.last ?? "no") times")
        #expect(out.stderr.contains("ping.txt") || out.stderr.contains("pong.txt"), "the link loop was not named: \(out.summary)")
    }

    /// 100,000 tiny files in one folder, made at test time (in memory where it can).
    @Test func aFolderOfAHundredThousandFilesLoads() throws {
        let folder = try TempFolder("many", inMemory: true)
        let body = Array("Ofsted visited Kirkby.\n".utf8)
        for i in 0..<100_000 {
            let fd = open(folder.path(String(format: "doc%06d.txt", i)), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { Issue.record("cannot create file \(i)"); return }
            _ = body.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let out = try HostileRunner.run(["--docs", folder.path, "-c", "count documents"], timeout: 40)
        expectFinished(out)
        #expect(out.lines.last == "100000", "\(out.lines.suffix(2)) \(out.summary)")
        #expect(out.peakMiB < 2_048, "\(out.summary)")
    }
}
