#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where rendered text goes: standard output, a file, a string in tests.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    func flush()
    /// True once the reader has gone (a closed pipe): stop producing output.
    var isClosed: Bool { get }
}

/// A buffered file descriptor; a write to a closed pipe (EPIPE) closes the
/// sink quietly instead of raising SIGPIPE or throwing.
public final class FileDescriptorSink: TextSink {
    public let fd: Int32
    private var buffer: [UInt8] = []
    private let handle: FileHandle?
    private let bufferLimit: Int
    public private(set) var isClosed = false
    /// The errno of the first failed write other than EPIPE, for the message.
    public private(set) var failure: Int32 = 0

    /// `unbuffered` flushes after every write (standard error).
    public init(fd: Int32, unbuffered: Bool = false) {
        self.fd = fd; self.handle = nil; self.bufferLimit = unbuffered ? 0 : 1 << 16
    }

    /// Creates or truncates the file at `path` for writing.
    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        self.handle = handle; self.fd = handle.fileDescriptor; self.bufferLimit = 1 << 16
    }

    deinit {
        flush()
        try? handle?.close()
    }

    public func write(_ text: String) {
        guard !isClosed else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count > bufferLimit { flush() }
    }

    public func flush() {
        guard !isClosed, !buffer.isEmpty else { buffer.removeAll(); return }
        var done = 0
        buffer.withUnsafeBytes { raw in
            while done < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno != EPIPE { failure = errno }
                    isClosed = true
                    return
                }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}

/// Collects text in memory: for tests, and to measure output before paging it.
public final class StringSink: TextSink {
    public var text = ""
    public var isClosed = false
    public init() {}
    public func write(_ s: String) { if !isClosed { text += s } }
    public func flush() {}
}

/// Lets an `OutputFormat` write straight into a sink.
struct SinkStream: TextOutputStream {
    let sink: TextSink
    mutating func write(_ string: String) { sink.write(string) }
}
