/// Word lists for recognising people and their roles: honorifics, common given names,
/// words that mark an organisation rather than a person, and the head nouns of job titles.
enum Names {
    static let honorifics: Set<String> = [
        "councillor", "cllr", "clr", "coun", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness",
        "baron", "professor", "prof", "rev", "reverend", "judge",
    ]

    /// Common given names in England; a capitalised pair starting with one is taken for a person.
    static let givenNames: Set<String> = Set("""
    aaron abdul abigail adam adrian ahmed aidan aisha alan alastair albert alex alexander alexandra alfie ali alice alison alistair \
    amanda amber amelia amir amy andrea andrew andy angela angus anita ann anna anne annette anthony antony april arthur asif \
    ashley audrey barbara barry ben benjamin bernard beth bethany beverley bill billy bob brenda brendan brian bridget bruce \
    carl carol caroline carolyn catherine cathy charles charlie charlotte cheryl chloe chris christian christina christine \
    christopher claire clare colin connor craig dale damian dan daniel danielle darren dave david dawn dean debbie deborah \
    debra declan denise dennis derek diana diane donna dominic donald doreen dorothy douglas duncan dylan eddie edward eileen \
    eleanor elizabeth ellen ellie emily emma eric erica fatima faye fiona frances francesca frank fred frederick gail gareth \
    gary gavin gemma geoff geoffrey george georgina gerald gill gillian glen glenn gordon graham grace greg gregory hannah \
    harriet harry harvey hazel heather helen henry hilary holly howard hugh iain ian imran irene isaac isabel isabella jack \
    jackie jacob jacqueline jade james jamie jan jane janet janice jason jasmine jayne jean jeff jeffrey jennifer jenny jeremy \
    jess jessica jill jim jo joan joanna joanne joe joel john jon jonathan jordan joseph josephine josh joshua joy judith judy \
    julia julian julie justin karen kate katherine kathleen kathryn katie katy kay keith kelly ken kenneth kerry kevin kim \
    kirsty laura lauren lee leigh leon leslie lesley lewis liam linda lindsay lisa liz lorna lorraine louise lucy luke lydia \
    lyn lynn lynne maggie malcolm mandy marc margaret maria marie marion mark martin mary matt matthew maureen max megan \
    melanie michael michelle mike mohammed mohammad muhammad nadia naomi natalie nathan neil nicholas nick nicky nicola \
    nigel noel norman oliver olivia owen paddy pam pamela patricia patrick paul paula pauline penny peter phil philip \
    philippa phillip rachel ralph raj rebecca richard rick rob robert robin rod roger ronald rosemary ross roy ruth ryan \
    sajid sally sam samantha samuel sandra sarah scott sean shabana shahid sharon shaun sheila shirley simon sophie stacey \
    stella stephanie stephen steve steven stuart sue susan suzanne tanya teresa terry theresa thomas tim timothy tina toby \
    tom tommy tony tracey tracy trevor vanessa vicky victoria vincent wayne wendy william yasmin yvonne zoe zahid
    """.split(separator: " ").map(String.init))

    /// Words that make a capitalised phrase an organisation, place or thing rather than a person.
    static let notPersonWords: Set<String> = [
        "council", "borough", "county", "city", "metropolitan", "district", "department", "association", "trust", "years",
        "partnership", "board", "services", "service", "agency", "court", "committee", "group", "office", "ofsted",
        "government", "party", "labour", "conservative", "conservatives", "liberal", "democrats", "green", "news", "radio", "star",
        "times", "post", "mail", "echo", "gazette", "telegraph", "express", "herald", "bbc", "itv", "live", "school",
        "academy", "college", "university", "hospital", "nhs", "police", "street", "road", "house", "hall", "centre",
        "safeguarding", "children", "children's", "families", "family", "wellbeing", "young", "trust's", "education", "social", "care", "plan", "strategy", "act",
        "inspectorate", "commission", "authority", "local", "national", "royal", "majesty's", "her", "his", "the",
        "minister", "secretary", "parliament", "mp", "ofsted's", "play", "store", "app", "google", "apple", "facebook",
        "twitter", "links", "podcasts", "network", "team", "unit", "panel", "review", "report", "letter", "inspection",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "england", "britain",
        "uk", "west", "east", "north", "south", "midlands", "black", "country", "union", "fund", "foundation", "limited",
        "ltd", "plc", "company", "media", "press", "online", "chief", "director", "inspector", "executive", "cabinet",
        "member", "leader", "mayor", "hmi", "mbe", "obe", "cbe", "qc", "kc", "health", "people", "adult", "adults",
    ]

    /// Head nouns of job titles; a role phrase must hold one.
    static let roleHeads: Set<String> = [
        "director", "inspector", "member", "executive", "leader", "councillor", "officer", "manager", "head", "chair",
        "chairman", "chairwoman", "chairperson", "minister", "secretary", "commissioner", "mayor", "spokesman",
        "spokeswoman", "spokesperson", "chief", "lead", "deputy", "principal", "hmi", "president", "mp", "boss",
        "headteacher", "governor", "advisor", "adviser", "consultant", "coordinator", "worker", "solicitor", "campaigner",
        "founder", "editor", "reporter", "correspondent", "analyst", "professor", "researcher", "convenor",
        "portfolio", "holder", "representative", "administrator", "ombudsman", "clerk", "superintendent", "constable",
        "commander", "chancellor", "cabinet", "ambassador", "scrutineer", "trustee", "auditor", "assessor",
        "carer", "volunteer", "leaver", "mother", "father", "parent", "grandmother", "grandfather", "grandparent",
        "nurse", "teacher", "doctor", "paediatrician", "psychologist", "therapist", "advocate", "activist", "student", "organiser",
    ]

    /// Whether a role makes its holder a voice of the inspectorate.
    /// A role that writes the inspectorate's letters and reports ("Her Majesty's Inspector", "lead inspector",
    /// "HMI"), not one that speaks for it ("Ofsted's regional director").
    static func isAuthorRole(_ role: String) -> Bool {
        let r = role.lowercased()
        return (FastText.contains(r, "inspector") || FastText.contains(r, "hmi")) && !FastText.contains(r, "director") && !FastText.contains(r, "chief")
    }

    static func isInspectorRole(_ role: String) -> Bool {
        let r = role.lowercased()
        return FastText.contains(r, "inspector") || FastText.contains(r, "hmi") || FastText.contains(r, "ofsted")
    }
}
