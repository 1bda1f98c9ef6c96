import Testing
@testable import SitegenModel
@testable import SitegenLoad

/// Issue 26: `emergency_number` (site.yml and per language) and `review_interval_days` (site.yml
/// and a page's front matter).
@Suite struct HealthSettingsTests {
    static let head = "title: Example Library\nbase_url: https://www.clinic-health.org/\n"

    func load(_ text: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = SiteConfigLoader.load(text: text, baseURLOverride: nil)
        return (config, diagnostics.map(\.description))
    }

    @Test(arguments: [
        ("en-GB", "999"), ("en-US", "911"), ("en-CA", "911"), ("es-MX", "911"), ("es-ES", "112"), ("fr-FR", "112"),
        ("de-AT", "112"), ("en-IE", "112"), ("en-AU", "000"), ("en-NZ", "111"), ("zh-Hant-TW", nil), ("es-419", nil),
        ("en", nil), ("es", nil),
    ] as [(String, String?)])
    func aRegionHasItsDefaultAndABareLanguageNone(code: String, number: String?) {
        let (config, messages) = load(Self.head + "language: \(code)\n")
        #expect(messages.isEmpty)
        #expect(config?.emergencyNumber == number, "\(code)")
    }

    @Test func theSiteSettingWinsOverTheRegion() {
        let (config, messages) = load(Self.head + "language: en-GB\nemergency_number: 112\n")
        #expect(messages.isEmpty)
        #expect(config?.emergencyNumber == "112")
        // YAML would read 000 as the number 0: it is kept as written.
        #expect(load(Self.head + "language: en\nemergency_number: 000\n").0?.emergencyNumber == "000")
    }

    @Test(arguments: ["nine-nine-nine", "+44 999", "9", "1234567890123456"])
    func aNumberIsDigitsOnly(written: String) {
        let (config, messages) = load(Self.head + "emergency_number: \"\(written)\"\n")
        #expect(config == nil)
        #expect(messages == ["site.yml:3: error: 'emergency_number' must be the number readers call in an emergency, in digits only, like 'emergency_number: 999' (found '\(written)')"], "\(written)")
    }

    /// Each language: its own number, else its region's, else the site's.
    @Test func eachLanguageHasItsNumber() throws {
        let (config, messages) = load(Self.head + """
            language: en
            emergency_number: 999
            languages:
              es:
                disclaimer: Ejemplo.
              es-MX:
                disclaimer: Ejemplo.
              fr:
                disclaimer: Exemple.
                emergency_number: 112

            """)
        #expect(messages.isEmpty)
        let site = try #require(config)
        #expect(site.allLanguages.map(\.emergencyNumber) == ["999", "999", "911", "112"])
        #expect(site.settings(for: site.languages[1]).emergencyNumber == "911")
        let (bare, _) = load(Self.head + "language: en\nlanguages:\n  es:\n    disclaimer: Ejemplo.\n")
        #expect(bare?.languages.first?.emergencyNumber == nil)
        let (wrong, errors) = load(Self.head + "languages:\n  es:\n    emergency_number: uno\n")
        #expect(wrong == nil)
        #expect(errors == ["site.yml:5: error: 'emergency_number' must be the number readers call in an emergency, in digits only, like 'emergency_number: 999' (found 'uno')"])
    }

    /// A huge interval overflowed the next review's date arithmetic (the review dashboard
    /// crashed): ten years at most, in site.yml as in a page.
    @Test(arguments: ["0", "-5", "3651", "9223372036854775807"])
    func aSiteIntervalOutOfRangeIsAnError(days: String) {
        let (config, messages) = load(Self.head + "review_interval_days: \(days)\n")
        #expect(config == nil)
        #expect(messages == ["site.yml:3: error: 'review_interval_days' must be a whole number of days from 1 to 3650 (ten years), like 'review_interval_days: 730' (found '\(days)')"])
    }

    @Test func aPageMaySetItsOwnInterval() {
        let parsed = FrontMatterParser.parse("---\ntitle: Example\nlast_reviewed: 2026-01-10\nreview_interval_days: 365\n---\nText.\n", path: "content/a/b.md")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.reviewIntervalDays == 365)
        #expect(parsed.frontMatter?.nextReview(siteInterval: 730) == CalendarDate(iso: "2027-01-10"))
        let without = FrontMatterParser.parse("---\ntitle: Example\nlast_reviewed: 2026-01-10\n---\n", path: "content/a/b.md")
        #expect(without.frontMatter?.reviewIntervalDays == nil)
        #expect(without.frontMatter?.nextReview(siteInterval: 730) == CalendarDate(iso: "2028-01-10"))
    }

    @Test(arguments: [
        ("0", "'review_interval_days' must be a whole number of days from 1 to 3650 (ten years), like 'review_interval_days: 365' (found '0')"),
        ("99999", "'review_interval_days' must be a whole number of days from 1 to 3650 (ten years), like 'review_interval_days: 365' (found '99999')"),
        ("1.5", "'review_interval_days' must be a whole number, like 'review_interval_days: 365' (found '1.5')"),
        ("[1]", "'review_interval_days' must be a whole number, like 'review_interval_days: 365' (found 'a list')"),
    ])
    func aWrongPageIntervalIsAnErrorAtItsLine(written: String, message: String) {
        let parsed = FrontMatterParser.parse("---\ntitle: Example\nreview_interval_days: \(written)\n---\n", path: "content/a/b.md")
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == ["content/a/b.md:3: error: \(message)"])
    }
}
