import SitegenModel
import SitegenReadability

/// What the reading warning says about each of a page's hardest words: an everyday word for it,
/// or that the glossary explains it (`EverydayWord`). Built once per language for a render.
///
/// From the glossary: a hard word that is an entry's term or one of its aliases (one word,
/// ignoring capitals) gets the entry's shortest other name that is everyday words
/// (`Readability.isEveryday`: no word of a hard word's syllables, not an acronym, and not the
/// same word in the singular or plural): "corticosteroids (say 'steroids')". An entry without
/// one still explains the word on the page: "myopathy (in the glossary)".
///
/// Then the plain-language list (built in, with the site's `plain_language.yml`): "prognosis (say
/// 'outlook')". Its notes ("not exact: …") are left to the plain-language suggestion itself.
package struct EverydayWords: Sendable {
    private var glossary: [String: EverydayWord] = [:]
    /// The plain-language list's one-word entries (as hard words come: lower case), notes left out.
    private var plainLanguage: [String: String] = [:]

    package init(glossary entries: [GlossaryEntry], language: String, plainLanguage list: PlainLanguageList = PlainLanguageList()) {
        for (word, alternative) in list.entries where !word.contains(" ") {
            let plain = alternative.range(of: " (").map { String(alternative[..<$0.lowerBound]) } ?? alternative
            if !plain.isEmpty { plainLanguage[word] = plain }
        }
        for entry in entries {
            let names = [entry.term] + entry.aliases
            let everyday = names.filter { Readability.isEveryday($0, language: language) }
            for name in names where !name.contains(where: \.isWhitespace) {
                let key = name.lowercased()
                let other = everyday.filter { !Self.sameWord($0.lowercased(), key) }
                    .min { $0.count < $1.count }
                // The first entry to name a word keeps it.
                if glossary[key] == nil { glossary[key] = other.map { .say(Self.lowercasedFirst($0)) } ?? .inGlossary }
            }
        }
    }

    /// What to say about `word` (as `PageReading.hardWords` gives it: lower case), or nil.
    package func alternative(for word: String) -> EverydayWord? {
        // The glossary comes first: it is the site's own word for its readers.
        if let known = glossary[word] { return known }
        return plainLanguage[word].map { .say($0) }
    }

    /// "steroid" and "steroids" are one word for this purpose.
    private static func sameWord(_ a: String, _ b: String) -> Bool {
        a == b || a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a
    }

    /// "Steroids" → "steroids", but "IV drip" stays.
    private static func lowercasedFirst(_ name: String) -> String {
        guard let first = name.first, first.isUppercase, name.dropFirst().first?.isUppercase != true else { return name }
        return first.lowercased() + name.dropFirst()
    }
}
