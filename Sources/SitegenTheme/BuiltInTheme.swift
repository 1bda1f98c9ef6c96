import Foundation
import SitegenModel

/// The theme sitegen carries: every file of the repository's `templates/`, put into the binary
/// when sitegen is built (`ThemeEmbedPlugin`). A site's own `templates/` file replaces only the
/// built-in file of the same path; everything else comes from here (docs/theme.md).
public enum BuiltInTheme {
    public struct File: Sendable {
        /// Path under `templates/`: `page.mustache`, `partials/footer.mustache`, `static/site.css`.
        public let path: String
        public let bytes: [UInt8]
        /// `hash(of: bytes)`: derived here, so the tool that embeds the theme needs no hash of its own.
        public var hash: String { BuiltInTheme.hash(of: bytes) }

        init(path: String, text: String) {
            self.path = path
            self.bytes = Array(text.utf8)
        }

        init(path: String, base64: String) {
            self.path = path
            self.bytes = Data(base64Encoded: base64).map { Array($0) } ?? []
        }

        /// The file as text, or nil if it is not UTF-8.
        public var text: String? { String(validating: bytes, as: UTF8.self) }
        /// A Mustache template (or partial), rather than a file copied into the site.
        public var isTemplate: Bool { path.hasSuffix(".mustache") }
    }

    /// Every file, sorted by path.
    public static let files: [File] = generatedFiles.sorted { $0.path < $1.path }

    private static let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    /// The built-in file at `path` (under `templates/`), if there is one.
    public static func file(_ path: String) -> File? { byPath[path] }

    /// What `templates/theme-versions.yml` records and `sitegen check` compares: FNV-1a (64 bits)
    /// of the bytes, as 16 hexadecimal digits. It tells versions apart; it is not a security check.
    public static func hash(of bytes: some Sequence<UInt8>) -> String {
        var hash = FNV1a()
        for byte in bytes { hash.combine(byte) }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// True when `templates` (a site's templates folder) is the folder this theme was made from:
    /// the sitegen repository's own site, whose templates/ is the theme itself.
    public static func isMadeFrom(_ templates: String) -> Bool {
        let real = URL(fileURLWithPath: templates).resolvingSymlinksInPath().standardizedFileURL.path
        let source = URL(fileURLWithPath: sourceFolder).resolvingSymlinksInPath().standardizedFileURL.path
        return real == source
    }
}
