import SitegenModel
import SitegenFileSystem
import SitegenTheme

/// The site's own files in templates/ that replace built-in ones, compared with the built-in
/// theme and with what `templates/theme-versions.yml` recorded when they were copied.
///
/// A copy whose built-in file has changed since it was made is a warning (every build, check and
/// preview says it: the site misses a fix of the theme). What an editor may take or leave (a copy
/// identical to the built-in file, a copy with no record) are suggestions that only `check` gives,
/// so `sitegen theme` followed by a build is not met with a suggestion for every file it wrote.
public enum ThemeCopies {
    /// Every message about the site's copies: warnings and suggestions.
    public static func review(siteRoot: String) -> [Diagnostic] {
        // The sitegen repository's own site: its templates/ is the theme itself.
        if BuiltInTheme.isMadeFrom(siteRoot + "/templates") { return [] }
        let (record, recordProblems) = ThemeVersions.read(siteRoot: siteRoot)
        var diagnostics = recordProblems
        var identical = 0
        var unrecorded: [String] = []
        for file in BuiltInTheme.files {
            guard let copy = bytes(of: file.path, siteRoot: siteRoot) else { continue }
            let path = "templates/" + file.path
            if copy == file.bytes {
                identical += 1
                diagnostics.append(.suggestion(path, "is the same as the built-in \(file.path); delete it, and the site gets the theme's future fixes with sitegen", category: .content))
            } else if let entry = record.entries[file.path] {
                guard entry.hash != file.hash else { continue }  // changed on purpose; the built-in one has not
                diagnostics.append(.warning(path, "replaces the built-in \(file.path), which has changed since this copy was made with sitegen \(entry.sitegen); see what differs with 'sitegen theme --diff \(file.path)' and take the changes you want into your copy (or delete it to use the built-in one), then run 'sitegen theme --mark-updated \(file.path)'"))
            } else {
                unrecorded.append(file.path)
            }
        }
        // Changed copies with no record: sitegen cannot know which version they came from. Said
        // once, and only where some other copy is still the built-in file byte for byte (a site
        // that copied the whole theme, as `sitegen init` once did), not to every site that wrote
        // its own templates.
        if identical > 0, !unrecorded.isEmpty {
            diagnostics.append(.suggestion("templates", "\(unrecorded.joined(separator: ", ")) \(unrecorded.count == 1 ? "replaces a built-in file" : "replace built-in files"), and \(ThemeVersions.path) has no record of the version \(unrecorded.count == 1 ? "it was" : "they were") copied from, so sitegen cannot tell you when the built-in \(unrecorded.count == 1 ? "one changes" : "ones change"); compare with 'sitegen theme --diff FILE', then record it with 'sitegen theme --mark-updated FILE'", category: .content))
        }
        for (copied, entry) in record.entries.sorted(by: { $0.key < $1.key }) where BuiltInTheme.file(copied) == nil {
            guard bytes(of: copied, siteRoot: siteRoot) != nil else { continue }
            diagnostics.append(.suggestion("templates/" + copied, "was copied from the built-in \(copied) of sitegen \(entry.sitegen), which this sitegen's theme no longer has; if the site no longer needs it, delete it and its entry in \(ThemeVersions.path)", category: .content))
        }
        return diagnostics
    }

    /// The bytes of the site's `templates/<path>`, if it is a regular file (a link is left to
    /// the template folder's own checks).
    private static func bytes(of path: String, siteRoot: String) -> [UInt8]? {
        let absolute = siteRoot + "/templates/" + path
        guard FileStatus(absolute)?.kind == .file, case .success(let bytes) = FileBytes.read(absolute, limit: .copied) else { return nil }
        return bytes
    }
}
