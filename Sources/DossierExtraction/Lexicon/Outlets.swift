/// News outlets and interface phrases: a gazetteer for naming a page's publisher, and the phrases
/// of page furniture (navigation, app-store links, comment prompts) that are not the article.
enum Outlets {
    static let names: [String] = [
        "BBC News", "BBC", "ITV News", "Sky News", "The Guardian", "The Observer", "The Times", "The Sunday Times",
        "The Telegraph", "The Daily Telegraph", "The Independent", "i News", "Daily Mail", "Mail Online", "MailOnline",
        "Daily Mirror", "The Mirror", "Mirror", "The Sun", "Daily Express", "Metro", "Evening Standard", "HuffPost",
        "Express & Star", "Express and Star", "Birmingham Mail", "Birmingham Post", "Birmingham Live", "BirminghamLive",
        "Manchester Evening News", "Liverpool Echo", "Yorkshire Post", "Yorkshire Evening Post", "The Northern Echo",
        "Northern Echo", "The Journal", "Chronicle Live", "ChronicleLive", "Teesside Live", "Hull Daily Mail",
        "Nottingham Post", "Derby Telegraph", "Leicester Mercury", "Coventry Telegraph", "Stoke Sentinel", "The Sentinel",
        "Shropshire Star", "Worcester News", "Gloucestershire Live", "Bristol Post", "Bristol Live", "Plymouth Herald",
        "Devon Live", "Cornwall Live", "Kent Online", "KentOnline", "Kent Messenger", "Essex Live", "Surrey Live",
        "Sussex Express", "The Argus", "Southern Daily Echo", "Daily Echo", "Oxford Mail", "Reading Chronicle",
        "Bucks Free Press", "Cambridge News", "Eastern Daily Press", "East Anglian Daily Times", "Lancashire Telegraph",
        "Lancashire Post", "Blackpool Gazette", "Bolton News", "The Bolton News", "Wigan Today", "Oldham Chronicle",
        "Sheffield Star", "The Star", "Doncaster Free Press", "Grimsby Telegraph", "Lincolnshire Live", "Halifax Courier",
        "Huddersfield Examiner", "Telegraph & Argus", "Telegraph and Argus", "Wolverhampton Express & Star",
        "Black Country Bugle", "Halesowen News", "Stourbridge News", "Dudley News", "Black Country Radio",
        "Free Radio", "Heart", "Capital", "Greatest Hits Radio", "BBC Radio", "Local Democracy Reporting Service",
        "Children & Young People Now", "CYP Now", "Community Care", "Schools Week", "Local Government Chronicle",
        "LGC", "Municipal Journal", "The MJ", "Public Finance", "Rotherham Advertiser", "Sunderland Echo",
        "Examiner Live", "YorkshireLive", "Leeds Live", "Sheffield Telegraph", "Wigan Post", "Lancashire Evening Post", "The Stoke Sentinel", "Hackney Gazette",
        "Islington Gazette", "Ham & High", "Croydon Advertiser", "Get Surrey", "Swindon Advertiser", "Wiltshire Times",
        "Somerset Live", "Bath Chronicle", "Dorset Echo", "Bournemouth Echo", "Isle of Wight County Press",
    ]

    static let lowered: [(name: String, lower: String)] = names.map { ($0, $0.lowercased()) }.sorted { $0.lower.count > $1.lower.count }
    static let exact: [String: String] = Dictionary(lowered.map { ($0.lower, $0.name) }, uniquingKeysWith: { a, _ in a })
    /// Outlets by their first word, so a line is matched word by word rather than name by name.
    static let byFirstWord: [Substring: [(name: String, lower: String)]] = Dictionary(grouping: lowered, by: { $0.lower.split(separator: " ").first ?? "" })

    /// The outlet a short line names, if it names one.
    static func outlet(in line: String) -> String? {
        let l = FastText.trimmed(line, FastText.blanks).lowercased()
        if let name = exact[l] ?? (l.hasPrefix("the ") ? exact[String(l.dropFirst(4))] : nil) { return name }
        // Footers: "Play Black Country Radio", "© Express & Star", "Listen to Free Radio".
        let length = l.utf8.count
        guard length < 80 else { return nil }
        var rest = Substring(l)
        while !rest.isEmpty {
            let word = rest.prefix { $0 != " " }
            for o in byFirstWord[word] ?? [] where o.lower.utf8.count > 4 && length < o.lower.utf8.count + 25 && rest.hasPrefix(o.lower) {
                return o.name
            }
            rest = rest.drop { $0 != " " }.drop { $0 == " " }
        }
        return nil
    }

    /// Phrases that mark a line as page furniture when the line is short.
    static let interfacePhrases: [String] = [
        "add a comment", "leave a comment", "comments", "not accepting comments", "comments are closed", "rating",
        "recently played", "app store", "google play", "useful links", "travel news", "how to listen", "podcast",
        "click here", "read more", "sign up", "subscribe", "follow us", "share this", "share on", "cookie",
        "advertisement", "newsletter", "published", "updated", "copyright", "all rights reserved", "privacy",
        "terms and conditions", "listen live", "skip to", "related articles", "related stories", "more stories",
        "most read", "trending", "sponsored", "whatsapp", "facebook", "twitter", "email this", "print this",
        "back to top", "menu", "search", "log in", "login", "register", "download the app", "our app", "get the app",
        "to read the", "in full", "view comments", "show comments", "report this", "tags", "topics", "you might also",
        "listen again", "now playing", "on air", "contact us", "about us", "send us", "got a story", "accessibility",
        "your account",
    ]

    static let interfaceMatcher = PhraseMatcher(interfacePhrases)

    static func isInterface(_ line: String) -> Bool { interfaceMatcher.matches(line) }

    static func isInterface(_ scalars: [Unicode.Scalar]) -> Bool { interfaceMatcher.matches(scalars) }

    /// An outlet's lower-case name as bytes, with the length of its first word.
    struct ByteName { let name: String; let bytes: [UInt8]; let firstWord: Int }

    /// Outlets in `lowered` order, by the first byte of their lower-case name.
    static let byFirstByte: [[ByteName]] = {
        var b = [[ByteName]](repeating: [], count: 256)
        for o in lowered {
            let bytes = Array(o.lower.utf8)
            guard let first = bytes.first else { continue }
            let w = bytes.firstIndex(of: 0x20) ?? bytes.count
            b[Int(first)].append(ByteName(name: o.name, bytes: bytes, firstWord: w))
        }
        return b
    }()

    /// `outlet(in: FastText.trimmed(text, quotes))` for a block's scalars, with no strings made
    /// when the line is ASCII: lower-casing and comparing by characters are then bytewise.
    static func outlet(scalars s: [Unicode.Scalar], trimming quotes: Set<Unicode.Scalar>) -> String? {
        s.withUnsafeBufferPointer { b -> String? in
            var lo = 0, hi = b.count
            while lo < hi, quotes.contains(b[lo]) { lo += 1 }
            while hi > lo, quotes.contains(b[hi - 1]) { hi -= 1 }
            for k in lo..<hi where b[k].value >= 0x80 {
                return outlet(in: FastText.string(UnsafeBufferPointer(rebasing: b[lo..<hi])))
            }
            while lo < hi, b[lo] == " " || b[lo] == "\t" { lo += 1 }
            while hi > lo, b[hi - 1] == " " || b[hi - 1] == "\t" { hi -= 1 }
            let length = hi - lo
            var l = [UInt8](repeating: 0, count: length)
            for k in 0..<length {
                let v = UInt8(truncatingIfNeeded: b[lo + k].value)
                l[k] = v &- 65 < 26 ? v | 0x20 : v
            }
            return l.withUnsafeBufferPointer { l -> String? in
                if let name = exact[String(decoding: l, as: UTF8.self)] { return name }
                if length >= 4, l[0] == 0x74, l[1] == 0x68, l[2] == 0x65, l[3] == 0x20,
                   let name = exact[String(decoding: l[4...], as: UTF8.self)] { return name }
                // Footers: "Play Black Country Radio", "© Express & Star", "Listen to Free Radio".
                guard length < 80 else { return nil }
                var i = 0
                while i < length {
                    var e = i
                    while e < length, l[e] != 0x20 { e += 1 }
                    for o in byFirstByte[Int(l[i])] where o.firstWord == e - i && o.bytes.count > 4 && length < o.bytes.count + 25
                        && length - i >= o.bytes.count {
                        var k = 0
                        while k < o.bytes.count, l[i + k] == o.bytes[k] { k += 1 }
                        if k == o.bytes.count { return o.name }
                    }
                    i = e
                    while i < length, l[i] == 0x20 { i += 1 }
                }
                return nil
            }
        }
    }
}
