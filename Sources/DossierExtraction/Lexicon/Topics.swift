/// A small taxonomy of what children's services findings are about, each topic with the word
/// stems that signal it; the most specific topics come first.
enum Topics {
    static let table: [(topic: String, cues: [String])] = [
        ("domestic abuse", ["domestic abuse", "domestic violence"]),
        ("neglect", ["neglect"]),
        ("exploitation and radicalisation", ["exploitation", "exploited", "radicalisation", "radicalization", "extremis", "gang", "county lines", "missing from"]),
        ("homelessness", ["homeless"]),
        ("disabled children", ["disabled", "disabilit", "special educational needs", "send "]),
        ("early help", ["early help"]),
        ("care leavers", ["care leaver", "leaving care", "personal advisers", "pathway plan"]),
        ("children in care", ["in care", "looked after", "looked-after", "placement", "foster", "adoption", "adopt", "permanence", "corporate parent"]),
        ("front door", ["front door", "mash", "contacts and referrals", "referral", "threshold"]),
        ("child protection", ["child protection", "strategy meeting", "section 47", "protection plan"]),
        ("caseloads", ["caseload"]),
        ("training", ["training", "learning and development"]),
        ("management oversight", ["management oversight", "oversight", "supervision", "managers"]),
        ("assessment", ["assessment", "assessed", "assess", "analysis"]),
        ("performance information", ["performance information", "performance data", "data", "electronic", "records", "audit", "quality assurance", "overview of practice"]),
        ("workforce", ["staff", "workforce", "recruit", "retention", "agency", "temporary", "morale", "vacanc", "turnover", "social workers", "roles have", "stable relationships"]),
        ("leadership", ["leader", "leadership", "senior management", "management team", "director", "chief executive", "vision", "ambitious", "management"]),
        ("safety", ["unsafe", "safe", "safety", "risk", "protection", "safeguard", "unallocated"]),
        ("partnerships", ["partner", "police", "health", "schools"]),
        ("practice quality", ["practice", "quality", "plans", "planning", "timely", "response"]),
    ]

    /// The first topic whose cue the text holds, else "general".
    static func topic(of text: String) -> String {
        guard let cue = matcher.firstPattern(in: text) else { return "general" }
        return table[cueTopic[cue]].topic
    }

    /// Every cue of the table in order, so the least cue index found belongs to the first topic that matches.
    private static let cues: [(cue: String, topic: Int)] = table.enumerated().flatMap { t in t.element.cues.map { ($0, t.offset) } }
    private static let matcher = PhraseMatcher(cues.map(\.cue))
    private static let cueTopic = cues.map(\.topic)
}

import Foundation
