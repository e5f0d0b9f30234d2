import Foundation
import Testing

/// docs/language.md is a golden file: after each example block it shows what the
/// built binary prints for the examples on the seeds, written by scripts/doc-outputs.
/// When this fails, look at the diff and rewrite the document with
/// `swift build && scripts/doc-outputs --binary .build/debug/dossier`.
@Suite struct EndToEndLanguageDoc {
    /// PRODUCT.md sits beside the repository (../shared) in the project's layout;
    /// its example statements are checked only when it is there.
    static var product: URL {
        BinaryRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/PRODUCT.md")
    }

    @Test func documentShowsWhatTheBinaryPrints() throws {
        let script = BinaryRunner.repository.appendingPathComponent("scripts/doc-outputs")
        var arguments = ["--check", "--binary", BinaryRunner.binary.path]
        if FileManager.default.fileExists(atPath: Self.product.path) {
            arguments += ["--product", Self.product.path]
        }
        let process = Process()
        process.executableURL = script
        process.arguments = arguments
        process.currentDirectoryURL = BinaryRunner.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read to the end before waiting, so a long diff cannot block the script on a full pipe.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0,
                "docs/language.md is out of date; `scripts/doc-outputs --binary .build/debug/dossier` rewrites it:\n\(text)")
    }
}
