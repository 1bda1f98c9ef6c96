import SitegenModel

/// Which files beside the pages may be copied into the site as they are.
///
/// A web page, an SVG image or a script runs in the reader's browser with the site's address, so
/// copying one verbatim would let any file dropped into `content/` do what raw HTML in Markdown
/// may not. They are published only when `site.yml` says `allow_raw_html: true`, the same switch
/// that lets raw HTML through. `templates/static/` is the theme's own folder and is trusted: its
/// files are always copied.
enum ActiveContentRule {
    enum Kind {
        case page, picture, script

        /// What the file is, for the start of a message: "an HTML file".
        var name: String {
            switch self {
            case .page: "an HTML file"
            case .picture: "an SVG file"
            case .script: "a script file"
            }
        }

        var hint: String {
            switch self {
            case .page: "write it as a Markdown page"
            case .picture: "save the picture as a PNG"
            case .script: "put the theme's scripts in templates/static/"
            }
        }
    }

    /// Extensions of files a browser runs scripts in when it opens them from the site.
    static let kinds: [String: Kind] = [
        "html": .page, "htm": .page, "xhtml": .page, "xht": .page, "shtml": .page, "xml": .page, "xsl": .page, "xslt": .page,
        "svg": .picture, "svgz": .picture,
        "js": .script, "mjs": .script,
    ]

    static func kind(of path: String) -> Kind? {
        // On bytes: `contains("/")` on a Substring goes through Foundation's string search, which
        // made this check 2 ms of every one-edit rebuild of a site with 1,661 pictures.
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")) else { return nil }
        return kinds[path[bytes.index(after: dot)...].lowercased()]
    }

    /// One error for each file under `content/` that must not be copied with `allowRawHTML` as it is.
    static func problems(_ assets: [Asset], allowRawHTML: Bool) -> [Diagnostic] {
        if allowRawHTML { return [] }
        return assets.compactMap { asset in
            guard let kind = kind(of: asset.sourcePath) else { return nil }
            return .error(asset.sourcePath, "\(kind.name) \(kind == .script ? "would run" : "can hold scripts that would run") on the site, so it is not published while site.yml does not say 'allow_raw_html: true'; \(kind.hint), or set 'allow_raw_html: true' in site.yml if you trust everyone who adds files")
        }
    }
}
