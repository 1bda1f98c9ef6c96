/// Which languages each page is published in, and where: what a page needs to link to its
/// translations (`hreflang`, the language switcher) and the sitemap to list them as alternates.
public struct SiteTranslations: Sendable, Hashable {
    /// One language's version of a page.
    public struct Version: Sendable, Hashable {
        /// `SiteLanguage.code`.
        public var code: String
        /// Output location, like `Page.url` (`es/imnm/sintomas/`).
        public var url: String
        public var lastReviewed: CalendarDate?

        public init(code: String, url: String, lastReviewed: CalendarDate?) {
            self.code = code
            self.url = url
            self.lastReviewed = lastReviewed
        }
    }

    /// Every language of the site, the default one first; empty when it has only one.
    public var languages: [SiteLanguage]
    /// By `Page.linkKey` (the original's source path): its versions, in `languages` order. The
    /// glossary and search pages are listed too, under `GeneratedPage.versionKey`.
    public var versions: [String: [Version]]
    /// Each language's theme texts, by code: a page says in a language's own words that it has
    /// no version in that language (`language_missing`).
    public var strings: [String: ThemeStrings] = [:]

    public init(languages: [SiteLanguage] = [], versions: [String: [Version]] = [:]) {
        self.languages = languages
        self.versions = versions
    }

    public var isEmpty: Bool { languages.count < 2 }

    /// The versions of `page` (itself among them), in the site's language order.
    public func versions(of page: Page) -> [Version] { versions[page.linkKey] ?? [] }
}
