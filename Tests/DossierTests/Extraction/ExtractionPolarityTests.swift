import Testing
@testable import DossierExtraction

/// The praise-or-concern lexicon on single clauses, where general sentiment lexicons go wrong.
@Suite("Extraction polarity")
struct ExtractionPolarityTests {
    static func kind(_ text: String) -> String? {
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        return Polarity.kind(of: tokens[...])?.rawValue
    }

    @Test("grading vocabulary, negation and domain phrases decide the kind", arguments: [
        ("services require improvement to be good", "concern"),
        ("the leadership team has not yet had an impact", "concern"),
        ("staff retention has improved", "praise"),
        ("there is still room for improvement", "concern"),
        ("no child was found to be unsafe", "praise"),
        ("assessments did not always consider children's histories", "concern"),
        ("leaders have an accurate understanding of the weaknesses", "praise"),
        ("caseloads have reduced significantly", "praise"),
        ("too many plans are out of date", "concern"),
        ("the council is making positive progress", "praise"),
        ("the quality of practice remains inconsistent", "concern"),
        ("children no longer wait too long for a social worker", "praise"),
        ("Ofsted called for improvements in planning", "concern"),
        ("work to tackle exploitation was singled out as a strength", "praise"),
        // A negation inside a relative clause describes who is helped; the main clause is the finding.
        ("children who cannot live safely at home are brought into care in a timely way", "praise"),
        ("young people who do not attend school are not always followed up", "concern"),
        // Knowing what to improve is a strength, unless the inspectorate is the one identifying it.
        ("audits are thorough and identify the right areas for improvement", "praise"),
        ("the report identifies two areas for improvement", "concern"),
        ("the local authority knows there is still much to do", "concern"),
        ("leaders had already started to address many of the weaknesses identified", "praise"),
        // A fall in something bad is good only near the bad thing; "step cases down" is no fall.
        ("fewer care leavers were now living in unsuitable accommodation", "praise"),
        ("leaders had reduced the number of children waiting for a conference", "praise"),
        ("decisions to step cases down were not always based on evidence that risks had reduced", "concern"),
        ("the voice of the child was often missing from case records", "concern"),
        ("a small number of social workers were still carrying more than 25 children each", "concern"),
        ("leaders were open and self-aware", "praise"),
        ("the quality of social work had slipped in several areas", "concern"),
        // The inspectorate identifying a weakness reports it; a council acting on one is a strength.
        ("inspectors identified serious weaknesses in the response to exploitation", "concern"),
        ("leaders had acted on the weaknesses identified at the last inspection", "praise"),
        ("senior leaders have a realistic understanding of the scale of the improvements required", "praise"),
        ("senior leaders had not understood how weak frontline practice had become", "concern"),
        ("this makes it difficult for parents to understand what is expected of them", "concern"),
        ("many have worked hard to build trusting relationships with them", "praise"),
        ("the local authority is making slow progress in improving services", "concern"),
        ("there is further to go", "concern"),
        ("recruitment of experienced social workers remains a challenge", "concern"),
        ("the backlog of unallocated cases has been cleared", "praise"),
        ("inspectors said further improvement is needed in planning", "concern"),
        // Added after heldout5-7 (this session): a visit that identifies, knowing across a few words, agency reliance.
        ("a focused visit in June 2022 identified weaknesses in the response to exploitation", "concern"),
        ("leaders were aware of many of these shortfalls before the inspection and had begun to address them", "praise"),
        ("the local authority continues to rely on agency staff in two teams", "concern"),
        ("the reliance on agency social workers has reduced", "praise"),
        ("inspectors did highlight a couple of areas to work on", "concern"),
        ("their wishes and feelings are at the heart of every plan", "praise"),
        ("leaders have an accurate understanding of the strengths and areas for development in practice", "praise"),
        ("their self-assessment accurately identifies what is working well and what needs to improve", "praise"),
        ("caseloads in the teams for unaccompanied children had risen over the summer", "concern"),
        ("services for children who need help and protection have improved more slowly", "concern"),
        ("the proportion of children living far away had risen sharply, and some children wait too long for a permanent home", "concern"),
    ])
    func kinds(_ text: String, _ expected: String) {
        #expect(Self.kind(text) == expected)
    }

    @Test("a rating, a plan or a method is not a finding", arguments: [
        "the service was rated inadequate in 2016",
        "inspectors considered how far help for children had improved",
        "the council's improvement plan was updated in January",
        "Ofsted reviewed the records of twenty children",
        "services for children in Suffolk remain good, as they were at the last inspection",
        "overall, services for children in Bexley are now outstanding",
    ])
    func neutral(_ text: String) {
        #expect(Self.kind(text) == nil)
    }

    @Test("topics come from the taxonomy", arguments: [
        ("caseloads have reduced", "caseloads"), ("the early help offer was ineffective", "early help"),
        ("weaknesses in the assessment of disabled children", "disabled children"),
        ("management oversight has improved", "management oversight"),
    ])
    func topics(_ text: String, _ topic: String) {
        #expect(Topics.topic(of: text) == topic)
    }
}
