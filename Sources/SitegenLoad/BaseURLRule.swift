import Foundation

/// What `base_url` (or `--base-url`) may be. It is written into every page's canonical link, the
/// handout's links, `sitemap.xml` and `robots.txt`, so it is checked once here: escaping it in one
/// place but not another (a line break in `robots.txt` is a new rule) would be a hole.
enum BaseURLRule {
    /// Why `url` cannot be used, as the end of a sentence that starts with its name; nil when fine.
    static func problem(_ url: String) -> String? {
        if url.unicodeScalars.contains(where: isForbidden) {
            return "must not contain spaces, line breaks, quotes, '<', '>' or other control characters (found '\(visible(url))'); write the web address as it is, and percent-encode such characters, like %20 for a space"
        }
        let isWeb = url.hasPrefix("https://") || url.hasPrefix("http://")
        guard isWeb, let host = URLComponents(string: url)?.host, !host.isEmpty else {
            return "must be the full web address the site is published at, like https://example.org/health/ (found '\(url)')"
        }
        return nil
    }

    /// Characters that end an HTML attribute or a line, or are invisible: never part of an address.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if "\"'<>`\\".unicodeScalars.contains(scalar) { return true }
        let properties = scalar.properties
        return properties.isWhitespace || properties.generalCategory == .control || properties.generalCategory == .format
    }

    /// `url` with line breaks and other control characters written as `\n` or `\u{7}`, so the
    /// message stays on one line.
    private static func visible(_ url: String) -> String {
        var text = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator {
                    text += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text
    }
}
