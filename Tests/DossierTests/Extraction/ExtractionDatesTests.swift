import DossierModel
import Testing
@testable import DossierExtraction

/// Dates of inspections given relative to the document's own date, on a dateline, or in passing.
@Suite("Extraction: relative dates and grades in passing")
struct ExtractionDatesTests {
    static func inspections(_ text: String, html: Bool = false) -> [InspectionRecord] {
        DocumentLoader.load(text: text, name: "dates_test", html: html).inspections
    }

    static func find(_ all: [InspectionRecord], kind: String, rating: String = "") -> InspectionRecord? {
        all.first { $0.kind == kind && $0.rating == rating }
    }

    @Test("relative phrases resolve against an anchor date at the precision they give", arguments: [
        ("last month", "2020-02-06", "2020-01"),
        ("last month", "2021-01-15", "2020-12"),
        ("this month", "2021-01-15", "2021-01"),
        ("14 months ago", "2019-07-09", "2018-05"),
        ("two years ago", "2019-07-09", "2017"),
        ("a year ago", "2019-07-09", "2018"),
        ("last year", "2019-07-09", "2018"),
        ("earlier this year", "2019-07-09", "2019"),
        ("in the spring", "2023-06-20", "2023"),
    ])
    func relative(phrase: String, anchor: String, expected: String) throws {
        let tokens = Tokenizer.tokens(Array("It happened \(phrase).".unicodeScalars))
        let a = try #require(DateParser.firstDate(in: anchor))
        let dates = DateParser.dates(in: tokens, 0..<tokens.count, anchor: a)
        #expect(dates.map(\.date.iso) == [expected])
    }

    @Test("without an anchor nothing relative is dated; 'a few months ago' never is; 'last summer' said in February is last year's")
    func unanchored() throws {
        let tokens = Tokenizer.tokens(Array("It happened last month, a few months ago and last summer.".unicodeScalars))
        #expect(DateParser.dates(in: tokens, 0..<tokens.count).isEmpty)
        let a = try #require(DateParser.firstDate(in: "2020-02-06"))
        #expect(DateParser.dates(in: tokens, 0..<tokens.count, anchor: a).map(\.date.iso) == ["2020-01", "2019"])
    }

    @Test("a visit 'last month' in a dated page, and a grade given 'N months ago'")
    func visitLastMonth() throws {
        let all = Self.inspections("""
        Wessex Gazette

        Published 9 July 2019

        Ofsted's focused visit to Somerset County Council last month looked at care leavers.

        It was the first visit since the council's children's services were rated good 14 months ago.
        """)
        #expect(Self.find(all, kind: "focused visit")?.date == "2019-06")
        #expect(Self.find(all, kind: "inspection", rating: "good")?.date == "2018-05")
    }

    @Test("a dateline among other furniture dates the page, so a month without a year takes the year before it")
    func dateline() throws {
        let text = """
        Fenland Echo

        By our reporter | Monday 5 December 2022 | Updated 11:42

        Norfolk County Council's children's services have been rated outstanding after an inspection in October.

        At its previous inspection, in 2017, it was judged to be good.
        """
        let model = DocumentLoader.load(text: text, name: "dates_test")
        #expect(model.documents.first?.date == "2022-12-05")
        #expect(Self.find(model.inspections, kind: "inspection", rating: "outstanding")?.date == "2022-10")
        #expect(Self.find(model.inspections, kind: "inspection", rating: "good")?.date == "2017")
    }

    @Test("a grade left behind is not the current one, and a sentence describing the scale grades nobody")
    func gradeLeftBehind() throws {
        let all = Self.inspections("""
        Cornwall Council press office

        Published 1 March 2022

        Cornwall Council's services for children have been judged to require improvement to be good following a full inspection, the first time the service has been out of the inadequate category since 2018.

        Inspectors visited between 10 and 21 January and published their report today.

        Ofsted grades councils as outstanding, good, requires improvement to be good, or inadequate.
        """)
        #expect(Self.find(all, kind: "inspection", rating: "requires improvement")?.date == "2022-01-10")
        #expect(Self.find(all, kind: "inspection", rating: "inadequate")?.date == "2018")
        #expect(Self.find(all, kind: "inspection", rating: "outstanding") == nil)
    }

    @Test("'since 2008, most recently in 2016' dates the grade by its latest year; a visit 'since' another is in the past")
    func mostRecently() throws {
        let all = Self.inspections("""
        Midlands Courier

        Published: Jun 20, 2019

        Ofsted's fifth monitoring visit to Sandwell took place on 4 and 5 June 2019. Sandwell has been judged inadequate in every inspection since 2010, most recently in 2017.

        Inspectors said the response to missing children had improved since a focused visit in November 2018.
        """)
        #expect(Self.find(all, kind: "inspection", rating: "inadequate")?.date == "2017")
        #expect(Self.find(all, kind: "monitoring visit")?.date == "2019-06-04")
        #expect(Self.find(all, kind: "focused visit")?.date == "2018-11")
    }

    @Test("'over the past year' dates nothing; a British numeric date dates the page")
    func pastYearAndNumericDates() throws {
        let model = DocumentLoader.load(text: """
        Mersey Champion

        Posted on 18/12/2019 by Champion News

        Ofsted's focused visit to Knowsley looked at care leavers.

        Inspectors visited on 28 November and 1 December, and noted that the team had grown over the past year.
        """, name: "dates_test")
        #expect(model.documents.first?.date == "2019-12-18")
        #expect(Self.find(model.inspections, kind: "focused visit")?.date == "2019-11-28")
    }

    @Test("an earlier grade of the same rating keeps its own date; 'in 2019 and in 2014' are two grades")
    func sameRatingTwice() throws {
        let all = Self.inspections("""
        Fenland Echo

        Published 2 August 2023

        Suffolk County Council's children's services have been rated outstanding by Ofsted for the third inspection in a row.

        Inspectors spent two weeks looking at the service in June, and judged it outstanding in every area.

        The council was also rated outstanding in 2019 and in 2014.
        """)
        let dates = Set(all.filter { $0.rating == "outstanding" }.map(\.date))
        #expect(dates == ["2023-06", "2019", "2014"])
    }

    @Test("a date does not reach across a clause to a grade; a past grade is an inspection, not a re-inspection")
    func clauseAndKind() throws {
        let all = Self.inspections("""
        Wessex Gazette

        Published 14 November 2022

        Somerset Council's children's services are no longer inadequate, after inspectors who returned in September rated them as requiring improvement.

        The re-inspection, which took place on 19 to 30 September, is the first full inspection since the service was rated inadequate in 2016.

        At its previous inspection in 2012 it was judged to require improvement, and in 2010 it was rated good.

        Since then the council has received eight monitoring visits. The most recent, in March 2021, found progress.
        """)
        #expect(all.contains { $0.rating == "requires improvement" && $0.date == "2022-09-19" })
        #expect(all.contains { $0.rating == "requires improvement" && $0.date == "2012" })
        #expect(all.contains { $0.rating == "good" && $0.date == "2010" })
        #expect(all.first { $0.rating == "inadequate" }.map { ($0.kind, $0.date) } ?? ("", "") == ("inspection", "2016"))
        let visits = all.filter { $0.kind == "monitoring visit" }
        #expect(visits.map(\.date) == ["2021-03"])
    }

    @Test("'last spring', 'two years before that', a date set apart by 'after', and a report's grade table")
    func reportsAndRelations() throws {
        let news = Self.inspections("""
        Black Country Courier

        Published 14 March 2019

        Inspectors carried out their third monitoring visit to Wolverhampton between 5 and 6 February, almost a year after the service was judged inadequate in a full inspection last spring.

        Wolverhampton's services were judged to require improvement in 2012 and had been rated inadequate two years before that.
        """)
        #expect(Self.find(news, kind: "monitoring visit")?.date == "2019-02-05")
        #expect(news.contains { $0.rating == "inadequate" && $0.date == "2018" })
        #expect(news.contains { $0.rating == "inadequate" && $0.date == "2010" })
        let report = Self.inspections("""
        Oldham Metropolitan Borough Council
        Inspection of children's social care services

        Inspection dates: 7 October 2019 to 18 October 2019

        Judgement                      Grade
        Overall effectiveness          Inadequate

        Services for children in Oldham have declined since the last inspection in 2016, when they were judged to require improvement to be good.
        """)
        #expect(report.contains { $0.rating == "inadequate" && $0.date == "2019-10-07" })
        #expect(report.contains { $0.rating == "requires improvement" && $0.date == "2016" })
    }

    @Test("'branded inadequate', 'services … are outstanding', 'remain inadequate' dated by 'the re-inspection … last autumn', the visit's nearest date")
    func moreGradePhrasings() throws {
        let all = Self.inspections("""
        Calder Chronicle

        Published 13 January 2022

        Kirklees Council's children's services remain inadequate, Ofsted has confirmed.

        The re-inspection took place last autumn.

        The service was first branded inadequate in a report published in October 2018.
        """)
        #expect(all.contains { $0.rating == "inadequate" && $0.date == "2021" })
        #expect(all.contains { $0.rating == "inadequate" && $0.date == "2018-10" })
        let visits = Self.inspections("""
        Calder Chronicle

        Published 13 January 2022

        Last year the council had two monitoring visits and a focused visit in May 2021.
        """)
        #expect(Self.find(visits, kind: "focused visit")?.date == "2021-05")
        let report = Self.inspections("""
        Inspection of children's social care services

        Children's services in Bromley are outstanding.

        We will keep going until our services are good in every respect.
        """)
        #expect(report.map(\.rating) == ["outstanding"])
    }

    @Test("a grade table whose rows share the heading's block; visits 'following' the inspection are earlier; a visit still to come is none")
    func tableRowsPriorVisitsAndPlannedVisits() throws {
        let report = Self.inspections("""
        Rochdale Borough Council
        Inspection of children's social care services

        Inspection dates: 3 March 2020 to 14 March 2020

        Lead inspector: Anwen Pryce, Her Majesty's Inspector

        Judgement                                   Grade
        The impact of leaders on social work
        practice with children and families         Good
        Overall effectiveness                       Good

        Children's services in Rochdale are good.
        """)
        let graded = try #require(Self.find(report, kind: "inspection", rating: "good"))
        #expect(graded.date == "2020-03-03")
        #expect(graded.inspector == "Anwen Pryce")
        let news = Self.inspections("""
        Pennine Post

        Published 2 February 2023

        Oldham Council's children's services remain inadequate, Ofsted has said.

        The re-inspection took place last autumn, following four monitoring visits and a focused visit in June 2021.

        Ofsted will now carry out monitoring visits again, with the first expected in the summer.
        """)
        #expect(news.contains { $0.rating == "inadequate" && $0.date == "2022" })
        #expect(Self.find(news, kind: "focused visit")?.date == "2021-06")
        #expect(!news.contains { $0.kind == "monitoring visit" && !$0.date.isEmpty })
    }

    @Test("two councils' grades in one sentence, 'the lowest rating', a re-inspection's grade, 'the last of them', 'inspectors came back'")
    func twoCouncilsAndSeries() throws {
        let pair = Self.inspections("""
        Pennine Post

        Published 14 March 2024

        Two neighbouring councils received different verdicts, with Bury's children's services judged inadequate and Bolton's rated good for the first time.

        Bury was last inspected in 2019, when it was told its services required improvement to be good.

        Bolton Council had been judged inadequate in 2015.
        """)
        #expect(pair.contains { $0.council == "Bury" && $0.rating == "inadequate" })
        #expect(pair.contains { $0.council == "Bolton" && $0.rating == "good" })
        #expect(!pair.contains { $0.council == "Bury" && $0.rating == "good" })
        #expect(pair.contains { $0.council == "Bury" && $0.rating == "requires improvement" && $0.date == "2019" })
        let series = Self.inspections("""
        Casework Weekly

        Published 20 July 2023

        The authority was graded requires improvement to be good after a re-inspection in June, having been rated inadequate in the summer of 2021.

        Between the two inspections it received five monitoring visits, the last of them in February.
        """)
        #expect(series.contains { $0.kind == "re-inspection" && $0.rating == "requires improvement" && $0.date == "2023-06" })
        #expect(series.contains { $0.kind == "inspection" && $0.rating == "inadequate" && $0.date == "2021" })
        #expect(series.contains { $0.kind == "monitoring visit" && $0.date == "2023-02" })
        let back = Self.inspections("""
        Green Lanes Gazette

        Published 22 February 2024

        Ofsted's third monitoring visit to Enfield took place on 16 and 17 January.

        Enfield was given the lowest rating in the summer of 2022. When inspectors came back in September, they said progress had been too slow.
        """)
        #expect(back.contains { $0.rating == "inadequate" && $0.date == "2022" })
        #expect(Set(back.filter { $0.kind == "monitoring visit" }.map(\.date)) == ["2024-01-16", "2023-09"])
    }

    @Test("a new grade dated by 'Inspectors visited in April', earlier grades counted back ('three years after', 'a decade ago'), a past visit stays past")
    func countedBack() throws {
        let all = Self.inspections("""
        Midlands Today

        Published 5 June 2025

        Children's services in Coventry have been rated outstanding by Ofsted for the first time.

        Inspectors visited in April, three years after the service was last judged good. A decade ago it was rated inadequate.

        However, the report said assessments for disabled children were slow, an issue first raised during a focused visit in 2023.

        The regional director said inspectors met 40 children during this inspection.

        Their report follows good judgements in 2017 and again in July 2019. Requires improvement is the grade below good.
        """)
        #expect(all.contains { $0.rating == "outstanding" && $0.date == "2025-04" })
        #expect(all.contains { $0.rating == "good" && $0.date == "2022" })
        #expect(all.contains { $0.rating == "inadequate" && $0.date == "2015" })
        #expect(all.contains { $0.rating == "good" && $0.date == "2017" })
        #expect(all.contains { $0.rating == "good" && $0.date == "2019-07" })
        #expect(!all.contains { $0.kind == "monitoring visit" })
        #expect(!all.contains { $0.rating == "good" && $0.date.isEmpty })
        let parsed = Tokenizer.tokens(Array("The visit on the 3rd and 4th of September found progress.".unicodeScalars))
        #expect(DateParser.dates(in: parsed, 0..<parsed.count).map(\.date.iso) == ["--09-03"] || DateParser.dates(in: parsed, 0..<parsed.count).first?.date.day == 3)
    }

    @Test("a grade kept at a new inspection; a place graded in passing is a council; inspectors 'in Barnsley in October' date Barnsley's grade")
    func keptAndSecondCouncil() throws {
        let all = Self.inspections("""
        Practice Weekly

        Published 15 January 2025

        Ofsted has raised concerns about drift in Greenwich, while neighbouring Bexley has held on to its good rating.

        Greenwich was rated good at its last full inspection, in the spring of 2022.

        Bexley, which has been rated good since 2019, kept the grade after a full inspection carried out over three weeks in early December.
        """)
        #expect(all.contains { $0.council == "Greenwich" && $0.rating == "good" && $0.date == "2022" })
        #expect(all.contains { $0.council == "Bexley" && $0.rating == "good" && $0.date == "2024-12" })
        let pair = Self.inspections("""
        The Daily Ledger

        Published 12 November 2024

        Sheffield's children's services have been marked down to requires improvement after an inspection in September.

        Barnsley's children's services were judged good overall in a report published on Tuesday, a step up from the requires improvement grade the council received in 2021.

        Inspectors who spent three weeks in Barnsley in October found that children are seen regularly.
        """)
        #expect(pair.contains { $0.council == "Barnsley" && $0.rating == "good" && $0.date == "2024-10" })
        #expect(pair.contains { $0.council == "Barnsley" && $0.rating == "requires improvement" && $0.date == "2021" })
    }

    @Test("'still requires improvement', 'the same overall grade as at its last full inspection three years ago', a previous inspection's month in a note")
    func sameGradeAndPrevious() throws {
        let trust = Self.inspections("""
        BBC News

        Published 5 June 2025

        The trust that runs children's social care in Northamptonshire has made steady progress but still requires improvement, according to inspectors.

        Ofsted visited the trust for three weeks in April.

        It gave the same overall grade as at its last full inspection three years ago.
        """)
        #expect(trust.contains { $0.rating == "requires improvement" && $0.date == "2025-04" })
        #expect(trust.contains { $0.rating == "requires improvement" && $0.date == "2022" })
        let release = Self.inspections("""
        Milton Keynes City Council

        Published 12 September 2024

        Milton Keynes City Council's children's services have been rated good by Ofsted, an improvement on the 'requires improvement to be good' judgement the service received in 2021.

        Notes to editors: Ofsted's previous full inspection of Milton Keynes children's services took place in November 2021.
        """)
        #expect(release.contains { $0.rating == "requires improvement" && $0.date == "2021-11" })
    }

    @Test("'re-inspected … three years after rating it inadequate' leaves the old grade an inspection; 'a second visit in February' is of the kind just named; a visit expected is none")
    func reinspectedAfterAndSecondVisit() throws {
        let york = Self.inspections("""
        BBC News

        Published 24 July 2025

        Children's services in Bristol are no longer failing, according to Ofsted, which has re-inspected the department three years after rating it inadequate in 2022.
        """)
        #expect(york.contains { $0.kind == "inspection" && $0.rating == "inadequate" && $0.date == "2022" })
        let visits = Self.inspections("""
        Hartlepool Mail

        Published 1 August 2024

        Ofsted carried out its third monitoring visit to Hartlepool on 16 and 17 July.

        The first monitoring visit, last autumn, focused on the front door, and a second visit in February looked at children in need.

        Ofsted is expected to return for a fourth monitoring visit before Christmas.
        """)
        #expect(Set(visits.filter { $0.kind == "monitoring visit" }.map(\.date)) == ["2024-07-16", "2023", "2024-02"])
    }

    @Test("'rated inadequate since the current inspection framework was introduced in 2018' dates nothing; 'would return through monitoring visits' is no visit")
    func sinceAnotherEvent() throws {
        let all = Self.inspections("""
        The Daily Courant

        Published 19 November 2024

        Bristol's children's services have been rated inadequate by Ofsted.

        The inspectorate's report, published on Tuesday, follows a three-week inspection in October.

        The regional director said the inspectorate would return regularly through monitoring visits.

        Bristol is one of a handful of large authorities to have been rated inadequate since the current inspection framework was introduced in 2018.
        """)
        #expect(all.contains { $0.rating == "inadequate" && $0.date == "2024-10" })
        #expect(!all.contains { $0.date == "2018" })
        #expect(!all.contains { $0.kind == "monitoring visit" })
    }

    @Test("'a decade after they were judged inadequate' and 'two years after … the watchdog's lowest rating' count from the page's date; 'the first two monitoring visits, in April and July 2023'")
    func countedFromNowAndListedVisits() throws {
        let now = Self.inspections("""
        BBC News

        Published 12 March 2024

        Coventry City Council's children's services have been rated outstanding by Ofsted for the first time, a decade after they were judged inadequate.

        Lewisham's children's services are no longer inadequate, Ofsted has found, two years after the council was handed the watchdog's lowest rating.
        """)
        #expect(now.contains { $0.council == "Coventry" && $0.rating == "inadequate" && $0.date == "2014" })
        #expect(now.contains { $0.council == "Lewisham" && $0.rating == "inadequate" && $0.date == "2022" })
        let letter = Self.inspections("""
        Dear Ms Hartigan

        Monitoring visit to North Somerset children's services

        This letter summarises the findings of the monitoring visit on 14 and 15 November 2023. This was the third monitoring visit since the local authority was judged inadequate in January 2023. The first two monitoring visits, in April and July 2023, considered the front door.

        Yours sincerely

        Gareth Pryce
        His Majesty's Inspector
        """)
        #expect(Set(letter.filter { $0.kind == "monitoring visit" }.map(\.date)) == ["2023-11-14", "2023-04", "2023-07"])
    }
}
