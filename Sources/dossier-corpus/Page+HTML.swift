extension Page {
    /// The page as saved from a browser: a head with title and og: meta, a script,
    /// navigation, the article in <p> elements with character entities, a footer.
    func html(_ r: inout SplitMix) -> String {
        let named = r.chance(0.5)
        func e(_ s: String) -> String { Page.escape(s, named: named) }
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(e(headline)) | \(e(outlet))</title>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta property=\"og:title\" content=\"\(e(headline))\">\n"
        out += "<meta property=\"og:site_name\" content=\"\(e(outlet))\">\n"
        out += "<meta property=\"og:type\" content=\"article\">\n"
        out += "<meta property=\"article:published_time\" content=\"\(isoDate)T0\(r.below(10)):\(10 + r.below(50)):00Z\">\n"
        if let lede = paragraphs.first {
            out += "<meta name=\"description\" content=\"\(e(String(lede.prefix(150))))\">\n"
        }
        out += "<link rel=\"stylesheet\" href=\"/static/css/site.\(r.below(99999)).css\">\n"
        out += "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); if (a < b && c > 0) { gtag('config', 'UA-\(r.below(999999))-1'); }</script>\n"
        out += "</head>\n<body class=\"article\">\n"
        out += "<nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/whats-on\">What&#39;s On</a></li></ul></nav>\n"
        for line in header { out += "<div class=\"kicker\">\(e(line))</div>\n" }
        out += "<main>\n<article>\n<h1>\(e(headline))</h1>\n"
        if r.chance(0.6) {
            out += "<p class=\"byline\">By \(e(r.pick(Cast.women + Cast.men))) \(e(r.pick(Cast.surnames)))&nbsp;|&nbsp;<time datetime=\"\(isoDate)\">\(isoDate)</time></p>\n"
        }
        for p in paragraphs {
            out += "<p>\(e(p).replacingOccurrences(of: "\n", with: "<br>\n"))</p>\n"
        }
        out += "</article>\n<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/news/\(r.below(99999))\">More from the council</a></li></ul></aside>\n</main>\n"
        out += "<footer><p>&copy; \(isoDate.prefix(4)) \(e(outlet))</p><ul>"
        for line in footer where !line.isEmpty { out += "<li>\(e(line))</li>" }
        out += "</ul></footer>\n<script src=\"/static/js/app.js\" async></script>\n</body>\n</html>\n"
        return out
    }

    /// HTML-escapes text, writing typographic characters as named or numeric entities.
    static func escape(_ s: String, named: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\u{2019}": out += named ? "&rsquo;" : "&#8217;"
            case "\u{2018}": out += named ? "&lsquo;" : "&#8216;"
            case "\u{201C}": out += named ? "&ldquo;" : "&#8220;"
            case "\u{201D}": out += named ? "&rdquo;" : "&#8221;"
            case "\u{00A9}": out += "&copy;"
            case "\u{00A0}": out += "&nbsp;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
