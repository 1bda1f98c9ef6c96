import SitegenModel

/// The other names a glossary entry shows after "Also called:". `aliases:` lists every form the
/// text may use, so the page can mark each (`autoimmune disease`, `autoimmune diseases`); a reader
/// is told each name once, so a form that differs from the term or an earlier name only by a
/// plural ending (-s, -es, -y/-ies) is left out of the list (never out of the matching).
enum AlsoCalled {
    static func names(term: String, aliases: [String]) -> [String] {
        var kept: [String] = []
        var seen = [term.lowercased()]
        for alias in aliases {
            let lowered = alias.lowercased()
            if seen.contains(where: { isPluralPair(lowered, $0) || lowered == $0 }) { continue }
            kept.append(alias)
            seen.append(lowered)
        }
        return kept
    }

    /// Whether the two (lowercased) names differ only by plural endings, word by word
    /// (`autoimmune diseases`, `enfermedades autoinmunes`).
    private static func isPluralPair(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: " "), right = b.split(separator: " ")
        guard left.count == right.count, a != b else { return false }
        return zip(left, right).allSatisfy { $0 == $1 || isPluralWord(String($0), String($1)) }
    }

    private static func isPluralWord(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if long == short + "s" || long == short + "es" { return true }
        return short.hasSuffix("y") && long == short.dropLast() + "ies"
    }
}
