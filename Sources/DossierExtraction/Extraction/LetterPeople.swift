/// Reads the people of an inspectorate letter's address block and signature: a name on one line
/// and a job title on the next ("Fiona Redmond" / "Her Majesty's Inspector").
enum LetterPeople {
    struct Found { var name: String; var role: RoleFinder.Role; var block: Int; var tokens: Range<Int> }

    static func find(in doc: DocumentText) -> [Found] {
        guard doc.isInspectorateLetter else { return [] }
        var out: [Found] = []
        // "Yours sincerely, Jo Hart, Her Majesty's Inspector" run onto one line.
        for b in doc.blocks.indices {
            let t = doc.tokens[b]
            guard t.count >= 5, t[0].lower == "yours", ["sincerely", "faithfully"].contains(t[1].lower) else { continue }
            var k = 2
            while k < t.count, t[k].kind == .punct { k += 1 }
            let nameStart = k
            while k < t.count, Names.honorifics.contains(t[k].lower) || t[k].text == "." { k += 1 }
            let first = k
            while k < t.count, k - first < 3, t[k].isCapitalized, !PersonFinder.stops(t[k]) { k += 1 }
            guard k - first >= 2, k < t.count, t[k].text == "," else { continue }
            let rest = Array(t[(k + 1)...])
            guard rest.count <= 10, rest.contains(where: RoleFinder.isHead), let role = RoleFinder.line(rest) else { continue }
            out.append(Found(name: FastText.straightened(t[first..<k].map(\.text).joined(separator: " ")), role: role, block: b, tokens: nameStart..<k))
        }
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
