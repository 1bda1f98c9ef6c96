import Foundation
import SitegenModel

/// Complex words and phrases with everyday alternatives, for one language: the built-in list
/// (`PlainLanguageList+English.swift`, `+Spanish.swift`; sources and licences in
/// docs/plain-language.md) with a site's changes (`plain_language.yml`).
public struct PlainLanguageList: Sendable, Equatable {
    /// `PlainLanguageChanges.normalized` word or phrase → its alternative: "use", or "swelling
    /// (not exact: …)" with a note in brackets at the end.
    public private(set) var entries: [String: String]
    /// Names that hold words of the list where they do not mean the everyday word ("pulmonary
    /// hypertension" is not high blood pressure): inside one, nothing is suggested.
    public private(set) var names: Set<String>

    public init(_ entries: [String: String] = [:], names: Set<String> = []) {
        self.entries = entries
        self.names = names
    }

    /// The alternative for a word or phrase of the list, or nil. `word` is matched as the list
    /// keeps it: lower case, single spaces ("utilize", "in order to").
    public func alternative(for word: String) -> String? {
        entries[word] ?? entries[PlainLanguageChanges.normalized(word)]
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The built-in list for a language code (`en`, `en-GB`, `es-MX`), by its primary language;
    /// an empty one for a language without a list.
    public static func builtIn(language code: String) -> PlainLanguageList {
        switch LanguageCode.primary(code) {
        case "en": english
        case "es": spanish
        default: PlainLanguageList()
        }
    }

    /// The built-in list of `language` with a site's changes.
    public static func forSite(language code: String, changes: PlainLanguageChanges) -> PlainLanguageList {
        var list = builtIn(language: code)
        for word in changes.removed.keys { list.entries[word] = nil }
        for (word, alternative) in changes.added { list.entries[word] = alternative }
        return list
    }

    /// The editor's message: "'utilize': say 'use'", and a note after the quotes ("'inflammation':
    /// say 'swelling' (not exact: …)").
    public static func message(word: String, alternative: String) -> String {
        if alternative.hasSuffix(")"), let open = alternative.range(of: " ("), open.lowerBound > alternative.startIndex {
            return "'\(word)': say '\(alternative[..<open.lowerBound])'\(alternative[open.lowerBound...])"
        }
        return "'\(word)': say '\(alternative)'"
    }

    static let english = PlainLanguageList(entries(englishSources.flatMap(\.entries)), names: Set(englishNames.map(PlainLanguageChanges.normalized)))
    static let spanish = PlainLanguageList(entries(spanishSources.flatMap(\.entries)), names: Set(spanishNames.map(PlainLanguageChanges.normalized)))

    /// Each language's entries by source, as docs/plain-language.md credits them.
    static let englishSources: [(source: String, entries: [(String, String)])] = [
        ("plainlanguage.gov", fromPlainLanguageGov), ("18F", from18F), ("AHRQ", fromAHRQ),
        ("sitegen", sitegenGeneral), ("sitegen", sitegenHealth),
    ]
    static let spanishSources: [(source: String, entries: [(String, String)])] = [
        ("sitegen", spanishGeneral), ("sitegen", spanishHealth),
    ]

    /// The entries of the source files, each written once (a test checks it).
    private static func entries(_ pairs: [(String, String)]) -> [String: String] {
        Dictionary(pairs.map { (PlainLanguageChanges.normalized($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }
}
