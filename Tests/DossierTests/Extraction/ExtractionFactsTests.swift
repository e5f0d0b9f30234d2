import DossierModel
import Testing
@testable import DossierExtraction

/// Facts extracted from small documents written for these tests: other councils, other phrasings.
@Suite("Extraction facts from inline documents")
struct ExtractionFactsTests {
    static let article = """
    Leeds children's services praised by inspectors

    Leeds City Council has been praised by Ofsted after its second monitoring visit on March 3 and 4, which found that caseloads have fallen and staff morale is high.

    The service was rated inadequate in May 2017.

    Inspectors said the quality of assessments had improved, but plans for children in need still require improvement to be good.

    The letter said the new leadership team has not yet had an impact on frontline practice.

    Councillor Mary Holt, executive member for children and families, said:

    “We are delighted that the inspectors have recognised the hard work of our social workers over the last year.

    “There is more to do and we will keep going until every child gets the help they need.”

    “It shows we are on the right track and that our staff have never given up,” said Leeds's director of children's services, Dr Ravi Chandran.

    Mrs Holt added that the council would publish its plan in the summer.
    """

    static let model = DocumentLoader.load(text: article, name: "leeds_test")

    @Test("people lose their honorifics and keep the roles the text gives them")
    func people() throws {
        let names = Set(Self.model.people.map(\.name))
        #expect(names == ["Mary Holt", "Ravi Chandran"])
        let holt = try #require(Self.model.people.first { $0.name == "Mary Holt" })
        // "Councillor Mary Holt, executive member…": the role carries both, so `speaker.role contains councillor` finds her.
        #expect(holt.role == "councillor, executive member for children and families")
        #expect(holt.aliases.contains("Mrs Holt"))
        let chandran = try #require(Self.model.people.first { $0.name == "Ravi Chandran" })
        #expect(chandran.role.contains("director of children's services"))
    }

    @Test("a quotation over two paragraphs belongs to the speaker named before it; 'said X' after a quotation names its speaker")
    func quotes() {
        let quotes = Self.model.quotes
        #expect(quotes.count == 3)
        #expect(quotes.filter { $0.speaker == "Mary Holt" }.count == 2)
        #expect(quotes.first { $0.text.hasPrefix("It shows") }?.speaker == "Ravi Chandran")
    }

    @Test("findings are the inspectorate's words, one per clause, with grading vocabulary and negation understood")
    func findings() {
        let f = Self.model.findings
        func kind(of fragment: String) -> String? { f.first { $0.text.contains(fragment) }?.kind }
        #expect(kind(of: "quality of assessments had improved") == "praise")
        #expect(kind(of: "require improvement to be good") == "concern")
        #expect(kind(of: "not yet had an impact") == "concern")
        #expect(kind(of: "caseloads have fallen") == "praise")
        // The councillor's quotation is the council's claim, not a finding.
        #expect(!f.contains { $0.text.contains("delighted") })
        #expect(f.allSatisfy { $0.council == "Leeds" })
    }

    @Test("inspections carry kind, rating, ordinal visit and dates at the precision given")
    func inspections() {
        let i = Self.model.inspections
        #expect(i.contains { $0.kind == "inspection" && $0.rating == "inadequate" && $0.date == "2017-05" })
        // "March 3 and 4" with no year: the first March after the last dated event.
        #expect(i.contains { $0.kind == "monitoring visit" && $0.date == "2018-03-03" })
        #expect(Self.model.findings.contains { !$0.inspection.isEmpty })
    }

    @Test("councils resolve to a short canonical name with the other forms as aliases")
    func councils() {
        #expect(Self.model.councils.map(\.name) == ["Leeds"])
        #expect(Self.model.councils.first?.fullName == "Leeds City Council")
    }

    @Test("the title is found and page furniture is not part of the text")
    func documentAndFurniture() {
        let doc = DocumentLoader.load(text: "Express & Star\n\nCouncil told to improve\n\nPublished\n12 March 2019\n\nInspectors said the work was poor.\n\nAdd a comment\n\n• Available on the App Store\n", name: "x")
        #expect(doc.documents.first?.title == "Council told to improve")
        #expect(doc.documents.first?.publisher == "Express & Star")
        #expect(doc.sentences.map(\.text).contains("Inspectors said the work was poor."))
        #expect(!doc.sentences.contains { $0.text.contains("App Store") || $0.text.contains("comment") })
    }

    @Test("an inspectorate letter's words are findings attributed to it, and its signatory is an inspector")
    func letter() throws {
        let text = """
        Dear Ms Khan

        Focused visit to Kent children's services

        This letter summarises the findings of the focused visit to Kent children's services on 9 and 10 October 2019.

        Social workers visit children regularly. However, too many assessments are late.

        Yours sincerely

        Priya Shah
        Her Majesty's Inspector
        """
        let m = DocumentLoader.load(text: text, name: "kent_letter")
        let shah = try #require(m.people.first { $0.name == "Priya Shah" })
        #expect(shah.role == "Her Majesty's Inspector")
        #expect(shah.organisation == "Ofsted")
        #expect(m.findings.contains { $0.kind == "praise" && $0.text.contains("visit children regularly") })
        #expect(m.findings.contains { $0.kind == "concern" && $0.text.contains("too many assessments are late") })
        #expect(m.inspections.contains { $0.kind == "focused visit" && $0.date == "2019-10-09" && $0.inspector == "Priya Shah" })
    }

    @Test("HTML: scripts and navigation dropped, entities decoded, metadata read")
    func html() {
        let page = """
        <html><head><title>Fallback</title><meta property="og:title" content="Ofsted rates Derby good">
        <meta property="og:site_name" content="Derby Telegraph"><meta property="article:published_time" content="2019-05-02T10:00:00Z">
        <script>var x = "Inspectors said it was terrible.";</script><style>p{}</style></head>
        <body><nav><a>Home</a> <a>News</a></nav>
        <p>Derby City Council&rsquo;s children&#8217;s services have been rated good by Ofsted.</p>
        <p>Inspectors said leaders were &#8220;ambitious and effective&#8221;.</p>
        <footer>&copy; Derby Telegraph</footer></body></html>
        """
        let m = DocumentLoader.load(text: page, name: "derby", html: true)
        #expect(m.documents.first?.title == "Ofsted rates Derby good")
        #expect(m.documents.first?.publisher == "Derby Telegraph")
        #expect(m.documents.first?.date == "2019-05-02")
        #expect(!m.sentences.contains { $0.text.contains("terrible") || $0.text.contains("Home") })
        #expect(m.sentences.contains { $0.text.contains("Council’s children’s services") })
        #expect(m.findings.contains { $0.kind == "praise" && $0.text.contains("ambitious and effective") })
        #expect(m.inspections.contains { $0.rating == "good" && $0.council == "Derby" })
    }

    @Test("the same visit in two documents is one inspection listing both; one person across documents is one row")
    func merging() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.txt", "Ofsted rated York inadequate in June 2018.\n\nInspectors said caseloads were too high. Jane Parr, York's director of children's services, said the council was listening.\n")
        try dir.write("b.txt", "York's children's services were rated inadequate in 2018.\n\nMs Parr said: \"We accept every word of this report and we will act on it without delay.\"\n")
        let m = DocumentLoader.load(paths: [dir.path]).model
        let inadequate = m.inspections.filter { $0.rating == "inadequate" }
        #expect(inadequate.count == 1)
        #expect(inadequate.first?.documents == ["a", "b"])
        #expect(inadequate.first?.date == "2018-06")
        let parr = m.people.filter { $0.name == "Jane Parr" }
        #expect(parr.count == 1)
        #expect(parr.first?.documents == ["a", "b"])
        #expect(m.quotes.first?.speaker == "Jane Parr")
    }

    @Test("Markdown: a stamp under emphasis dates the page; a trailing 'X has found' and a pronoun carry the inspectorate")
    func markdownAndTrailingAnchor() {
        let text = """
        # Nottingham children's services improving, says watchdog

        *Published 4 April 2019*

        Nottingham City Council has made "considerable progress", an Ofsted focused visit has found.

        Two inspectors visited on March 12 and 13. In a letter, they said plans were clear and reviewed regularly.

        The council's director of children's services, Ailsa Barr, said: "We are working hard to keep every child safe at home."
        """
        let m = DocumentLoader.load(text: text, name: "notts", html: false)
        #expect(m.documents.first?.date == "2019-04-04")
        #expect(m.findings.contains { $0.kind == "praise" && $0.text.contains("considerable progress") })
        #expect(m.findings.contains { $0.kind == "praise" && $0.text.contains("reviewed regularly") })
        #expect(!m.findings.contains { $0.text.contains("keep every child safe") })
        #expect(m.inspections.contains { $0.kind == "focused visit" && $0.date == "2019-03-12" })
        #expect(m.people.first { $0.name == "Ailsa Barr" }?.role == "director of children's services")
    }
}
