/// The pages sitegen makes in each language beside the content's: the glossary and the search
/// page. Their addresses are theme texts (`glossary_address`, `search_address`), so each language
/// has them in its own words (`es/glosario/`), and a site can change them in `i18n/<code>.yml`;
/// the address every language had before (`es/glossary/`) is kept as an alias that leads on.
public enum GeneratedPage: String, CaseIterable, Sendable {
    case glossary, search

    /// The key `SiteTranslations.versions` lists this page's versions under: never a page's
    /// (those are source paths, which start with `content/`).
    public var versionKey: String { "sitegen:" + rawValue }

    public var addressKey: ThemeStringKey {
        switch self {
        case .glossary: .glossary_address
        case .search: .search_address
        }
    }

    /// The address's last part before it was a theme text: the English one, in every language.
    public var oldAddress: String { rawValue }

    /// Its address in `language` (`es/glosario/`).
    public func url(in language: SiteLanguage, strings: ThemeStrings) -> String {
        language.pathPrefix + strings.text(addressKey) + "/"
    }

    /// Where it was before its address was a theme text (`es/glossary/`), when that is not where it is.
    public func oldURL(in language: SiteLanguage, strings: ThemeStrings) -> String? {
        strings.text(addressKey) == oldAddress ? nil : language.pathPrefix + oldAddress + "/"
    }
}

extension Site {
    /// The glossary's or the search page's address in this site's language (`es/glosario/`).
    public func url(of page: GeneratedPage) -> String { page.url(in: language, strings: strings) }
}
