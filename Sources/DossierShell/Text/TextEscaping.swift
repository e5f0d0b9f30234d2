/// Escapes for text from documents, so that control characters, ANSI escapes,
/// carriage returns and bidi controls cannot reach the terminal or break a row.
public enum TextEscaping {
    /// Visible escapes for table, markdown and line output: `\n`, `\t`, `\r`,
    /// `\e` (escape) and `\u{…}` for other controls; backslashes stay as they are.
    public static func display(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars { append(u, to: &out, backslash: false) }
        return out
    }

    /// As `display`, but line feeds stay (CSV quotes them).
    public static func keepingNewlines(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u == "\n" { out.unicodeScalars.append(u) } else { append(u, to: &out, backslash: false) }
        }
        return out
    }

    /// TSV escapes: as `display`, and a backslash doubled, so the output can be unescaped.
    public static func tsv(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0) || $0 == "\\" }) else { return s }
        var out = ""
        for u in s.unicodeScalars { append(u, to: &out, backslash: true) }
        return out
    }

    /// True for scalars that must not be written raw to a terminal.
    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true // bidi controls
        case 0x2028, 0x2029: return true // line and paragraph separators
        default: return false
        }
    }

    private static func append(_ u: Unicode.Scalar, to out: inout String, backslash: Bool) {
        switch u {
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\u{1B}": out += "\\e"
        case "\\" where backslash: out += "\\\\"
        default:
            if needsEscape(u) {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
}
