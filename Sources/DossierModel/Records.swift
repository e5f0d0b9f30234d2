/// The typed rows that extraction produces; `Model+Catalog.swift` turns them
/// into the generic tables the query language evaluates over.
///
/// Field names follow PRODUCT.md, which scripts and tests rely on.

/// A loaded source file.
public struct DocumentRecord: Sendable, Equatable {
    /// The file name without its extension; other rows name it in `document`.
    public var id: String
    public var path: String
    public var title: String
    public var publisher: String
    /// ISO date at the precision the document gives, or empty.
    public var date: String
    public var words: Int

    public init(id: String, path: String, title: String = "", publisher: String = "", date: String = "", words: Int = 0) {
        self.id = id; self.path = path; self.title = title; self.publisher = publisher; self.date = date; self.words = words
    }
}

/// A local authority, under its short canonical place name ("Dudley").
public struct CouncilRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    public var fullName: String
    /// Other names the texts use for it ("Dudley Metropolitan Borough Council").
    public var aliases: [String]
    public var documents: [String]

    public init(id: String = "", name: String, fullName: String, aliases: [String] = [], documents: [String] = []) {
        self.id = id; self.name = name; self.fullName = fullName; self.aliases = aliases; self.documents = documents
    }
}

/// A named person, without honorifics.
public struct PersonRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The role as the text gives it ("cabinet member for children's services").
    public var role: String
    public var organisation: String
    /// Other forms of the name seen in the texts ("Mr Oakman", "Oakman").
    public var aliases: [String]
    public var documents: [String]

    public init(id: String = "", name: String, role: String = "", organisation: String = "", aliases: [String] = [], documents: [String] = []) {
        self.id = id; self.name = name; self.role = role; self.organisation = organisation; self.aliases = aliases; self.documents = documents
    }
}

/// Where a row came from: a document, a 1-based line, and UTF-8 byte offsets
/// of the evidence in the document's source text.
public struct Provenance: Sendable, Equatable, Hashable {
    public var document: String
    // Stored in 32 bits (files are at most FileWalker.maximumBytes long): every sentence, finding and
    // quote keeps one, so 8 bytes saved here are about 3% of a loaded corpus's memory.
    private var storedLine: Int32
    private var storedStart: Int32
    private var storedEnd: Int32

    public var line: Int { get { Int(storedLine) } set { storedLine = Int32(clamping: newValue) } }
    public var start: Int { get { Int(storedStart) } set { storedStart = Int32(clamping: newValue) } }
    public var end: Int { get { Int(storedEnd) } set { storedEnd = Int32(clamping: newValue) } }

    public init(document: String, line: Int, start: Int = 0, end: Int = 0) {
        self.document = document
        storedLine = Int32(clamping: line); storedStart = Int32(clamping: start); storedEnd = Int32(clamping: end)
    }
}

/// A direct quotation and who said it (a person's name or an organisation).
public struct QuoteRecord: Sendable, Equatable {
    public var id: String
    public var speaker: String
    public var text: String
    public var source: Provenance

    public init(id: String = "", speaker: String, text: String, source: Provenance) {
        self.id = id; self.speaker = speaker; self.text = text; self.source = source
    }
}

/// A full inspection, monitoring visit, focused visit or re-inspection.
public struct InspectionRecord: Sendable, Equatable {
    public var id: String
    public var council: String
    public var kind: String
    /// ISO at the precision the text allows: 2016, 2016-04, 2017-02-21; or empty.
    public var date: String
    /// outstanding, good, requires improvement, inadequate, or empty.
    public var rating: String
    public var inspector: String
    public var documents: [String]
    /// The first sentence that mentions it, for `.show`.
    public var source: Provenance?

    public init(id: String = "", council: String, kind: String, date: String = "", rating: String = "", inspector: String = "", documents: [String] = [], source: Provenance? = nil) {
        self.id = id; self.council = council; self.kind = kind; self.date = date; self.rating = rating
        self.inspector = inspector; self.documents = documents; self.source = source
    }
}

/// Something the inspectorate found: praise or concern.
public struct FindingRecord: Sendable, Equatable {
    public var id: String
    public var council: String
    public var kind: String
    public var topic: String
    public var text: String
    public var source: Provenance
    /// The id of the inspection the finding belongs to, or empty.
    public var inspection: String

    public init(id: String = "", council: String, kind: String, topic: String = "", text: String, source: Provenance, inspection: String = "") {
        self.id = id; self.council = council; self.kind = kind; self.topic = topic; self.text = text
        self.source = source; self.inspection = inspection
    }
}

/// One sentence of a document's body text, for full-text search and `.show`.
public struct SentenceRecord: Sendable, Equatable {
    public var id: String
    public var text: String
    public var source: Provenance
    /// Index of the paragraph within its document, so `.show` can print the paragraph.
    public var paragraph: Int { get { Int(storedParagraph) } set { storedParagraph = Int32(clamping: newValue) } }
    private var storedParagraph: Int32

    public init(id: String = "", text: String, source: Provenance, paragraph: Int = 0) {
        self.id = id; self.text = text; self.source = source; self.storedParagraph = Int32(clamping: paragraph)
    }
}

/// Everything extracted from a set of documents.
public struct Model: Sendable, Equatable {
    public var documents: [DocumentRecord] = []
    public var councils: [CouncilRecord] = []
    public var people: [PersonRecord] = []
    public var quotes: [QuoteRecord] = []
    public var inspections: [InspectionRecord] = []
    public var findings: [FindingRecord] = []
    public var sentences: [SentenceRecord] = []

    public init() {}
}
