import Foundation

/// Runs the built `dossier` binary on hostile input: standard input from raw
/// bytes (which may be invalid UTF-8), extra environment, a time limit that
/// kills a hang instead of stalling the suite, and the peak memory it used.
/// Finds the binary and the seeds through `BinaryRunner`.
struct HostileRunner {
    struct Output {
        var status: Int32
        /// True when a signal ended the process (a crash, or the time limit).
        var signaled: Bool
        var timedOut: Bool
        var seconds: Double
        /// Peak resident memory in MiB (VmHWM), sampled while it ran; 0 if unknown.
        var peakMiB: Int
        var stdoutData: Data
        var stderrData: Data
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        var stderr: String { String(decoding: stderrData, as: UTF8.self) }
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }

        /// One line for an `#expect` comment.
        var summary: String {
            "status \(status)\(signaled ? " (signal)" : "")\(timedOut ? " (timed out)" : ""), "
                + "\(String(format: "%.1f", seconds)) s, \(peakMiB) MiB; stderr: \(stderr.prefix(600))"
        }
    }

    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
                    timeout: Double = 20, executable: URL = BinaryRunner.binary, directory: URL? = nil) throws -> Output {
        let scratch = try TempFolder("runner")
        let inURL = scratch.url.appendingPathComponent("stdin")
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try stdin.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        // Files on every side: nothing can block on a full pipe, and a child that
        // stops reading early cannot raise SIGPIPE in the test process.
        let input = try FileHandle(forReadingFrom: inURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? input.close(); try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err

        let start = Date()
        try process.run()
        let pid = process.processIdentifier
        var peak = 0, timedOut = false
        while process.isRunning {
            peak = max(peak, Self.peakKiB(pid))
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        return Output(status: process.terminationStatus,
                      signaled: process.terminationReason == .uncaughtSignal,
                      timedOut: timedOut, seconds: seconds, peakMiB: peak / 1024,
                      stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
    }

    /// Runs a shell command line (for pipelines such as `dossier | head -1`), with `$DOSSIER` set to the binary.
    static func shell(_ command: String, timeout: Double = 20) throws -> Output {
        try run(["-c", command], environment: ["DOSSIER": BinaryRunner.binary.path], timeout: timeout,
                executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// The VmHWM (peak resident set) of a running process, in KiB.
    private static func peakKiB(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}

/// A temporary folder, removed when the value goes away.
final class TempFolder {
    let url: URL
    var path: String { url.path }

    /// `inMemory` puts the folder on /dev/shm (tmpfs) where there is one: making
    /// many files there takes a second instead of tens on a slow disk.
    init(_ label: String, inMemory: Bool = false) throws {
        var isDir: ObjCBool = false
        let shm = inMemory && FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDir) && isDir.boolValue
            && access("/dev/shm", W_OK) == 0
        url = (shm ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory)
            .appendingPathComponent("dossier-robust-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Small documents the hostile cases put beside their culprit, so that "the rest
/// still loads" can be checked by counting.
enum HostileDocuments {
    static let letter = """
        Monitoring visit to Kirkby children's services

        Inspectors found that caseloads remain too high in the assessment teams.

        Leaders have a clear understanding of the work needed, the letter said.
        """

    /// A folder holding one ordinary document, `good.txt`.
    static func folderWithOneGoodDocument(_ label: String) throws -> TempFolder {
        let folder = try TempFolder(label)
        try folder.write("good.txt", letter)
        return folder
    }
}
