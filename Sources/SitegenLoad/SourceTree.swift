import Foundation
import SitegenModel
import SitegenFileSystem

/// The files of a folder, listed in a stable order, with symbolic links that leave the site refused.
///
/// The walk always ends and never opens anything: a link to a folder already listed (such as a
/// link to `.`) is reported instead of followed, and named pipes and devices are reported
/// instead of listed, because reading one waits forever.
package struct SourceTree {
    package struct File: Sendable {
        /// Absolute path to read.
        package var absolute: String
        /// Path relative to the site folder, with `/` separators: `content/imnm/symptoms.md`.
        package var relative: String
        /// Size and modification time from the listing's `lstat` (nil for a followed link), so a
        /// later build can tell whether the file changed without another `stat`.
        package var status: FileStatus? = nil
    }

    package private(set) var files: [File] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// True when a symbolic link was followed: a change to its target is reported under the
    /// target's name, so a list of changed paths cannot be trusted alone for this tree.
    private(set) var hasLinks = false
    /// Links to files outside the site folder, left out (relative paths): a page that links to
    /// one is told so, rather than that the file does not exist.
    package private(set) var linkedOutside: [String] = []
    /// Every folder listed, by identity, with the path it was first listed under.
    private var listed: [FileStatus.Identity: String] = [:]

    /// Lists every file under `folder` (relative to `siteRoot`), skipping hidden files such as
    /// `.DS_Store` and editors' swap files.
    package init(siteRoot: String, folder: String) {
        let realRoot = URL(fileURLWithPath: siteRoot).resolvingSymlinksInPath().path
        if let outside = Self.linkOutside(siteRoot: siteRoot, relative: folder) {
            diagnostics.append(outside)
            return
        }
        guard let status = FileStatus(siteRoot + "/" + folder, followingLinks: true) else { return }
        listed[status.identity] = folder
        walk(siteRoot: siteRoot, realRoot: realRoot, relative: folder, path: [status.identity])
    }

    /// An error when `relative` (`content`, `glossary.yml`) is a symbolic link to something
    /// outside the site folder: everything under it would be published from elsewhere.
    static func linkOutside(siteRoot: String, relative: String) -> Diagnostic? {
        let absolute = siteRoot + "/" + relative
        guard FileStatus(absolute)?.kind == .link else { return nil }
        let realRoot = URL(fileURLWithPath: siteRoot).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard resolved != realRoot, !resolved.hasPrefix(realRoot + "/") else { return nil }
        return .error(relative, "is a link to \(resolved), outside the site folder; sitegen publishes only what is inside the site folder, so copy the files into it instead of linking")
    }

    private mutating func walk(siteRoot: String, realRoot: String, relative: String, path: [FileStatus.Identity]) {
        let absolute = siteRoot + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: absolute).sorted()
        } catch {
            diagnostics.append(.error(relative, "cannot read the folder; check that you may read it"))
            return
        }
        for name in names where ContentName.isListed(name) {
            let childRelative = relative + "/" + name
            let childAbsolute = absolute + "/" + name
            // One lstat per entry: links are resolved only when they are links.
            guard var status = FileStatus(childAbsolute) else { continue }
            let isLink = status.kind == .link
            if isLink {
                hasLinks = true
                let resolved = URL(fileURLWithPath: childAbsolute).resolvingSymlinksInPath().path
                if resolved != realRoot, !resolved.hasPrefix(realRoot + "/") {
                    // A link to /etc/passwd inside content/ must never be published.
                    diagnostics.append(.warning(childRelative, "is a link to a file outside the site folder; it is not published"))
                    linkedOutside.append(childRelative)
                    continue
                }
                guard let target = FileStatus(childAbsolute, followingLinks: true) else {
                    // A broken link: reading it says so.
                    files.append(File(absolute: childAbsolute, relative: childRelative))
                    continue
                }
                status = target
            }
            switch status.kind {
            case .directory:
                if let first = listed[status.identity] {
                    // Following it would list the same files again, or without end when it
                    // leads back to a folder the walk is in (a link to `.`).
                    if path.contains(status.identity) {
                        diagnostics.append(.error(childRelative, "is a link to \(first), a folder it is inside of, so the folder would contain itself without end; remove the link"))
                    } else if isLink {
                        diagnostics.append(.error(childRelative, "is the same folder as \(first); remove the link so that its files are published once"))
                    } else {
                        // The link came first in the listing: name it all the same.
                        diagnostics.append(.error(first, "is the same folder as \(childRelative); remove the link so that its files are published once"))
                    }
                    continue
                }
                listed[status.identity] = childRelative
                walk(siteRoot: siteRoot, realRoot: realRoot, relative: childRelative, path: path + [status.identity])
            case .file:
                if status.size > ReadLimit.copied.bytes {
                    diagnostics.append(.error(childRelative, "the file is \((status.size + 1024 * 1024 - 1) / (1024 * 1024)) MB, more than the \(ReadLimit.copied.described) sitegen copies into a site; make it smaller, or put it on a file host and link to it"))
                    continue
                }
                files.append(File(absolute: childAbsolute, relative: childRelative, status: isLink ? nil : status))
            case .fifo, .device, .socket, .link:
                diagnostics.append(.error(childRelative, "is \(status.kind.name), not a regular file, so it is not read (reading it could wait forever); remove it"))
            }
        }
    }

    package init(files: [File] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
