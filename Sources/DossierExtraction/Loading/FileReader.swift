#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole regular file into one array with open, fstat and read(2) straight into the
/// array's storage: no FileHandle, no Data, and no copy from Data into [UInt8].
enum FileReader {
    enum Failure: Error { case open(Int32), read(Int32), notRegular }

    /// The file's bytes. A file that grows while it is read is read to its end.
    static func bytes(_ path: String) -> Result<[UInt8], Failure> {
        // Non-blocking, so that a file swapped for a pipe after it was checked cannot block the open.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.open(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.read(errno)) }
        guard st.st_mode & 0o170000 == 0o100000 else { return .failure(.notRegular) }
        // One byte more than the size, so that reaching the end is seen without a second call.
        var out: [UInt8] = []
        var chunk = max(Int(st.st_size), 0) + 1
        while true {
            var failed: Int32 = 0, atEnd = false
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buf, initialized in
                var n = 0
                while n < buf.count {
                    let r = read(fd, buf.baseAddress! + n, buf.count - n)
                    if r < 0 { if errno == EINTR { continue }; failed = errno; break }
                    if r == 0 { atEnd = true; break }
                    n += r
                }
                initialized = n
            }
            if failed != 0 { return .failure(.read(failed)) }
            if out.isEmpty { out = part } else { out += part }
            if atEnd { return .success(out) }
            chunk = 1 << 16
        }
    }
}
