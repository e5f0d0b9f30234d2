import Testing
import DossierModel
@testable import DossierQuery

@Suite struct QueryCompletion {
    let catalog = QueryTestCatalog.catalog

    func complete(_ line: String) -> CompletionSet { Query.completions(for: line, catalog: catalog) }

    @Test func collectionsAndCountAtTheStart() {
        #expect(complete("").candidates == catalog.names + ["count"])
        #expect(complete("fi") == CompletionSet(start: 0, candidates: ["findings"]))
        #expect(complete("co").candidates == ["councils", "count"])
        #expect(complete("count q") == CompletionSet(start: 6, candidates: ["quotes"]))
    }

    @Test func clausesAfterTheCollection() {
        #expect(complete("findings ").candidates == ["where", "select", "order by", "limit"])
        #expect(complete("findings wh") == CompletionSet(start: 9, candidates: ["where"]))
        #expect(complete("count findings ").candidates == ["where", "by", "limit"])
    }

    @Test func fieldsAfterWhereAndConnectives() {
        #expect(complete("findings where co") == CompletionSet(start: 15, candidates: ["council", "council.id", "council.name", "council.full_name", "council.aliases", "council.documents"]))
        #expect(complete("findings where kind = praise and ki").candidates == ["kind"])
        #expect(complete("findings where not to").candidates == ["topic"])
        #expect(complete("findings where (te").candidates == ["text"])
    }

    @Test func dottedRelationFields() {
        #expect(complete("quotes where speaker.r").candidates == ["speaker.role"])
        #expect(complete("findings where inspection.da").candidates == ["inspection.date"])
    }

    @Test func fieldsAfterSelectAndCommas() {
        #expect(complete("quotes select sp").candidates.contains("speaker"))
        #expect(complete("quotes select id, te") == CompletionSet(start: 18, candidates: ["text"]))
        #expect(complete("people select name, quo").candidates == ["quotes.count"])
        #expect(complete("people order by quotes.c").candidates == ["quotes.count"])
        #expect(complete("count findings by ki").candidates == ["kind"])
    }

    @Test func operatorsAfterAField() {
        #expect(complete("findings where kind ").candidates == Query.operators + ["not"])
        #expect(complete("findings where text st").candidates == ["starts with"])
        #expect(complete("findings where rating is ").candidates == ["empty", "not empty"])
    }

    @Test func valuesAfterAnOperator() {
        #expect(complete("findings where council = Du") == CompletionSet(start: 25, candidates: ["Dudley"]))
        #expect(complete("findings where kind = ").candidates == ["praise", "concern"])
        #expect(complete("findings where kind != c").candidates == ["concern"])
        #expect(complete("findings where topic in (workforce, pl").candidates == ["planning"])
        #expect(complete("quotes where speaker.role contains str").candidates == ["\"strategic director for people\""])
    }

    @Test func valuesWithSpacesAreQuoted() {
        #expect(complete("inspections where kind = mo") == CompletionSet(start: 25, candidates: ["\"monitoring visit\""]))
        #expect(complete("quotes where speaker = \"Ian") == CompletionSet(start: 23, candidates: ["\"Ian Cooper\""]))
        #expect(complete("quotes where speaker = 'Pa") == CompletionSet(start: 23, candidates: ["'Pauline Sharratt'"]))
        #expect(complete("quotes where speaker = Ian Co") == CompletionSet(start: 23, candidates: ["\"Ian Cooper\""]))
    }

    @Test func keywordsAfterACompleteCondition() {
        #expect(complete("findings where kind = praise ").candidates == ["and", "or", "select", "order by", "limit"])
        #expect(complete("findings where kind = praise o").candidates == ["or", "order by"])
        #expect(complete("count findings where kind = praise ").candidates == ["and", "or", "by", "limit"])
        #expect(complete("findings where rating is empty ").candidates == ["and", "or", "select", "order by", "limit"])
        #expect(complete("findings order by id ").candidates == ["asc", "desc", "limit"])
        #expect(complete("findings limit 3 ").candidates == ["offset"])
        #expect(complete("findings select id ").candidates == ["order by", "limit"])
    }

    @Test func apostrophesInsideWordsAreLetters() {
        #expect(complete("people where role contains children's ").candidates.first == "and")
        #expect(complete("people where name = O'K").candidates.isEmpty)
    }

    @Test func nothingRightAfterAClosingQuote() {
        #expect(complete("quotes where speaker = \"Ian Cooper\"").candidates.isEmpty)
        #expect(complete("quotes where speaker = \"Ian Cooper\" ").candidates.first == "and")
    }

    @Test func unknownCollectionsGiveNoFields() {
        #expect(complete("findngs where ").candidates.isEmpty)
    }
}
