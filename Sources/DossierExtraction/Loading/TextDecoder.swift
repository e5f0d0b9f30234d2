import Foundation

/// Turns a file's bytes into text: UTF-8 when valid, else Windows-1252, and refuses binary data.
enum TextDecoder {
    enum Outcome: Equatable {
        case text(String, fellBack: Bool)
        case binary(offset: Int)
        case empty
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let (nul, cr) = bytes.withUnsafeBufferPointer { b -> (Int?, Bool) in
            guard let base = b.baseAddress, b.count > 0 else { return (nil, false) }
            let nul = memchr(base, 0, b.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            return (nul, memchr(base, 0x0D, b.count) != nil)
        }
        if let nul { return .binary(offset: nul) }
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        // Carriage returns are replaced in the bytes before decoding: each is ASCII whatever the
        // encoding, so this gives the text that replacing them after decoding gives.
        guard cr else { return text(bytes[start...]) }
        var body = Array(bytes[start...])
        normalizeNewlines(&body)
        return text(body[...])
    }

    private static func text(_ body: ArraySlice<UInt8>) -> Outcome {
        if let s = String(validating: body, as: UTF8.self) { return .text(s, fellBack: false) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        for b in body { scalars.append(windows1252(b)) }
        return .text(String(scalars), fellBack: true)
    }

    // Lines are counted on "\n"; a lone "\r" (old Mac files) would otherwise make a file one line.
    // Each "\r" becomes one byte ("\n", or a space before "\n") so byte offsets still match the file.
    private static func normalizeNewlines(_ out: inout [UInt8]) {
        for i in out.indices where out[i] == 0x0D {
            out[i] = (i + 1 < out.count && out[i + 1] == 0x0A) ? 0x20 : 0x0A
        }
    }

    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        if b >= 0x80 && b < 0xA0 { return Unicode.Scalar(high[Int(b) - 0x80]) ?? " " }
        return Unicode.Scalar(b)
    }
}
