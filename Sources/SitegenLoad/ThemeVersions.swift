import Foundation
import Yams
import SitegenModel

/// `templates/theme-versions.yml`: which built-in theme files `sitegen theme` copied into the
/// site's templates/, each with the hash of the built-in file at that time and the sitegen that
/// copied it. `sitegen check` compares the hashes with the theme of the sitegen it runs, to tell
/// when a copied file has changed in sitegen since. Never a template, never published.
package struct ThemeVersions: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        /// `BuiltInTheme.hash(of:)` of the built-in file when it was copied.
        package var hash: String
        /// The sitegen version that copied it (`0.16.0`).
        package var sitegen: String

        package init(hash: String, sitegen: String) {
            self.hash = hash
            self.sitegen = sitegen
        }
    }

    /// Path under templates/ (`page.mustache`) → entry.
    package var entries: [String: Entry] = [:]

    package init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The file's name inside templates/, and its path in the site.
    package static let name = "theme-versions.yml"
    package static let path = "templates/" + name

    /// The site's record, empty when it has none. A record sitegen cannot read is a warning:
    /// the copies are then checked as if there were none.
    package static func read(siteRoot: String) -> (ThemeVersions, [Diagnostic]) {
        let file = siteRoot + "/" + path
        guard FileManager.default.fileExists(atPath: file) else { return (ThemeVersions(), []) }
        let text: String
        switch TextFile.read(file, path: path) {
        case .success(let read): text = read
        case .failure(let problem): return (ThemeVersions(), [.warning(problem.path, problem.message)])
        }
        if let versions = parse(text) { return (versions, []) }
        return (ThemeVersions(), [.warning(path, "is not a record sitegen can read; sitegen writes this file when 'sitegen theme' copies a file of the built-in theme: delete it, then run 'sitegen theme --mark-updated FILE' for each file you copied")])
    }

    /// Each entry is `path:` with `hash:` and `sitegen:` under it; nil for any other shape.
    package static func parse(_ text: String) -> ThemeVersions? {
        let composed: Node?
        do { composed = try YAMLReader.compose(text) } catch { return nil }
        guard let root = composed else { return ThemeVersions() }
        guard case .mapping(let mapping) = root else { return nil }
        var versions = ThemeVersions()
        for (key, value) in mapping {
            guard let path = key.scalar?.string, case .mapping = value,
                  let hash = value["hash"]?.scalar?.string, let sitegen = value["sitegen"]?.scalar?.string else { return nil }
            versions.entries[path] = Entry(hash: hash, sitegen: sitegen)
        }
        return versions
    }

    /// The file as sitegen writes it, entries sorted by path.
    package var text: String {
        var lines = [
            "# Written by 'sitegen theme': the files of sitegen's built-in theme copied into templates/,",
            "# each with a fingerprint of the built-in file when it was copied and the sitegen that copied",
            "# it. 'sitegen check' compares them with the theme of the sitegen you run, and tells you when",
            "# a file you copied has changed in sitegen since. sitegen keeps this file up to date; it is",
            "# not a template and is never published. See docs/theme.md.",
        ]
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            lines += ["\(Self.key(path)):", "  hash: \"\(entry.hash)\"", "  sitegen: \"\(entry.sitegen)\""]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A key YAML reads back as written: the built-in theme's paths (letters, digits, `-`, `_`,
    /// `.` and `/`) as they are, anything else quoted.
    private static func key(_ path: String) -> String {
        let plain = path.first?.isLetter == true && path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        if plain { return path }
        return "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
