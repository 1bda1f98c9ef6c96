/// Turns the raw request target into a key of the in-memory site, refusing anything that could
/// name a file outside it.
///
/// The preview serves from a dictionary keyed by normalised paths relative to the site root
/// (`imnm/symptoms/index.html`), so nothing here can reach the disk; the checks keep answers
/// predictable and match what a careful static server does: `..` and `.` segments, encoded
/// slashes or backslashes (`%2f`, `%5c`, `\`), NUL and other control characters, and malformed
/// percent escapes are all "not found", never resolved.
enum RequestPath: Equatable {
    /// A file key, like `index.html` or `imnm/symptoms/index.html`.
    case file(String)
    /// Cannot name a file of the site.
    case invalid

    /// `raw` is the percent-encoded path of the request target, without the query.
    init(raw: String) {
        guard raw.hasPrefix("/") else { self = .invalid; return }
        let lowered = raw.lowercased()
        if raw.contains("\\") || lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") {
            self = .invalid
            return
        }
        var segments = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        var decoded: [String] = []
        for segment in segments {
            guard !segment.isEmpty,
                  let name = segment.removingPercentEncoding,
                  name != ".", name != "..",
                  !name.contains("/"), !name.contains("\\"),
                  !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            else {
                self = .invalid
                return
            }
            decoded.append(name)
        }
        let joined = decoded.joined(separator: "/")
        if isFolder {
            self = .file(joined.isEmpty ? "index.html" : joined + "/index.html")
        } else if joined.isEmpty {
            self = .file("index.html")
        } else {
            self = .file(joined)
        }
    }
}
