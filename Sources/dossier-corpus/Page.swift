/// A composed document before rendering: a headline, paragraphs, and the page
/// furniture (navigation, sharing links, comment prompts) around them.
struct Page {
    var outlet: String
    var headline: String
    var header: [String] = []
    var paragraphs: [String] = []
    var footer: [String] = []
    var isoDate: String
    var byline: String = ""

    /// The plain-text form, as text copied out of a web page reads.
    func text() -> String {
        var out = ""
        out.reserveCapacity(4096)
        for line in header { out += line; out += "\n\n" }
        out += headline; out += "\n\n"
        for p in paragraphs { out += p; out += "\n\n" }
        for line in footer { out += line; out += "\n" }
        return out
    }
}

/// Quotation marks as one document uses them: curly or straight, and the inner pair.
struct Marks {
    let open: String, close: String, innerOpen: String, innerClose: String

    static let curly = Marks(open: "\u{201C}", close: "\u{201D}", innerOpen: "\u{2018}", innerClose: "\u{2019}")
    static let straight = Marks(open: "\"", close: "\"", innerOpen: "'", innerClose: "'")

    func q(_ s: String) -> String { open + s + close }
    func inner(_ s: String) -> String { innerOpen + s + innerClose }
}

/// Page furniture: lines around the story that are not part of it.
enum Furniture {
    static let top = ["Home", "News", "Share this article", "Published", "Local News", "Menu", "Sign in",
                      "Politics", "Education", "Read more"]
    static let bottom = ["Add a comment", "Sorry, we are not accepting comments on this article.",
                         "Sign up to our daily newsletter", "Most Read", "Follow us on Facebook",
                         "Advertisement", "Recommended for you", "Comments are closed.",
                         "Available on the App Store", "Available on Google Play", "Useful Links",
                         "Travel News", "How To Listen", "Latest Podcasts", "Rating *",
                         "Terms and conditions", "Privacy notice", "Cookie settings", "Back to top"]

    static func header(_ r: inout SplitMix, outlet: String, date: VisitDate) -> [String] {
        var lines: [String] = []
        if r.chance(0.4) { lines.append(outlet) }
        if r.chance(0.3) { lines.append(r.pick(top)) }
        return lines
    }

    static func footer(_ r: inout SplitMix, outlet: String, year: Int) -> [String] {
        var lines = ["", ""] + r.sample(bottom, 2 + r.below(6))
        if r.chance(0.3) { lines.append("\u{00A9} \(year) \(outlet). All rights reserved.") }
        return lines
    }
}
