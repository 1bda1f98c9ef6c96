import SitegenModel

/// Reads and checks `site.yml`.
package enum SiteConfigLoader {
    package static let path = SiteConfig.path

    package static func load(text: String, baseURLOverride: String?) -> (SiteConfig?, [Diagnostic]) {
        var fields = YAMLFields(yaml: text, path: path, lineOffset: 0, knownKeys: SiteConfig.knownKeys, what: "site.yml")
        if !fields.diagnostics.errors.isEmpty { return (nil, fields.diagnostics) }
        let title = fields.requiredString("title", example: "Patient Health Library", what: "site.yml")
        var baseURL = baseURLOverride ?? fields.requiredString("base_url", example: "https://example.org/", what: "site.yml")
        let written = fields.string("language") ?? "en"
        let language = LanguageCode.problem(written) == nil ? LanguageCode.canonical(written) : written
        let description = fields.string("description") ?? ""
        let disclaimer = fields.string("disclaimer") ?? ""
        let allowRawHTML = fields.bool("allow_raw_html") ?? false

        if let url = baseURL {
            let place = baseURLOverride == nil ? fields.line(ofKey: "base_url") : nil
            let origin = baseURLOverride == nil ? "'base_url'" : "--base-url"
            if let problem = BaseURLRule.problem(url) {
                // The command line checks --base-url before a build; a caller that did not gets it labelled as the option.
                fields.report(baseURLOverride == nil ? .error(path, line: place, "\(origin) \(problem)") : .error(origin, "\(problem)"))
                baseURL = nil
            } else if !url.hasSuffix("/") {
                baseURL = url + "/"  // the site is a folder: canonical URLs are built by appending to it
            }
        }
        var config = SiteConfig(
            title: title ?? "", baseURL: baseURL ?? "", language: language, description: description,
            disclaimer: disclaimer, allowRawHTML: allowRawHTML
        )
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
        guard title != nil, baseURL != nil, fields.diagnostics.errors.isEmpty else { return (nil, fields.diagnostics) }
        return (config, fields.diagnostics)
    }
}
