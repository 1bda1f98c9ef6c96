/// A language of the site in the language switcher.
enum LanguageLinkValue: String, TemplateValueKey {
    case code, name, url, is_current, has_page, missing, missing_lang
    static let shapeName = "a language"
    var kind: TemplateValueKind {
        switch self {
        case .is_current, .has_page: .flag
        case .code, .name, .url, .missing, .missing_lang: .text
        }
    }
    var note: String {
        switch self {
        case .code: "the language's code, for `lang` and `hreflang` (`es`)"
        case .name: "the language's name in itself (`Español`)"
        case .url: "this page in that language, or that language's home page when the page is not translated; relative to the current page"
        case .is_current: "`true` for the page's own language"
        case .has_page: "`true` when `url` is this page's translation (not the language's home page)"
        case .missing: "when this page has no version in that language: a note in that language that `url` goes to its home page instead (`language_missing`: “not translated yet: go to the English home page”); in this page's language when that one has no such text; absent otherwise"
        case .missing_lang: "with `missing`: the code of the language it is written in, for `lang`"
        }
    }
}

/// One `<link rel="alternate" hreflang>`.
enum AlternateValue: String, TemplateValueKey {
    case hreflang, url
    static let shapeName = "an alternate address"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .hreflang: "the language's code, or `x-default` for the default language's version"
        case .url: "the absolute address of the page in that language"
        }
    }
}
