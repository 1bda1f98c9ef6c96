import Foundation

/// The files of a folder, listed in a stable order, with symbolic links that leave the site refused.
struct SourceTree {
    struct File: Sendable {
        /// Absolute path to read.
        var absolute: String
        /// Path relative to the site folder, with `/` separators: `content/imnm/symptoms.md`.
        var relative: String
        /// Size and modification time from the listing's `lstat` (nil for a followed link), so a
        /// preview can tell whether the file changed without another `stat`.
        var status: FileStatus? = nil
    }

    private(set) var files: [File] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// True when a symbolic link was followed: a change to its target is reported under the
    /// target's name, so a preview cannot trust change events alone for this tree.
    private(set) var hasLinks = false

    /// Lists every file under `folder` (relative to `siteRoot`), skipping hidden files such as
    /// `.DS_Store` and editors' swap files.
    init(siteRoot: String, folder: String) {
        let realRoot = URL(fileURLWithPath: siteRoot).resolvingSymlinksInPath().path
        walk(siteRoot: siteRoot, realRoot: realRoot, relative: folder)
    }

    private mutating func walk(siteRoot: String, realRoot: String, relative: String) {
        let absolute = siteRoot + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: absolute).sorted()
        } catch {
            diagnostics.append(.error(relative, "cannot read the folder; check that you may read it"))
            return
        }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let childRelative = relative + "/" + name
            let childAbsolute = absolute + "/" + name
            // One lstat per entry: links are resolved only when they are links.
            let status = FileStatus(childAbsolute)
            let kind = status?.kind
            var isDirectory = kind == .directory
            if kind == .link {
                hasLinks = true
                let resolved = URL(fileURLWithPath: childAbsolute).resolvingSymlinksInPath().path
                if resolved != realRoot, !resolved.hasPrefix(realRoot + "/") {
                    // A link to /etc/passwd inside content/ must never be published.
                    diagnostics.append(.warning(childRelative, "is a link to a file outside the site folder; it is not published"))
                    continue
                }
                var folder: ObjCBool = false
                isDirectory = FileManager.default.fileExists(atPath: childAbsolute, isDirectory: &folder) && folder.boolValue
            }
            if isDirectory {
                walk(siteRoot: siteRoot, realRoot: realRoot, relative: childRelative)
            } else {
                files.append(File(absolute: childAbsolute, relative: childRelative, status: kind == .link ? nil : status))
            }
        }
    }
}
