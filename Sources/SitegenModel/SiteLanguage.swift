/// One language the site is published in: the default one (from site.yml's top-level settings,
/// published at the site root) or one of `languages:` (published under `<code>/`).
public struct SiteLanguage: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case ltr, rtl
    }

    /// The code as site.yml writes it (`es`, `pt-BR`): for `<html lang>` and `hreflang`.
    public var code: String
    public var title: String
    public var description: String
    /// Markdown shown on every page of this language.
    public var disclaimer: String
    /// Line in site.yml of `disclaimer:` (or, when the language has none of its own, of the
    /// site's), for messages about it.
    public var disclaimerLine: Int
    /// `nil`: the grade of this language's readability measure decides (the default language
    /// always has one: `readability_target`, default 8).
    public var readabilityTarget: Double?
    public var direction: Direction
    /// Folder the language's pages are published in: `""` for the default language, else its
    /// code in lower case and a slash (`es/`, `pt-br/`).
    public var pathPrefix: String
    /// Line in site.yml where the language is named, for messages about it.
    public var line: Int
    /// What `{emergency_number}` stands for in this language's pages: its own `emergency_number`,
    /// else its region's (`es-MX`: 911), else the site's; nil when none of them says.
    public var emergencyNumber: String?

    public init(
        code: String, title: String, description: String = "", disclaimer: String = "", disclaimerLine: Int = 1,
        readabilityTarget: Double? = nil, direction: Direction = .ltr, pathPrefix: String, line: Int = 1
    ) {
        self.code = code
        self.title = title
        self.description = description
        self.disclaimer = disclaimer
        self.disclaimerLine = disclaimerLine
        self.readabilityTarget = readabilityTarget
        self.direction = direction
        self.pathPrefix = pathPrefix
        self.line = line
    }

    public var isDefault: Bool { pathPrefix.isEmpty }

    /// The folder (and address) of a language other than the default: `es/`, `pt-br/`.
    public static func pathPrefix(forCode code: String) -> String { code.lowercased() + "/" }

    /// The keys a language may have in `languages:`.
    public static let knownKeys = ["title", "description", "disclaimer", "readability_target", "direction", "emergency_number"]
}

extension SiteConfig {
    /// The default language, published at the site root, from the top-level settings.
    public var defaultLanguage: SiteLanguage {
        var language = SiteLanguage(
            code: language, title: title, description: description, disclaimer: disclaimer,
            disclaimerLine: disclaimerLine, readabilityTarget: readabilityTarget, direction: direction,
            pathPrefix: "", line: languageLine
        )
        language.emergencyNumber = emergencyNumber
        return language
    }

    /// The default language first, then the others in `languages` order (by code).
    public var allLanguages: [SiteLanguage] { [defaultLanguage] + languages }

    /// The language whose code is `code` (compared ignoring case, as BCP 47 says); `nil` when the
    /// site is not published in it.
    public func language(code: String) -> SiteLanguage? {
        let wanted = code.lowercased()
        return allLanguages.first { $0.code.lowercased() == wanted }
    }
}

extension SiteConfig {
    /// These settings as a site in `language` sees them: its title, description, disclaimer,
    /// reading target, direction and emergency number in place of the default language's.
    public func settings(for language: SiteLanguage) -> SiteConfig {
        guard !language.isDefault else { return self }
        var config = self
        config.title = language.title
        config.description = language.description
        config.disclaimer = language.disclaimer
        config.disclaimerLine = language.disclaimerLine
        if let target = language.readabilityTarget { config.readabilityTarget = target }
        config.language = language.code
        config.languageLine = language.line
        config.direction = language.direction
        config.emergencyNumber = language.emergencyNumber
        return config
    }
}
