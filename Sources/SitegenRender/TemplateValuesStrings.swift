import Mustache
import SitegenModel

// The theme's texts as templates see them (`{{t.on_this_page}}`): one value per
// `ThemeStringKey`, so a template naming a text that does not exist is an error like any value.

extension ThemeStringKey: TemplateValueKey {
    static var shapeName: String { "the theme's texts" }
    var kind: TemplateValueKind { .text }

    var note: String {
        // The glossary's introduction keeps the template's line break; a table row cannot.
        let english = (ThemeStrings.english.texts[self] ?? "").replacingOccurrences(of: "\n", with: " ")
        let filled = placeholders.compactMap { self == .language_missing ? Self.ownLanguageNote : Self.filledNote($0) }.joined(separator: "; ")
        return "“\(english)”" + (filled.isEmpty ? "" : "; " + filled)
    }

    /// `{language}` in `language_missing`, which is shown in the language it names.
    private static let ownLanguageNote = "`{language}` is this language, named in itself (“español”); shown in the language switcher of a page in another language that has no version in this one"

    /// What the renderer puts in place of a `{name}`.
    private static func filledNote(_ name: String) -> String? {
        switch name {
        case "url": "`{url}` is the page's address as text (`canonical_text`; empty while the site's address is unknown)"
        case "section": "`{section}` is the condition, on section, topic and handout pages (elsewhere it stays as written)"
        case "site": "`{site}` is `site.yml: title`"
        case "title": "`{title}` is the page's title"
        case "query": "`{count}` and `{query}` are left for search.js, which fills them in as the reader types"
        case "language": "`{language}` is the language of the page a link goes to, named in this language (“inglés” in Spanish); shown after a link to a page not translated yet"
        default: nil
        }
    }
}

extension PageContext {
    /// The keys whose texts name something of the page itself, filled in again for each page.
    static let pageTextKeys = ThemeStringKey.allCases.filter { !Set($0.placeholders).isDisjoint(with: ["url", "section", "title"]) }

    /// Every text by name, with `values` filled in.
    static func texts(_ strings: ThemeStrings, _ values: [String: String], keys: [ThemeStringKey] = ThemeStringKey.allCases) -> [String: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0.rawValue, strings.text($0, values)) })
    }

    /// The texts for one page: those of the whole site, with the page's address, title and
    /// condition (`section`, when it has one) filled in where a text names them.
    func texts(url: String, title: String, section: String?) -> PageTexts {
        var values = ["site": site.config.title, "url": url, "title": title]
        values["section"] = section
        var own: [String: String] = [:]
        own.reserveCapacity(pageTexts.count)
        for (key, text) in pageTexts { own[key] = text.filled(values) }
        return PageTexts(own: own, site: siteTexts)
    }
}

/// `{{t.key}}` for one page: its own texts in front of the site's, which every page shares
/// instead of copying all of them into a dictionary of its own (10,000 copies of 64 texts cost
/// 0.3 s of a 10,000-page build).
final class PageTexts: MustacheParent, Sendable {
    let own: [String: String]
    let site: [String: String]

    init(own: [String: String], site: [String: String]) {
        self.own = own
        self.site = site
    }

    func child(named name: String) -> Any? { own[name] ?? site[name] }
}
