import SitegenModel

/// The settings of issue 26 that site.yml, a language under `languages:` and a page's front
/// matter share, each checked the same way wherever it is written.
extension YAMLFields {
    /// `review_interval_days`: a whole number of days within `SiteConfig.reviewIntervals`.
    mutating func reviewInterval(example: Int) -> Int? {
        let key = "review_interval_days"
        guard let days = int(key, example: example) else { return nil }
        let range = SiteConfig.reviewIntervals
        guard range.contains(days) else {
            report(.error(path, line: line(ofKey: key), "'\(key)' must be a whole number of days from \(range.lowerBound) to \(range.upperBound) (ten years), like '\(key): \(example)' (found '\(days)')"))
            return nil
        }
        return days
    }

    /// `emergency_number`: digits only, as a reader dials them.
    mutating func emergencyNumber() -> String? {
        let key = "emergency_number"
        guard let text = string(key) else { return nil }
        guard EmergencyNumber.isValid(text) else {
            report(.error(path, line: line(ofKey: key), "'\(key)' must be the number readers call in an emergency, in digits only, like '\(key): 999' (found '\(text)')"))
            return nil
        }
        return text
    }
}
