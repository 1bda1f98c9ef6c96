import Foundation
import SitegenModel
import SitegenFileSystem
import SitegenLoad
import SitegenTheme
import SitegenWrite

/// `sitegen theme`: copies files of the built-in theme into the site's templates/ to change them,
/// never replacing a file, and records each copy in `templates/theme-versions.yml` so that
/// `check` can tell when the built-in file changes later. Also prints a built-in file, compares
/// it with the site's copy, and records that a copy has taken in the current built-in version.
public enum SiteTheme {
    /// A built-in file as the commands name it: its path under templates/ (`partials/footer.mustache`).
    public struct Entry: Sendable, Equatable {
        public var path: String
        /// True when the site has its own `templates/<path>`, which replaces the built-in one.
        public var replaced: Bool
    }

    /// Every built-in file, and whether the site replaces it.
    public static func list(siteRoot: String) -> [Entry] {
        BuiltInTheme.files.map { Entry(path: $0.path, replaced: FileStatus(siteRoot + "/templates/" + $0.path) != nil) }
    }

    /// Writes the built-in files named (all of them when `names` is empty) into templates/ and
    /// records them; returns the site-relative paths written. Writes nothing if any of them
    /// exists already.
    public static func write(_ names: [String], siteRoot: String, version: String) throws(Diagnostic) -> [String] {
        try requireSite(siteRoot)
        let files = try resolve(names)
        let taken = files.filter { WritePermission.themeFile("templates/" + $0.path, siteRoot: siteRoot) == "already exists" }
        if taken.count == 1, let file = taken.first {
            throw .error("templates/" + file.path, "already exists, so 'sitegen theme' would replace it; nothing was written. Compare it with the built-in one: 'sitegen theme --diff \(file.path)'; to start again from the built-in one, delete yours first")
        }
        if !taken.isEmpty {
            throw .error("templates", "\(taken.count) files already exist, so 'sitegen theme' would replace them: \(taken.map(\.path).joined(separator: ", ")); nothing was written. Name only the files you want to copy, like 'sitegen theme partials/footer.mustache', or compare yours with 'sitegen theme --diff FILE'")
        }
        for file in files {
            if let problem = WritePermission.themeFile("templates/" + file.path, siteRoot: siteRoot) { throw .error("templates/" + file.path, problem) }
        }
        var (record, _) = ThemeVersions.read(siteRoot: siteRoot)
        for file in files {
            try save(file.bytes, to: "templates/" + file.path, siteRoot: siteRoot)
            record.entries[file.path] = ThemeVersions.Entry(hash: file.hash, sitegen: version)
        }
        try save(Array(record.text.utf8), to: ThemeVersions.path, siteRoot: siteRoot, replacing: true)
        return files.map { "templates/" + $0.path }
    }

    /// Records that the site's copies of `names` take in this sitegen's built-in versions (after
    /// comparing them with `--diff`), so `check` stops saying they changed.
    public static func markUpdated(_ names: [String], siteRoot: String, version: String) throws(Diagnostic) -> [String] {
        try requireSite(siteRoot)
        guard !names.isEmpty else { throw .error("templates", "name the files to mark, like 'sitegen theme --mark-updated page.mustache'") }
        let files = try resolve(names)
        var (record, _) = ThemeVersions.read(siteRoot: siteRoot)
        for file in files {
            guard FileStatus(siteRoot + "/templates/" + file.path)?.kind == .file else {
                throw .error("templates/" + file.path, "does not exist, so there is no copy to mark; the site uses the built-in \(file.path)")
            }
            record.entries[file.path] = ThemeVersions.Entry(hash: file.hash, sitegen: version)
        }
        try save(Array(record.text.utf8), to: ThemeVersions.path, siteRoot: siteRoot, replacing: true)
        return files.map { "templates/" + $0.path }
    }

    /// The built-in file's bytes, to print.
    public static func builtIn(_ name: String) throws(Diagnostic) -> [UInt8] {
        try resolve([name])[0].bytes
    }

    /// What would change in the site's copy of `name` to make it the built-in one, as a unified
    /// diff; a sentence when they are the same or the site has no copy.
    public static func diff(_ name: String, siteRoot: String, version: String) throws(Diagnostic) -> String {
        let file = try resolve([name])[0]
        let path = "templates/" + file.path
        guard FileStatus(siteRoot + "/" + path)?.kind == .file else {
            return "\(path) does not exist: the site uses the built-in \(file.path) as it is.\n"
        }
        let copy: String
        switch TextFile.read(siteRoot + "/" + path, path: path) {
        case .success(let text): copy = text
        case .failure(let problem): throw problem
        }
        guard let builtIn = file.text else {
            var same = false
            if case .success(let bytes) = FileBytes.read(siteRoot + "/" + path, limit: .copied) { same = bytes == file.bytes }
            return "\(path) \(same ? "is the same as" : "differs from") the built-in \(file.path) (not a text file, so no lines are shown).\n"
        }
        let diff = LineDiff.unified(from: copy, to: builtIn, oldName: "\(path) (yours)", newName: "built-in \(path) (sitegen \(version))")
        return diff.isEmpty ? "\(path) is the same as the built-in \(file.path).\n" : diff
    }

    /// The built-in files named: by their path under templates/ (`partials/footer.mustache`,
    /// `templates/` before it allowed), or by a name only one of them has (`footer.mustache`,
    /// `site.css`). All of them for no names.
    static func resolve(_ names: [String]) throws(Diagnostic) -> [BuiltInTheme.File] {
        if names.isEmpty { return BuiltInTheme.files }
        var files: [BuiltInTheme.File] = []
        for name in names {
            let path = name.hasPrefix("templates/") ? String(name.dropFirst("templates/".count)) : name
            let byName = BuiltInTheme.files.filter { $0.path.hasSuffix("/" + path) }
            guard let file = BuiltInTheme.file(path) ?? (byName.count == 1 ? byName[0] : nil) else {
                let all = BuiltInTheme.files.map(\.path)
                let near = Suggestion.closest(to: path, in: all).map { "did you mean '\($0)'? " } ?? ""
                throw .error("templates/" + path, "is not a file of the built-in theme; \(near)its files are: \(all.joined(separator: ", "))")
            }
            if !files.contains(where: { $0.path == file.path }) { files.append(file) }
        }
        return files
    }

    private static func requireSite(_ siteRoot: String) throws(Diagnostic) {
        // The same one message as every other command in a folder without a site.
        if let message = SiteFolder.noSite(source: siteRoot) { throw .error("sitegen", message) }
    }

    private static func save(_ bytes: [UInt8], to relative: String, siteRoot: String, replacing: Bool = false) throws(Diagnostic) {
        let target = URL(fileURLWithPath: siteRoot + "/" + relative)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: target, options: replacing ? .atomic : .withoutOverwriting)
        } catch {
            throw .error(relative, "cannot be written (\(SystemError.describe(error))); check that you may write to the site folder")
        }
    }
}
