/// Reads the people of an inspectorate letter's address block and signature: a name on one line
/// and a job title on the next ("Fiona Redmond" / "Her Majesty's Inspector").
enum LetterPeople {
    struct Found { var name: String; var role: RoleFinder.Role; var block: Int; var tokens: Range<Int> }

    static func find(in doc: DocumentText) -> [Found] {
        guard doc.isInspectorateLetter else { return [] }
        var out: [Found] = []
        for b in doc.blocks.indices.dropLast() {
            let t = doc.tokens[b]
            guard t.count >= 2, t.count <= 5, t.allSatisfy({ $0.isCapitalized || $0.text == "." }) else { continue }
            var k = 0
            while k < t.count, Names.honorifics.contains(t[k].lower) || t[k].text == "." { k += 1 }
            let words = t[k...].filter(\.isWord)
            guard words.count >= 2, words.count <= 3, !words.contains(where: PersonFinder.stops) else { continue }
            let next = doc.tokens[b + 1]
            guard next.count <= 10, next.contains(where: RoleFinder.isHead), !Furniture.endsSentence(doc.blocks[b + 1].scalars),
                  let role = RoleFinder.line(next) else { continue }
            out.append(Found(name: FastText.straightened(words.map(\.text).joined(separator: " ")), role: role, block: b, tokens: 0..<t.count))
        }
        return out
    }

    static func role(of person: PersonMention, in doc: DocumentText) -> RoleFinder.Role? {
        find(in: doc).first { $0.name == person.name }?.role
    }
}
