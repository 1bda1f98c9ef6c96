/// Locations as they are written into pages: the one place a Unicode address becomes a URL.
///
/// Pages and folders keep their Unicode names in the output (`public/糖尿病/index.html`), and
/// `Page.url` is that location. Every address written into HTML, XML or JSON goes through
/// `encoded`, so links, canonical URLs, the sitemap, JSON-LD, redirects and the search index are
/// valid URLs (RFC 3986): `糖尿病/` is written `%E7%B3%96%E5%B0%BF%E7%97%85/`.
public enum URLPath {
    /// `location` with every byte a URL path cannot hold percent-encoded as UTF-8 (uppercase hex).
    ///
    /// `%` is left as it is, so an address encoded already comes back unchanged: encoding twice
    /// is harmless, and a path joined from an encoded part and a Unicode one comes out whole.
    /// `/` separates segments and stays.
    public static func encoded(_ location: String) -> String {
        // Nearly every address is a plain ASCII slug: nothing to copy.
        guard location.utf8.contains(where: { !isAllowed($0) }) else { return location }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(location.utf8.count * 3)
        for byte in location.utf8 {
            if isAllowed(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 3986 `pchar` (unreserved, sub-delims, `:` and `@`), the `/` between segments, and `%`.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "/"):
            return true
        default:
            return "._~!$&'()*+,;=:@%".utf8.contains(byte)
        }
    }
}

extension SiteConfig {
    /// The absolute URL of a location (`imnm/symptoms/`, `糖尿病/`), for canonical links, the
    /// sitemap, JSON-LD and the handout; nil while the site's address is unknown.
    public func absoluteURL(of location: String) -> String? {
        baseURL.map { $0 + URLPath.encoded(location) }
    }

    /// The same address as a reader types it, letters of any script as written
    /// (`https://example.org/糖尿病/`), for showing as text; nil while the address is unknown.
    public func addressText(of location: String) -> String? {
        baseURL.map { $0 + location }
    }
}
