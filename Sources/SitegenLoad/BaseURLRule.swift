import Foundation
import SitegenModel

/// What `base_url` (or `--base-url`) may be. It is written into every page's canonical link, the
/// handout's links, `sitemap.xml` and `robots.txt`, so it is checked once here: escaping it in one
/// place but not another (a line break in `robots.txt` is a new rule) would be a hole. An example
/// or local host (`placeholder`) is allowed but counts as no address at all.
package enum BaseURLRule {
    /// Why `url` cannot be used, as the end of a sentence that starts with its name; nil when fine.
    package static func problem(_ url: String) -> String? {
        if url.unicodeScalars.contains(where: isForbidden) {
            return "must not contain spaces, line breaks, quotes, '<', '>' or other control characters (found '\(url.visibleInMessages)'); write the web address as it is, and percent-encode such characters, like %20 for a space"
        }
        let isWeb = url.hasPrefix("https://") || url.hasPrefix("http://")
        guard isWeb, let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            return "must be the full web address the site is published at, like https://www.your-organisation.example/health/ (found '\(url)')"
        }
        // Every address is made by appending a page's path, so anything after the path would
        // end up in the middle of each one (`https://example.org/#x/imnm/`).
        if parts.query != nil || parts.fragment != nil {
            return "must not have a query ('?') or a fragment ('#'): every page's address is made by adding its path to it; write the address of the site's folder, like https://www.your-organisation.example/health/ (found '\(url)')"
        }
        if parts.user != nil || parts.password != nil {
            return "must not hold a user name or password ('user:password@'), which would be published in every page; write the public address, like https://www.your-organisation.example/health/"
        }
        return nil
    }

    /// What the host of a valid `url` is when it cannot be the site's public address, as the end
    /// of a sentence starting with the address (`… is an example address`); nil for any other host.
    ///
    /// These names are reserved so they never belong to anyone (RFC 2606, RFC 6761): a page that
    /// shows one to a patient shows a placeholder. `localhost` is the editor's own computer.
    package static func placeholder(_ url: String) -> String? {
        guard let written = URLComponents(string: url)?.host else { return nil }
        var host = written.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        func isOrIsUnder(_ name: String) -> Bool { host == name || host.hasSuffix("." + name) }
        if ["example.com", "example.net", "example.org", "example"].contains(where: isOrIsUnder) { return "an example address" }
        if ["test", "invalid"].contains(where: isOrIsUnder) { return "a test address" }
        if isOrIsUnder("localhost") { return "this computer's own address" }
        return nil
    }

    /// Characters that end an HTML attribute or a line, or are invisible: never part of an address.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if "\"'<>`\\".unicodeScalars.contains(scalar) { return true }
        let properties = scalar.properties
        return properties.isWhitespace || properties.generalCategory == .control || properties.generalCategory == .format
    }
}
