import Foundation
import SitegenModel

extension BodyRenderer {
    /// Whether the page's Markdown has `{emergency_number}` at all: a search of its bytes, so
    /// the tree is walked for it only on the pages that use it.
    static func mentionsEmergencyNumber(_ markdown: String) -> Bool {
        markdown.withCString { strstr($0, EmergencyNumber.placeholder) != nil }
    }

    /// The error for `{emergency_number}` on a page of a language with no number: neither
    /// site.yml nor the language's region gives one (`EmergencyNumber`).
    static func noEmergencyNumber(language: String, isDefault: Bool) -> String {
        let fix = isDefault
            ? "add the number your readers call, like 'emergency_number: 999', to site.yml"
            : "add the number its readers call under '\(language):' in 'languages:' of site.yml, like 'emergency_number: 112', or one for the whole site at the top"
        return "'{emergency_number}' has no number to stand for: site.yml sets no 'emergency_number', and the language code '\(language)' names no region with a known number (as 'en-GB' or 'es-MX' do); \(fix)"
    }
}
