/// Decides whether a clause is praise or concern with a domain lexicon that knows negation
/// ("no child was unsafe"), grading vocabulary ("requires improvement to be good") and ratings
/// ("rated inadequate" reports a grade, not a finding).
enum Polarity {
    enum Kind: String { case praise, concern }

    /// `risk`: "children at risk of harm" names who is helped, not a failing; only a negation makes it
    /// a finding ("did not find any children at risk of harm").
    /// `knowing`: "leaders know where practice needs to improve" is a strength, whatever the clause after it says.
    private enum Effect { case praise(Double), concern(Double), neutral, purpose, negator, risk, knowing }

    /// Multi-word phrases, tried before single words; longest first.
    private static let phrases: [([String], Effect)] = [
        (["requires", "improvement", "to", "be", "good"], .concern(2)), (["requires", "improvement"], .concern(2)),
        (["require", "improvement"], .concern(2)), (["required", "improvement"], .concern(2)), (["requiring", "improvement"], .concern(2)),
        (["room", "for", "improvement"], .concern(2)), (["areas", "for", "improvement"], .concern(2)),
        (["areas", "for", "development"], .concern(2)), (["much", "to", "do"], .concern(2)), (["lot", "to", "do"], .concern(2)),
        (["more", "to", "do"], .concern(2)), (["way", "to", "go"], .concern(2)), (["not", "enough"], .concern(2)),
        (["needs", "to", "improve"], .concern(2)), (["need", "to", "improve"], .concern(2)), (["needed", "to", "improve"], .concern(2)),
        (["needs", "improvement"], .concern(2)), (["must", "improve"], .concern(2)), (["called", "for"], .concern(2)),
        (["calls", "for"], .concern(2)), (["call", "for"], .concern(2)), (["too", "many"], .concern(1.5)), (["too", "few"], .concern(1.5)),
        (["too", "much"], .concern(1.5)), (["too", "long"], .concern(1.5)), (["too", "slow"], .concern(1.5)), (["too", "high"], .concern(1.5)),
        (["high", "number"], .concern(1)), (["high", "numbers"], .concern(1)), (["high", "caseloads"], .concern(1.5)),
        (["high", "quality"], .praise(1)), (["more", "time"], .praise(1)), (["right", "time"], .praise(1)),
        (["right", "response"], .praise(1)), (["immediate", "action"], .praise(1)), (["swift", "action"], .praise(1)),
        (["taken", "action"], .praise(1)), (["well", "led"], .praise(1)), (["no", "longer"], .negator),
        (["as", "well", "as"], .neutral), (["as", "well"], .neutral), (["up", "to", "date"], .praise(1)), (["out", "of", "date"], .concern(1)),
        (["above", "the", "national", "average"], .praise(1)), (["above", "average"], .praise(1)), (["below", "the", "national", "average"], .concern(1)),
        (["below", "average"], .concern(1)), (["spoke", "highly"], .praise(1)), (["turning", "a", "corner"], .praise(1)),
        (["singled", "out"], .praise(1)), (["at", "risk"], .risk), (["at", "immediate", "risk"], .risk), (["at", "significant", "risk"], .risk), (["how", "far"], .purpose),
        (["how", "well"], .purpose), (["whether"], .purpose), (["when"], .purpose), (["where"], .purpose), (["if"], .purpose),
        (["before"], .purpose), (["to", "tackle"], .purpose), (["to", "address"], .purpose), (["to", "implement"], .purpose),
        (["to", "make"], .purpose), (["to", "reduce"], .purpose), (["to", "prevent"], .purpose), (["to", "protect"], .purpose),
        (["priority", "action"], .concern(2)), (["right", "support"], .praise(1)), (["right", "help"], .praise(1)),
        (["identified", "early"], .praise(1)), (["than", "ever"], .praise(1)), (["early", "help"], .neutral),
        (["at", "risk", "of", "significant", "harm"], .risk), (["at", "risk", "of", "harm"], .risk), (["at", "immediate", "risk", "of", "harm"], .risk),
        (["at", "immediate", "risk", "of", "significant", "harm"], .risk), (["at", "risk", "of", "serious", "harm"], .risk),
        (["at", "risk", "of", "exploitation"], .risk), (["at", "risk", "of", "abuse"], .risk), (["risk", "of", "harm"], .risk),
        (["risk", "of", "significant", "harm"], .risk), (["without", "delay"], .praise(1)), (["know", "where"], .knowing), (["knows", "where"], .knowing), (["know", "what"], .knowing),
        (["knows", "what"], .knowing), (["identifies", "what"], .knowing), (["identified", "what"], .knowing), (["identify", "what"], .knowing), (["understand", "where"], .knowing), (["understand", "what"], .knowing), (["understands", "where"], .knowing),
        (["understands", "what"], .knowing), (["aware", "of", "where"], .knowing), (["aware", "of", "what"], .knowing), (["morale", "is", "high"], .praise(1)), (["morale", "was", "high"], .praise(1)),
        (["morale", "is", "low"], .concern(1)), (["morale", "was", "low"], .concern(1)), (["high", "morale"], .praise(1)), (["low", "morale"], .concern(1)), (["within", "timescales"], .praise(1)), (["within", "timescale"], .praise(1)),
        (["on", "time"], .praise(1)), (["meet", "their", "needs"], .praise(1)), (["meets", "their", "needs"], .praise(1)), (["meet", "his", "needs"], .praise(1)),
        (["meet", "her", "needs"], .praise(1)), (["met", "their", "needs"], .praise(1)), (["met", "the", "needs"], .praise(1)),
        (["meets", "the", "needs"], .praise(1)), (["meet", "the", "needs"], .praise(1)), (["their", "best"], .praise(1)),
        (["turnover", "was", "low"], .praise(2)), (["turnover", "is", "low"], .praise(2)), (["low", "turnover"], .praise(2)),
        (["narrow", "the", "gap"], .praise(1.5)), (["narrowed", "the", "gap"], .praise(1.5)), (["narrowing", "the", "gap"], .praise(1.5)),
        (["close", "the", "gap"], .praise(1.5)), (["closed", "the", "gap"], .praise(1.5)), (["closing", "the", "gap"], .praise(1.5)),
        (["areas", "where"], .neutral), (["worked", "hard"], .praise(1)), (["work", "hard"], .praise(1)), (["working", "hard"], .praise(1)),
        (["further", "to", "go"], .concern(2)), (["remains", "a", "challenge"], .concern(2)), (["remain", "a", "challenge"], .concern(2)),
        (["remains", "a", "significant", "challenge"], .concern(2)), (["remains", "a", "considerable", "challenge"], .concern(2)), (["further", "to", "travel"], .concern(2)), (["slow", "progress"], .concern(2)),
        (["limited", "progress"], .concern(2)), (["insufficient", "progress"], .concern(2)), (["difficult", "for"], .concern(1)),
        (["concerns", "about", "a", "child"], .neutral), (["concerns", "about", "children"], .neutral), (["concerns", "about", "their"], .neutral),
        (["concern", "about", "a", "child"], .neutral), (["concerns", "about", "a", "child's"], .neutral), (["area", "where"], .neutral), (["what", "should"], .neutral), (["what", "must"], .neutral),
        (["how", "should"], .neutral), (["no", "delay"], .praise(1)), (["improvement", "plan"], .neutral), (["an", "improvement", "on"], .neutral),
        (["improvement", "board"], .neutral), (["improvement", "partner"], .neutral), (["improvement", "notice"], .concern(1)), (["hard", "to"], .concern(1)), (["difficult", "to"], .concern(1)),
        (["not", "only"], .neutral), (["was", "missing"], .concern(1.5)), (["were", "missing"], .concern(1.5)), (["is", "missing"], .concern(1.5)),
        (["are", "missing"], .concern(1.5)), (["often", "missing"], .concern(1.5)), (["in", "touch"], .praise(1)), (["right", "direction"], .praise(1)),
        (["understanding", "of", "where"], .knowing), (["understanding", "of", "what"], .knowing), (["to", "ensure"], .purpose), (["to", "make", "sure"], .purpose), (["in", "order", "to"], .purpose),
        (["so", "that"], .purpose), (["to", "support"], .purpose), (["to", "help"], .purpose), (["to", "improve"], .purpose),
        (["to", "achieve"], .purpose), (["to", "deliver"], .purpose), (["to", "be", "good"], .neutral),
        (["rely", "on", "agency"], .concern(2)), (["relies", "on", "agency"], .concern(2)), (["reliance", "on", "agency"], .concern(2)),
        (["at", "the", "heart"], .praise(1)), (["right", "for", "them"], .praise(1)), (["areas", "to", "work", "on"], .concern(2)),
        (["area", "to", "work", "on"], .concern(2)), (["things", "to", "work", "on"], .concern(2)),
    ]
    private static let phraseIndex: [String: [([String], Effect)]] = Dictionary(grouping: phrases, by: { $0.0[0] })
        .mapValues { $0.sorted { $0.0.count > $1.0.count } }

    private static let praiseWords: Set<String> = [
        "improved", "improving", "improves", "positive", "positives", "good", "strong", "stronger", "strength", "strengths",
        "strengthened", "strengthening", "effective", "effectively", "timely", "appropriate", "appropriately", "praised", "praise",
        "praising", "welcome", "welcomed", "confident", "confidence", "ambitious", "robust", "benefit", "benefits", "benefiting",
        "benefitting", "better", "manageable", "clear", "clearer", "clarity", "stable", "stability", "permanent", "permanently",
        "committed", "commitment", "outstanding", "secure", "safe", "safely", "sustainable", "sustained", "energy", "vision",
        "momentum", "thorough", "comprehensive", "acknowledged", "recognised", "recognized", "commended", "encouraging",
        "impressive", "enthusiastic", "skilled", "knowledgeable", "consistent", "consistently", "accurate", "proactive",
        "successful", "success", "effectiveness", "resilient", "dedicated", "passionate", "well-led", "well-managed", "high-quality",
        "strengthen", "excellent", "improvements", "improvement", "tenacious", "creative", "purposeful", "child-centred",
        "well", "regularly", "promptly", "prompt", "quickly", "evident", "complete", "tirelessly", "innovative", "efficient",
        "exceptional", "properly", "supported", "swiftly", "clearly", "launched", "rigorous", "sensitive", "valued", "responsive",
        "suitable", "regular", "protected", "safeguarded", "settled", "meaningful", "helpful", "supportive", "nurturing",
        "considerably", "decisive", "decisively", "visible", "credible", "embedded", "often", "impressed", "specific", "measurable", "detailed", "child-focused",
        "individualised", "tailored", "caring", "trusted", "helped", "up-to-date", "well-planned", "well-coordinated", "well-organised",
        "well-established", "heard", "listened", "open", "self-aware", "realistic", "completed", "refreshed", "easier",
        "trust", "fully", "transformed", "helping", "trusting", "allocated", "skilful", "insightful", "reflective", "well-attended", "well-supported", "manageable", "grip",
        "maturing", "invested", "investing", "commissioned",
    ]
    private static let concernWords: Set<String> = [
        "concern", "concerns", "concerned", "concerning", "weakness", "weaknesses", "weak", "deteriorated", "deteriorating",
        "deterioration", "declined", "declining", "decline", "worse", "worsened", "poor", "poorly", "ineffective", "inconsistent",
        "inconsistency", "inconsistently", "insufficient", "insufficiently", "inadequate", "inadequately", "lack", "lacks",
        "lacking", "lacked", "fail", "failed", "fails", "failing", "failure", "failures", "vulnerabilities", "vulnerability",
        "unsafe", "delay", "delays", "delayed", "drift", "turnover", "overly", "underdeveloped", "serious", "seriously",
        "shortfall", "shortfalls", "gap", "gaps", "variable", "uneven", "limited", "slow", "slower", "unallocated",
        "unacceptable", "weaker", "unclear", "unstable", "instability", "fragile", "errors", "missed", "urgent", "urgently",
        "shortcomings", "deficits", "deficiencies", "worrying", "criticised", "criticism", "criticisms", "warned", "should", "must",
        "ineffectively", "unmanageable", "patchy", "vague", "unrealistic", "generic", "reliant", "weakest", "neglectful",
        "too", "harm", "overwhelmed", "unsuitable", "disappointing", "lapses", "sporadic", "crisis", "chaotic", "reactive",
        "fragmented", "piecemeal", "superficial", "tokenistic", "overdue", "backlog", "backlogs", "stalled", "drifting",
        "infrequent", "haphazard", "slipped", "unregistered", "unregulated", "underused", "unreliable", "inaccurate", "incomplete", "unaddressed", "unmet", "obstacles", "barriers",
        "stretched", "slowly",
    ]
    static let negators: Set<String> = ["not", "no", "never", "without", "nor", "neither", "none", "cannot", "nothing", "little", "rarely", "seldom"]
    private static let breaks: Set<String> = [",", ";", ":", "but", "while", "whilst", "which", "because", "although", "however", "and"]
    private static let ratingCues: Set<String> = ["found", "from", "category", "told", "downgraded", "upgraded", "rated", "judged", "graded", "deemed", "rating", "grade", "grading", "judgement", "judgment", "ratings", "rate"]
    static let ratingWords: Set<String> = ["outstanding", "good", "inadequate"]

    /// The kind of a clause, or nil when it says nothing good or bad.
    static func kind(of tokens: ArraySlice<Token>) -> Kind? {
        let (p, c) = score(tokens)
        if p == 0 && c == 0 { return nil }
        return p > c ? .praise : .concern
    }

    static func score(_ slice: ArraySlice<Token>) -> (praise: Double, concern: Double) {
        var words: [String] = []
        var prevNo = false
        for t in slice {
            // "No. 14" is a number, not a negation.
            if prevNo && (t.text == "." || t.kind == .number), let last = words.indices.last { words[last] = "no." }
            prevNo = t.lower == "no"
            if t.kind != .punct || [",", ";", ":"].contains(t.text) { words.append(t.lower) }
        }
        // One look-up per word: each lexicon is a bit of its class.
        let cls = words.map { classes[$0] ?? [] }
        let any = cls.reduce(into: WordClass()) { $0.formUnion($1) }
        // "staff turnover has reduced", "the number of children without an allocated social worker fell":
        // a clause that reports a fall in something bad; the bad thing itself is then no concern.
        let bad = { (k: Int) in cls[k].contains(.badThing) || words[k].hasPrefix("caseload") }
        // "Caseloads are down", not "step cases down".
        let reduction = { (k: Int) in cls[k].contains(.reduction) && (words[k] != "down" || k > 0 && Self.beforeDown.contains(words[k - 1])) }
        let reducesBad = any.contains(.reduction) && cls.indices.contains { r in
            reduction(r) && (max(0, r - 8)..<min(words.count, r + 9)).contains(where: bad)
        }
        var p = 0.0, c = 0.0
        var negatedUntil = -1, skipUntilBreak = false, scopePolar = true, skipEndsAtVerb = false
        var i = 0
        // A negated verb with nothing good or bad in its scope ("did not consider") still reports a shortfall;
        // "no longer" with nothing polar after it ("children no longer have to repeat their stories") reports
        // the end of something, which in these documents is an improvement.
        var noLonger = false
        var nows = 0
        // "Inspectors identified serious weaknesses": the inspectorate knowing a weakness reports it.
        // "A focused visit in June 2022 identified weaknesses": the visit is the inspectorate's.
        func inspectorateKnows(_ k: Int) -> Bool {
            words[max(0, k - 2)..<k].contains(where: Self.inspectorateWords.contains)
                || (["identified", "identifies", "highlighted", "found"].contains(words[k]) && words[max(0, k - 5)..<k].contains { $0 == "visit" || $0 == "inspection" })
        }
        func closeScope() {
            if negatedUntil >= 0 && !scopePolar { if noLonger { p += 1 } else { c += 1 } }
            negatedUntil = -1; scopePolar = true; noLonger = false
        }
        func add(_ e: Effect, _ at: Int) {
            let negated = at <= negatedUntil
            if negated { scopePolar = true }
            switch e {
            case .praise(let w): if negated { c += w } else { p += w }
            case .concern(let w): if negated { p += w } else { c += w }
            default: break
            }
        }
        while i < words.count {
            let w = words[i]
            let c0 = cls[i]
            if c0.contains(.brk) { closeScope(); if w != "and" { skipUntilBreak = false }; i += 1; continue }
            // A purpose phrase inside a subject ("Work to tackle exploitation was…") ends at its verb.
            if skipUntilBreak && skipEndsAtVerb && ["was", "were", "is", "are", "has", "have", "had"].contains(w) { skipUntilBreak = false }
            if c0.contains(.phraseStart), let cands = phraseIndex[w], let hit = cands.first(where: { i + $0.0.count <= words.count && Array(words[i..<i + $0.0.count]) == $0.0 }) {
                let graded = ["requires", "require", "requiring", "required"].contains(hit.0.first!) && cls[max(0, i - 5)..<i].contains { $0.contains(.ratingCue) }
                switch hit.1 {
                case .purpose:
                    // "had already started to address the weaknesses": acting on a weakness is a strength.
                    if !skipUntilBreak, hit.0.first == "to", i > 0, Self.startedActing.contains(words[i - 1]), hit.0.count > 1, classes[hit.0[1]]?.contains(.knowing) ?? false { add(.praise(1), i) }
                    skipUntilBreak = true; skipEndsAtVerb = i <= 2 && hit.0.first == "to"
                case .neutral: break
                case .negator: if !skipUntilBreak { closeScope(); negatedUntil = i + 8; scopePolar = false; noLonger = hit.0 == ["no", "longer"] }
                case .risk: if !skipUntilBreak && i <= negatedUntil { p += 1; scopePolar = true }
                // "makes it difficult for parents to understand what…": someone else's understanding, wanted.
                case .knowing where i > 0 && words[i - 1] == "to": break
                case .knowing: if !skipUntilBreak { add(.praise(1), i); skipUntilBreak = true; skipEndsAtVerb = false }
                case _ where graded: break
                // "The reliance on agency social workers has reduced": the fall of a bad thing.
                case .concern where reducesBad && hit.0.contains("agency"): break
                // "identify the right areas for improvement": knowing what to improve is a strength.
                // Not when the inspectorate is the one identifying ("the report identifies two areas for improvement"),
                // nor across a clause ("knows there is still much to do").
                case .concern where (max(0, i - 6)..<i).contains(where: { k in
                    cls[k].contains(.knowing) && !words[k + 1..<i].contains(where: { Self.mainVerbs.contains($0) || $0 == "there" })
                        && !words[max(0, k - 2)..<k].contains(where: Self.inspectorateWords.contains) }): if !skipUntilBreak { add(.praise(1), i) }
                default: if !skipUntilBreak { add(hit.1, i) }
                }
                i += hit.0.count; continue
            }
            if skipUntilBreak { i += 1; continue }
            if reducesBad && c0.contains(.badThing) { i += 1; continue }
            // "Children who cannot live safely at home are brought into care": a negation inside a relative
            // clause describes who is helped; the finding is the main clause, after its verb.
            if c0.contains(.negator) || w.hasSuffix("n't"), words[max(0, i - 3)..<i].contains(where: { $0 == "who" || $0 == "whose" }), !words[..<i].contains(where: { Self.mainVerbs.contains($0) && $0 != words[i - 1] }) {
                closeScope(); skipUntilBreak = true; skipEndsAtVerb = true; i += 1; continue
            }
            if c0.contains(.negator) || w.hasSuffix("n't") { closeScope(); negatedUntil = i + 8; scopePolar = false; i += 1; continue }
            if i > negatedUntil && negatedUntil >= 0 { closeScope() }
            // "had not understood how weak practice had become": the negation is of knowing; the question it
            // governs is not a finding of its own.
            if negatedUntil >= i, ["how", "what", "why", "whether"].contains(w) { closeScope(); skipUntilBreak = true; skipEndsAtVerb = false; i += 1; continue }
            if c0.isEmpty { i += 1; continue }
            let before = words[max(0, i - 4)..<i]
            if c0.contains(.ratingWord), cls[max(0, i - 3)..<i].contains(where: { $0.contains(.ratingCue) }) || (i + 1 < words.count && cls[i + 1].contains(.ratingCue)) {
                i += 1; continue
            }
            // "services for children in Suffolk remain good", "are now outstanding": the overall grade, an inspection's rating.
            if c0.contains(.ratingWord), i > 0, ["are", "is", "remain", "remains", "now"].contains(words[i - 1]),
               words[max(0, i - 10)..<i].contains(where: { $0 == "services" || $0 == "service" }) {
                i += 1; continue
            }
            switch w {
            case _ where (w == "improvement" || w == "improvements") && (max(0, i - 6)..<i).contains(where: { k in cls[k].contains(.knowing) && !inspectorateKnows(k) }):
                // "a realistic understanding of the scale of the improvements required".
                add(.praise(1), i)
            case "improvement", "improvements":
                if before.contains(where: Self.need.contains) || (i + 1 < words.count && ["needed", "required", "is", "are"].contains(words[i + 1])) { add(.concern(1), i) } else { add(.praise(1), i) }
            case "progress":
                if words[max(0, i - 2)..<i].contains(where: Self.goodProgress.contains) { add(.praise(1), i) }
            case "now": nows += 1
            case "still": add(.concern(0.5), i)
            case "impact", "difference":
                if words[max(0, i - 2)..<i].contains(where: ["had", "have", "has", "having", "positive", "real", "an", "making", "made"].contains) { add(.praise(1), i) }
            case _ where c0.contains(.concern) && (max(0, i - 6)..<i).contains(where: { k in cls[k].contains(.knowing) && !inspectorateKnows(k) && !words[k + 1..<i].contains(where: Self.mainVerbs.contains) }):
                // Knowing or tackling a weakness is a strength: "an accurate understanding of the weaknesses".
                add(.praise(1), i)
            case "increased", "increase", "more", "higher", "recruited", "recruiting", "risen", "rose", "rising", "grown":
                // "caseloads … had risen over the summer": a rise in something bad.
                if ["risen", "rose", "rising", "increased", "higher", "grown"].contains(w), (max(0, i - 10)..<min(words.count, i + 4)).contains(where: bad) { add(.concern(1.5), i) }
                else if words.contains(where: Self.recruitedNouns.contains) && !["more", "risen", "rose", "rising", "grown"].contains(w) { add(.praise(1), i) }
            case _ where reduction(i):
                // A fall in something bad is praise, unless the fall itself is negated ("has not reduced").
                if reducesBad {
                    let near = words[max(0, i - 3)..<i]
                    let denied = near.contains { negators.contains($0) || $0.hasSuffix("n't") } && !near.contains("without")
                    if denied { c += 1 } else { p += 1.5 }
                    scopePolar = true
                }
            default:
                if c0.contains(.praise) { add(.praise(1), i) } else if c0.contains(.concern) { add(.concern(1), i) }
            }
            i += 1
        }
        closeScope()
        // "now" says something has improved, but only about a clause that is good or bad on its own.
        if p + c > 0 && nows > 0 { p += 0.5 * Double(nows) }
        return (p, c)
    }

    /// Words before "to address", "to tackle" that say the work has begun.
    private static let startedActing: Set<String> = ["started", "begun", "began", "starting", "acted", "moved", "worked", "working", "continued", "continue", "continues", "able", "managed", "beginning"]
    private static let beforeDown: Set<String> = ["is", "are", "was", "were", "gone", "come", "coming", "going", "been"]
    private static let inspectorateWords: Set<String> = ["report", "letter", "inspectors", "ofsted", "it", "inspection", "they", "inspector", "hmi", "inspectorate", "visit"]
    private static let mainVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had"]
    private static let recruitedNouns: Set<String> = ["carers", "foster", "permanent", "recruited", "adopters", "staff"]
    private static let need: Set<String> = ["need", "needs", "needed", "require", "requires", "required", "called", "calls", "room", "areas", "further", "more", "urgent", "for"]
    private static let goodProgress: Set<String> = ["positive", "good", "significant", "considerable", "strong", "steady", "sustained", "real", "clear", "making", "made", "make", "encouraging", "demonstrable", "tangible", "notable", "further", "continued"]

    /// Which lexicons a word belongs to.
    struct WordClass: OptionSet {
        let rawValue: UInt16
        static let praise = WordClass(rawValue: 1), concern = WordClass(rawValue: 2), negator = WordClass(rawValue: 4)
        static let brk = WordClass(rawValue: 8), ratingCue = WordClass(rawValue: 16), ratingWord = WordClass(rawValue: 32)
        static let reduction = WordClass(rawValue: 64), badThing = WordClass(rawValue: 128), knowing = WordClass(rawValue: 256)
        static let phraseStart = WordClass(rawValue: 512)
        /// Words the scorer's switch looks at by name.
        static let special = WordClass(rawValue: 1024)
    }

    private static let classes: [String: WordClass] = {
        var d: [String: WordClass] = [:]
        let sets: [(Set<String>, WordClass)] = [
            (praiseWords, .praise), (concernWords, .concern), (negators, .negator), (breaks, .brk), (ratingCues, .ratingCue),
            (ratingWords, .ratingWord), (reductions, .reduction), (badThings, .badThing), (knowing, .knowing),
            (Set(phraseIndex.keys), .phraseStart),
            (["improvement", "improvements", "progress", "impact", "difference", "increased", "increase", "more", "higher", "recruited", "recruiting", "risen", "rose", "rising", "grown", "was", "were", "is", "are", "has", "have", "had", "now", "still", "who", "whose"], .special),
        ]
        for (set, c) in sets { for w in set { d[w, default: []].insert(c) } }
        return d
    }()

    static let reductions: Set<String> = [
        "reduced", "reducing", "reduction", "reductions", "lower", "fewer", "fallen", "fell", "falling", "decreased",
        "decreasing", "down", "dropped", "halved", "shrunk", "cut", "rare", "cleared", "eliminated",
    ]
    /// Things whose fall is good news.
    static let badThings: Set<String> = [
        "delays", "delay", "drift", "vacancies", "vacancy", "turnover", "cases", "agency", "backlog", "backlogs", "waiting",
        "temporary", "unallocated", "without", "missing", "re-referrals", "rereferrals", "exclusions", "complaints",
        "sickness", "absence", "absences", "waits", "locum", "locums", "interim", "moves", "moved", "breakdowns", "breakdown",
        "disruption", "disruptions", "repeat", "emergency", "unsuitable", "inappropriate", "homeless", "homelessness", "unsafe",
    ]

    private static let knowing: Set<String> = [
        "acted", "acting", "acts",
        "address", "addressed", "addressing", "tackle", "tackled", "tackling", "resolve", "resolved", "resolving", "know", "knows",
        "knew", "aware", "awareness", "understanding", "understand", "understands", "identified", "identify", "identifies",
        "recognise", "recognises", "recognised", "where", "challenge", "challenged", "prevent", "prevents", "prevented",
        "avoid", "avoids", "avoided", "minimise", "minimised", "reduce", "tackles", "addresses", "escalate", "escalated",
    ]
}
