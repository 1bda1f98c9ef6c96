/// Settings from `site.yml`, already checked.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    /// Absolute URL the site is published at, always ending in `/`. Used only where a URL must be
    /// absolute (canonical links, the handouts' address, sitemap, robots.txt); every other link is
    /// relative. Nil while the site's address is unknown (no `base_url`, or an example one like
    /// `https://example.org/`): then those are left out, rather than showing patients an address
    /// that is not the site's.
    public var baseURL: String?
    /// The path of the site's folder on its server, with its slashes (`/` or `/health/`), for the
    /// links of the 404 page (served at any depth) and `_redirects`: from `base_url`, even an
    /// example one (`http://localhost:8000/health/` on a test server), else `/`.
    public var basePath: String = "/"
    public var language: String
    public var description: String
    /// Markdown shown on every page.
    public var disclaimer: String
    /// Line of `disclaimer:` in site.yml, for messages about it.
    public var disclaimerLine: Int = 1
    /// Raw HTML in Markdown is dropped unless an editor opts in, because it can carry scripts.
    public var allowRawHTML: Bool
    /// English pages whose grade on `readability` is above this get a warning (US school grade).
    public var readabilityTarget: Double = 8
    /// The formula that grades English pages for that warning: SMOG unless the site says otherwise.
    public var readability: ReadabilityMeasure = .standard
    /// Pages reviewed longer ago than this get a warning, unless a page sets its own
    /// (`review_interval_days` in its front matter); `last_reviewed` plus it is the next review.
    public var reviewIntervalDays: Int = 730
    /// What `{emergency_number}` in a care card stands for: `emergency_number`, else the default
    /// of the language's region (`EmergencyNumber`); nil when neither says.
    public var emergencyNumber: String?
    /// Line of `language:` in site.yml (1 when it is not written), for messages about it.
    public var languageLine: Int = 1
    /// Writing direction of the default language: `rtl` for Arabic or Hebrew unless set.
    public var direction: SiteLanguage.Direction = .ltr
    /// The languages besides `language`, each published under its own folder, ordered by code.
    public var languages: [SiteLanguage] = []
    /// The PEMAT checks that run (`pemat:` turns some off); every one unless the site says otherwise.
    public var pematChecks: Set<PEMATCheck> = Set(PEMATCheck.allCases)

    public init(
        title: String, baseURL: String?, language: String = "en", description: String = "",
        disclaimer: String = "", allowRawHTML: Bool = false
    ) {
        self.title = title
        self.baseURL = baseURL
        basePath = baseURL.map(Self.path(of:)) ?? "/"
        self.language = language
        self.description = description
        self.disclaimer = disclaimer
        self.allowRawHTML = allowRawHTML
    }

    public static let knownKeys: [String] = [
        "title", "base_url", "language", "description", "disclaimer", "allow_raw_html",
        "readability_target", "review_interval_days", "direction", "languages", "readability", "pemat",
        "emergency_number",
    ]
}

extension SiteConfig {
    /// The path part of a web address, with its slashes: `/` for `https://example.org`, `/health/`
    /// for `https://example.org/health/`.
    public static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "/" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The settings file, relative to the site folder.
    package static let path = "site.yml"
    /// What `readability_target` may be: a school grade (English) or a reading ease from 0 to 100
    /// (Spanish). Beyond it a target means nothing, and a huge one broke the messages quoting it.
    package static let readabilityTargets: ClosedRange<Double> = 0...100
    /// What `review_interval_days` may be, in site.yml or a page: up to ten years, so the next
    /// review is a real date (a huge number overflowed the date arithmetic).
    public static let reviewIntervals: ClosedRange<Int> = 1...3650
}
