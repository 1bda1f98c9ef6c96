import SitegenModel

/// Reads and checks `site.yml`.
package enum SiteConfigLoader {
    package static let path = SiteConfig.path

    package static func load(text: String, baseURLOverride: String?) -> (SiteConfig?, [Diagnostic]) {
        var fields = YAMLFields(yaml: text, path: path, lineOffset: 0, knownKeys: SiteConfig.knownKeys, what: "site.yml")
        if !fields.diagnostics.errors.isEmpty { return (nil, fields.diagnostics) }
        let title = fields.requiredString("title", example: "Patient Health Library", what: "site.yml")
        let address = siteAddress(override: baseURLOverride, in: &fields)
        let written = fields.string("language") ?? "en"
        let language = LanguageCode.problem(written) == nil ? LanguageCode.canonical(written) : written
        let description = fields.string("description") ?? ""
        let disclaimer = fields.string("disclaimer") ?? ""
        let allowRawHTML = fields.bool("allow_raw_html") ?? false

        var config = SiteConfig(
            title: title ?? "", baseURL: address.url, language: language, description: description,
            disclaimer: disclaimer, allowRawHTML: allowRawHTML
        )
        config.basePath = address.path
        config.disclaimerLine = fields.line(ofKey: "disclaimer")
        config.languageLine = fields.line(ofKey: "language")
        config.direction = LanguageCode.isRightToLeft(language) ? .rtl : .ltr
        if let written = fields.string("direction") {
            if let direction = SiteLanguage.Direction(rawValue: written.lowercased()) { config.direction = direction } else {
                fields.report(.error(path, line: fields.line(ofKey: "direction"), "'direction' must be 'ltr' (left to right) or 'rtl' (right to left), not '\(written)'"))
            }
        }
        if let written = fields.string("readability") {
            if let measure = ReadabilityMeasure(rawValue: written.lowercased()) { config.readability = measure } else {
                fields.report(.error(path, line: fields.line(ofKey: "readability"), "'readability' must be 'smog' or 'flesch-kincaid' (found '\(written)')"))
            }
        }
        if let target = fields.number("readability_target", example: "8", range: SiteConfig.readabilityTargets) { config.readabilityTarget = target }
        if let days = fields.reviewInterval(example: 730) { config.reviewIntervalDays = days }
        config.emergencyNumber = fields.emergencyNumber() ?? EmergencyNumber.regionDefault(forLanguage: language)
        config.pematChecks = PEMATSettingsLoader.checks(in: &fields)
        // After the top-level settings, which a language leaves out to inherit them.
        config.languages = LanguagesLoader.languages(in: &fields, default: config)
        guard title != nil, fields.diagnostics.errors.isEmpty else { return (nil, fields.diagnostics) }
        return (config, fields.diagnostics)
    }

    /// What the build leaves out while the site's address is unknown, for the one note that says so.
    package static let leftOut = "the pages have no canonical link, the handouts no \"online version\" address, and there is no sitemap.xml and no web search for readers without JavaScript"

    /// The site's address (`base_url`, or `--base-url` instead), ending in `/`: nil while it is
    /// unknown (not given, or an example or local host), which a note says once. `path` is the
    /// path of whatever valid address was given, for the 404 page and `_redirects`.
    private static func siteAddress(override: String?, in fields: inout YAMLFields) -> (url: String?, path: String) {
        guard let written = override ?? fields.string("base_url") else {
            fields.report(.note(path, "no base_url, so \(leftOut); set base_url to the site's real address when you know it"))
            return (nil, "/")
        }
        let place = override == nil ? fields.line(ofKey: "base_url") : nil
        if let problem = BaseURLRule.problem(written) {
            // The command line checks --base-url before a build; a caller that did not gets it labelled as the option.
            fields.report(override == nil ? .error(path, line: place, "'base_url' \(problem)") : .error("--base-url", problem))
            return (nil, "/")
        }
        // The site is a folder: every page's address is made by appending to it.
        let url = written.hasSuffix("/") ? written : written + "/"
        guard let kind = BaseURLRule.placeholder(url) else { return (url, SiteConfig.path(of: url)) }
        fields.report(override == nil
            ? .note(path, line: place, "base_url \(written) is \(kind), so \(leftOut); set base_url to the site's real address when you know it")
            : .note("--base-url", "\(written) is \(kind), so \(leftOut); give the site's real address when you know it"))
        return (nil, SiteConfig.path(of: url))
    }
}
