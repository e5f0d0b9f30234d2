#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows text through a pager (`$PAGER`, else `less -FRX`), as psql does.
public enum Pager {
    /// False when the pager could not be started, so the caller prints instead.
    static func show(_ text: String, command: String, flushing out: TextSink) -> Bool {
        out.flush()
        guard let pipe = popen(command, "w") else { return false }
        _ = text.withCString { fputs($0, pipe) }
        return pclose(pipe) != -1
    }
}

extension Pager {
    /// `$PAGER` when set, else `less -FRX` when less is on the PATH, else nil (no paging).
    public static func defaultCommand(environment: [String: String]) -> String? {
        if let pager = environment["PAGER"] { return pager.isEmpty ? nil : pager }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where access(String(dir) + "/less", X_OK) == 0 {
            return "less -FRX"
        }
        return nil
    }
}
