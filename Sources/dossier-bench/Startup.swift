import Foundation

/// Times a whole run of the dossier binary, start to exit, as a user sees it.
enum Startup {
    /// Median wall time and the exit status of the last run.
    static func measure(dossier: String, arguments: [String], runs: Int) -> (median: Double, all: [Double], status: Int32) {
        var times: [Double] = []
        var status: Int32 = 0
        let argv = ([dossier] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for _ in 0..<(runs + 1) {
            var pid: pid_t = 0
            let t0 = Measure.now()
            guard posix_spawn(&pid, dossier, &actions, nil, argv, environ) == 0 else { return (.nan, [], -1) }
            var wstatus: Int32 = 0
            waitpid(pid, &wstatus, 0)
            times.append(Measure.now() - t0)
            status = (wstatus >> 8) & 0xFF
        }
        times.removeFirst()  // the first run warms the page cache
        return (Measure.median(times), times, status)
    }
}
