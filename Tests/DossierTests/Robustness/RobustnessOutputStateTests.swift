import Foundation
import Testing

/// Output and state that cannot be written: an error or a warning, nothing
/// already written is lost, and the shell goes on.
@Suite(.serialized) struct RobustnessOutputStateTests {
    /// Tests run as root here, so permissions cannot make a path unwritable; a
    /// path under a regular file (ENOTDIR) and a path that is a folder (EISDIR) can.
    @Test func outputToAnUnwritablePathIsAnErrorAndEarlierOutputIsIntact() throws {
        let docs = try HostileDocuments.folderWithOneGoodDocument("output-docs")
        let place = try TempFolder("output")
        let first = place.path("first.tsv")
        try place.write("plain-file", "not a folder\n")
        try FileManager.default.createDirectory(atPath: place.path("a-folder"), withIntermediateDirectories: true)
        let script = """
            .output \(first)
            documents select id
            .output \(place.path("plain-file/out.tsv"))
            count documents
            .output \(place.path("a-folder"))
            documents select words
            """
        let out = try HostileRunner.run(["--docs", docs.path], stdin: Data((script + "\n").utf8))
        #expect(!out.signaled && !out.timedOut, "\(out.summary)")
        #expect(out.status == 1, "\(out.summary)")
        #expect(out.stderr.contains("plain-file/out.tsv"), "\(out.summary)")
        #expect(out.stderr.contains("a-folder"), "\(out.summary)")
        #expect(out.stderr.components(separatedBy: "error:").count - 1 == 2, "\(out.summary)")

        // What went to the first file before the failures is all there.
        let written = (try? String(contentsOfFile: first, encoding: .utf8)) ?? ""
        #expect(written.hasPrefix("id\ngood\n"), "first file holds \(written.debugDescription)")
        // The statements after each failed `.output` still ran, to standard output or the earlier file.
        let everything = out.stdout + written
        #expect(everything.contains("count\n1\n"), "stdout \(out.stdout.debugDescription), file \(written.debugDescription)")
        #expect(everything.contains("words\n"), "stdout \(out.stdout.debugDescription), file \(written.debugDescription)")
        // Nothing was made where the failures pointed.
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: place.path("a-folder"), isDirectory: &isDir) && isDir.boolValue)
    }

    /// The interactive shell through a pseudo-terminal (python3's pexpect), with
    /// a history that cannot be written: XDG_STATE_HOME names a regular file, or
    /// the history file's place is taken by a folder.
    @Test(arguments: ["state-is-a-file", "history-is-a-folder"])
    func anUnwritableHistoryIsAWarningAndTheShellGoesOn(setup: String) throws {
        let docs = try HostileDocuments.folderWithOneGoodDocument("history-docs")
        let place = try TempFolder("history")
        let state: String
        if setup == "state-is-a-file" {
            state = try place.write("state-file", "a file, not a folder\n")
        } else {
            state = place.path("state")
            try FileManager.default.createDirectory(atPath: state + "/dossier/history", withIntermediateDirectories: true)
        }
        let script = """
            import os, sys, pexpect
            env = dict(os.environ, XDG_STATE_HOME=sys.argv[3], HOME=sys.argv[4], TERM="xterm", NO_COLOR="1")
            child = pexpect.spawn(sys.argv[1], ["--docs", sys.argv[2]], env=env, encoding="utf-8", timeout=10, dimensions=(24, 100))
            child.logfile_read = sys.stdout
            child.sendline("documents select id, path")
            child.expect_exact(sys.argv[2])
            child.sendline("count documents")
            child.expect(r"\\b1\\b")
            child.sendline(".quit")
            child.expect(pexpect.EOF)
            child.close()
            print("\\nEXIT", child.exitstatus, child.signalstatus)
            """
        // python3 as PATH finds it, as scripts/setup checks it (it may not be /usr/bin's).
        let out = try HostileRunner.run(["python3", "-c", script, BinaryRunner.binary.path, docs.path, state, place.path("home")],
                                        timeout: 30, executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(out.status == 0, "pexpect: \(out.stdout.suffix(1500)) \(out.stderr.suffix(1500))")
        #expect(out.stdout.contains("EXIT 0 None"), "\(out.stdout.suffix(1500))")
        let transcript = out.stdout.lowercased()
        #expect(transcript.contains("warning") && transcript.contains("history"), "no warning about the history: \(out.stdout.suffix(1500))")
    }

    /// `dossier | head -1`: the reader goes away early; no crash report, no
    /// error message, and no hang.
    @Test func aClosedPipeEndsQuietly() throws {
        let place = try TempFolder("pipe")
        var command = "{ \"$DOSSIER\" --docs '\(BinaryRunner.seeds)'"
        for _ in 0..<200 { command += " -c sentences" }
        command += " 2>'\(place.path("stderr"))'; echo $? >'\(place.path("status"))'; } | head -1"
        let out = try HostileRunner.shell(command, timeout: 30)
        #expect(!out.timedOut, "\(out.summary)")
        #expect(out.status == 0, "\(out.summary)")
        #expect(out.lines.count == 1, "\(out.lines.prefix(3))")
        let status = (try? String(contentsOfFile: place.path("status"), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        // 0, or 141 (ended by SIGPIPE, as `yes | head` is); never a crash's status.
        #expect(status == "0" || status == "141", "dossier exited with \(status ?? "nothing")")
        let stderr = (try? String(contentsOfFile: place.path("stderr"), encoding: .utf8)) ?? "(none)"
        #expect(stderr.isEmpty, "stderr: \(stderr.prefix(600))")
    }
}
