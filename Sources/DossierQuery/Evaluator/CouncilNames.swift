/// The ways English local authorities are named around their place name, so
/// that "Dudley Metropolitan Borough Council" finds Dudley even when the
/// documents never spelled it out: a council's formal name is its place name
/// with one of these before or after it.
enum CouncilNames {
    static let prefixes = ["the ", "london borough of ", "royal borough of ", "city of ", "borough of ", "county of "]
    static let suffixes = [
        " metropolitan borough council", " metropolitan district council", " borough council", " city council",
        " county council", " district council", " council", " mbc", " cc",
    ]

    /// The lower-cased name with formal prefixes and suffixes taken off, most
    /// specific first; empty when there is none to take off.
    static func shortForms(of lowered: String) -> [String] {
        var forms: [String] = []
        var name = lowered
        for prefix in prefixes where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            forms.append(name)
        }
        for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            forms.append(String(name.dropLast(suffix.count)))
            break
        }
        return forms.reversed()
    }
}
