/// English local authorities with children's services, under their short canonical names, with the
/// other names texts use for them; used to find councils, and to keep places out of person names.
enum Gazetteer {
    /// "Canonical|alias|alias": every English children's services authority, and a few former ones.
    static let authorities: [String] = [
        // Counties and county-sized unitaries
        "Buckinghamshire", "Cambridgeshire", "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset",
        "Durham|County Durham", "East Sussex", "Essex", "Gloucestershire", "Hampshire", "Hertfordshire",
        "Isle of Wight", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Norfolk", "North Yorkshire",
        "Northamptonshire", "North Northamptonshire", "West Northamptonshire", "Nottinghamshire", "Oxfordshire",
        "Shropshire", "Somerset", "Staffordshire", "Suffolk", "Surrey", "Warwickshire", "West Sussex", "Wiltshire",
        "Worcestershire", "Herefordshire|County of Herefordshire", "Northumberland", "Cheshire East",
        "Cheshire West and Chester|Cheshire West", "Rutland", "Cumberland", "Westmorland and Furness", "Bedfordshire",
        // Metropolitan boroughs
        "Barnsley", "Birmingham", "Bolton", "Bradford", "Bury", "Calderdale", "Coventry", "Doncaster", "Dudley",
        "Gateshead", "Kirklees", "Knowsley", "Leeds", "Liverpool", "Manchester", "Newcastle|Newcastle upon Tyne",
        "North Tyneside", "Oldham", "Rochdale", "Rotherham", "St Helens|St. Helens|Saint Helens", "Salford", "Sandwell", "Sefton",
        "Sheffield", "Solihull", "South Tyneside", "Stockport", "Sunderland", "Tameside", "Trafford", "Wakefield",
        "Walsall", "Wigan", "Wirral", "Wolverhampton",
        // London boroughs
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London", "Croydon", "Ealing",
        "Enfield", "Greenwich|Royal Borough of Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering",
        "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea|Royal Borough of Kensington and Chelsea", "Kingston|Kingston upon Thames",
        "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge", "Richmond|Richmond upon Thames", "Southwark", "Sutton",
        "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
        // Unitary authorities
        "Bath and North East Somerset|Bath", "Bedford", "Blackburn with Darwen|Blackburn", "Blackpool",
        "Bournemouth, Christchurch and Poole|BCP|Bournemouth", "Poole", "Bracknell Forest|Bracknell", "Brighton and Hove|Brighton",
        "Bristol|City of Bristol", "Central Bedfordshire", "Darlington", "Derby", "East Riding of Yorkshire|East Riding",
        "Halton", "Hartlepool", "Hull|Kingston upon Hull", "Leicester", "Luton", "Medway", "Middlesbrough",
        "Milton Keynes", "North East Lincolnshire", "North Lincolnshire", "North Somerset", "Nottingham", "Peterborough",
        "Plymouth", "Portsmouth", "Reading", "Redcar and Cleveland|Redcar", "Slough", "South Gloucestershire",
        "Southampton", "Southend|Southend-on-Sea", "Stockton|Stockton-on-Tees", "Stoke|Stoke-on-Trent", "Swindon",
        "Telford and Wrekin|Telford", "Thurrock", "Torbay", "Warrington", "West Berkshire", "Windsor and Maidenhead",
        "Wokingham", "York|City of York", "Isles of Scilly", "Herefordshire",
        "Worcester", "Gloucester", "Cambridge", "Oxford", "Exeter", "Norwich", "Ipswich", "Chester", "Lancaster",
    ]

    struct Entry { let words: [String]; let canonical: String }

    /// Entries by their first word in lower case, longest first, so "North Tyneside" wins over "North".
    static let byFirstWord: [String: [Entry]] = {
        var map: [String: [Entry]] = [:]
        for line in authorities {
            let names = line.split(separator: "|").map(String.init)
            for name in names {
                let words = Tokenizer.tokens(Array(name.unicodeScalars)).filter { $0.kind != .punct }.map(\.lower)
                guard let first = words.first else { continue }
                map[first, default: []].append(Entry(words: words, canonical: names[0]))
            }
        }
        return map.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// Words that can begin a place name, for keeping places out of person names.
    static let placeWords: Set<String> = Set(byFirstWord.values.flatMap { $0.flatMap(\.words) })

    /// The authority named at token `i` (capitalised, or all capitals), and how many tokens it spans.
    static func match(_ tokens: [Token], at i: Int) -> (canonical: String, length: Int)? {
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized, let entries = byFirstWord[t.stem] else { return nil }
        for e in entries {
            var j = i, k = 0
            while k < e.words.count, j < tokens.count {
                let w = tokens[j]
                if w.kind == .punct && w.text == "," && e.words[k] != "," { j += 1; continue }
                let word = k == e.words.count - 1 ? w.stem : w.lower
                guard word == e.words[k] else { break }
                j += 1; k += 1
            }
            if k == e.words.count { return (e.canonical, j - i) }
        }
        return nil
    }
}
