/// An old address of a page, from its `aliases:` list: a path from the site root as printed on
/// old handouts. A leading `/` is optional; a path ending in `.html` (or `.htm`) is that file,
/// any other path is a folder (`imnm/cure` and `imnm/cure/` both write `imnm/cure/index.html`).
public struct PageAlias: Sendable, Equatable, Hashable {
    /// As the editor wrote it, for messages.
    public var written: String
    /// The address from the site root without a leading `/`: `imnm/cure/` or `old/cure.html`.
    public var address: String
    /// The file written there, relative to the output root.
    public var outputPath: String
    /// The line of the alias in the page's file.
    public var line: Int

    /// The longest file or folder name disks allow (255 bytes on Linux, macOS and Windows).
    static let maximumPartBytes = 255

    /// Reads one alias, or says what is wrong with it.
    public static func parse(_ text: String, line: Int) -> Result<PageAlias, AliasProblem> {
        var path = Substring(text)
        if path.hasPrefix("/"), !path.hasPrefix("//") { path = path.dropFirst() }
        if path.isEmpty { return .failure(.siteRoot) }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }) {
            return .failure(.notClean("spaces, tabs or control characters"))
        }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return .failure(.notClean("a scheme like 'https:'; give the path only")) }
        if path.contains("?") || path.contains("#") { return .failure(.notClean("a query ('?') or a fragment ('#')")) }
        if path.contains("\\") { return .failure(.notClean("a backslash; use '/'")) }
        let isFolder = path.hasSuffix("/")
        let parts = (isFolder ? path.dropLast() : path).split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: \.isEmpty) { return .failure(.notClean("an empty part ('//')")) }
        if parts.contains(where: { $0 == "." || $0 == ".." }) { return .failure(.notClean("a '.' or '..' part")) }
        // Hidden names (`.git/`, `.sitegen-manifest`) are sitegen's, the server's or nobody's to publish.
        if parts.contains(where: { $0.hasPrefix(".") }) { return .failure(.notClean("a part starting with '.', a hidden name such as '.git'")) }
        // Invisible characters that reorder or hide text (U+202E turns 'lmth.exe' into 'exe.html').
        if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
            return .failure(.notClean("an invisible formatting character (such as U+202E, which reverses text)"))
        }
        if parts.contains(where: { $0.utf8.count > maximumPartBytes }) {
            return .failure(.notClean("a part longer than \(maximumPartBytes) bytes, more than a file or folder name may have"))
        }
        let lower = path.lowercased()
        let address: String
        let outputPath: String
        if !isFolder, lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            address = String(path)
            outputPath = address
        } else {
            address = isFolder ? String(path) : path + "/"
            outputPath = address + "index.html"
        }
        return .success(PageAlias(written: text, address: address, outputPath: outputPath, line: line))
    }
}

/// Why an alias cannot be used.
public enum AliasProblem: Error, Sendable, Equatable {
    case siteRoot
    case notClean(String)

    public var message: String { message(section: "my-section") }

    /// The message, with an example address in `section` (the page's own section's address).
    public func message(section: String) -> String {
        switch self {
        case .siteRoot: return "is the site's home page; an alias must be an old address of this page, like '\(section)/old-name/'"
        case .notClean(let what): return "has \(what); write a path from the site root, like '\(section)/old-name/' or 'old/page.html'"
        }
    }
}
