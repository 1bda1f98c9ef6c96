import Foundation
import SitegenModel
import SitegenFileSystem

/// Where each command may write: the one place that decides it, with each command's own rule.
///
/// - `build` writes only inside its output folder and sitegen's names beside it (`OutputLocation`).
/// - A report (`sitegen report`, `build --report`) is one file, never one of the site's own files
///   (`content/`, `templates/`, `i18n/`, `site.yml`, the glossaries), never in the output folder or
///   sitegen's names beside it, never a folder, and never replaces a file that is not a report
///   sitegen wrote. `report` never writes through a symbolic link; `build --report` writes through
///   one (as the build does its output), to a target that obeys the same rules.
/// - `move` and `new` write only inside `content/` (links followed) and only at names the build
///   publishes (`ContentName`).
/// - `init` writes only inside the folder it was given.
/// - `theme` writes only new files inside `templates/` (links followed, inside the site).
public enum WritePermission {
    /// What a report sitegen wrote carries in its first bytes, so that the next report may
    /// replace it: the HTML dashboard's generator tag, and the JSON reports' `generator` key.
    public static let reportMarkers = [#"<meta name="generator" content="sitegen">"#, #""generator" : "sitegen""#]

    /// Where a report at `path` is written (the real path), or why it may not be. `option` names
    /// the setting in messages (`--output`, `--report`).
    public static func report(_ path: String, option: String, siteRoot: String, output: String, throughLinks: Bool) -> Result<String, WriteRefusal> {
        let refuse = { (why: String) in Result<String, WriteRefusal>.failure(WriteRefusal(why)) }
        let example = option == "--report" ? "report.json" : "report.html"
        if !throughLinks, FileStatus(path)?.kind == .link {
            return refuse("the report \(path) is a symbolic link; a report replaces a file, never what a link points to: give \(option) the path of the file itself")
        }
        guard let real = OutputLocation.realPath(path) else {
            return refuse("the report path \(path) is a symbolic link that leads nowhere (a loop of links); choose another path for \(option)")
        }
        func inside(_ folder: String) -> Bool { real == folder || real.hasPrefix(folder == "/" ? "/" : folder + "/") }
        if let location = try? OutputLocation(output: output, shown: output),
           [location.folder, location.staging, location.retired, location.lock].contains(where: inside) {
            return refuse("the report \(path) would be inside the site's output folder \(output), which every build replaces; choose a file outside it with \(option)")
        }
        if let (own, isFolder) = siteFile(containing: real, siteRoot: siteRoot) {
            let name = shown(own, siteRoot: siteRoot)
            let what = !isFolder ? "would replace the site's own file \(name)" : own == real ? "is the site's own folder \(name)/" : "would be inside the site's own folder \(name)/, which the build reads and publishes"
            return refuse("the report \(path) \(what); choose a file outside the site's own files with \(option), like \(example)")
        }
        // sitegen's own files: a move's journal, the caches, a page's temporary copy.
        if real.split(separator: "/").contains(where: { $0.hasPrefix(".sitegen") }) || (real as NSString).lastPathComponent.hasSuffix(".sitegen-move") {
            return refuse("the report \(path) would replace a file sitegen keeps for itself; choose another name with \(option), like \(example)")
        }
        switch FileStatus(real, followingLinks: true)?.kind {
        case nil:
            if FileStatus((real as NSString).deletingLastPathComponent, followingLinks: true)?.kind != .directory {
                return refuse("the folder of the report file \(path) does not exist; create it or choose another path for \(option)")
            }
        case .directory?:
            return refuse("the report path \(path) is a folder; give a file name such as \(example) to \(option)")
        case .file?:
            if !isReport(real) {
                return refuse("\(path) exists and is not a report sitegen wrote, so it is not replaced; choose another name with \(option), or delete the file first")
            }
        case let kind?:
            return refuse("the report path \(path) is \(kind.name), not a file; choose another path for \(option)")
        }
        return .success(real)
    }

    /// Why `move` or `new` may not create `relative` (from the site folder; a page, or a section
    /// folder when `isFolder`), or nil when it may. Its folder must exist and, with links followed,
    /// be inside `content/` (`contentLocation`); its name must be one the build publishes. The
    /// folders are looked at first: a page "in" a file (`content/_index.md/x.md`) is named as such.
    package static func content(_ relative: String, siteRoot: String, languageCodes: Set<String>, isFolder: Bool) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.first == "content", parts.count == (isFolder ? 2 : 3) else {
            return isFolder ? "is not a section folder: sections are content/<section>" : ContentName.pageProblem(relative, languageCodes: languageCodes)
        }
        if let problem = contentLocation(relative, siteRoot: siteRoot) { return problem }
        return isFolder ? ContentName.folderProblem(parts[1]) : ContentName.pageProblem(relative, languageCodes: languageCodes)
    }

    /// Why `relative` (from the site folder) is not inside `content/` with links followed, or nil
    /// when it is: `content/` must be inside the site folder, each folder on the way must exist and
    /// be a folder inside `content/`, and so must `relative` itself when it exists. `move` asks this
    /// of what it moves too: a page in a folder linked out of the site is not the site's to move.
    package static func contentLocation(_ relative: String, siteRoot: String) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let root = OutputLocation.realPath(siteRoot), let content = OutputLocation.realPath(siteRoot + "/content"),
              FileStatus(content, followingLinks: true)?.kind == .directory
        else { return "is in content/, which does not exist; run sitegen in the site folder (the one with site.yml and content/), or name it with --source" }
        guard content.hasPrefix(root + "/") else {
            return "is in content/, a link to a folder outside the site folder; sitegen writes only inside the site: replace the link with a real folder"
        }
        func inside(_ path: String) -> Bool {
            guard let real = OutputLocation.realPath(siteRoot + "/" + path) else { return false }
            return real == content || real.hasPrefix(content + "/")
        }
        // Each existing folder on the way, so the message names the one that leads out.
        for depth in 2..<max(2, parts.count) {
            let folder = parts[0..<depth].joined(separator: "/")
            guard let status = FileStatus(siteRoot + "/" + folder, followingLinks: true) else {
                return "is in \(folder), which does not exist; create the section first with 'sitegen new section'"
            }
            guard status.kind == .directory else { return "is in \(folder), which is \(status.kind.name), not a section folder" }
            guard inside(folder) else {
                return "is in \(folder), a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder"
            }
        }
        if parts.count > 1, FileStatus(siteRoot + "/" + relative) != nil, !inside(relative) {
            let what = FileStatus(siteRoot + "/" + relative, followingLinks: true)?.kind == .directory ? "a folder" : "a file"
            return "is a link to \(what) outside content/; sitegen writes only inside the site: replace the link with a real \(what == "a folder" ? "folder" : "file")"
        }
        return nil
    }

    /// Why a command may not keep a cache file at `relative` (from the site folder, like
    /// `.sitegen-cache/external-links.json`), or nil: its folder, with links followed, must be
    /// inside the site folder, so a cache folder linked elsewhere is never written through.
    package static func cache(_ relative: String, siteRoot: String) -> String? {
        folderInsideSite(relative, siteRoot: siteRoot, keeping: "sitegen keeps its caches inside the site")
    }

    /// Why `sitegen theme` may not write `relative` (from the site folder, under `templates/`),
    /// or nil when it may: nothing (not even a link) may be at `relative`, and its folder, with
    /// links followed, must be inside the site folder.
    package static func themeFile(_ relative: String, siteRoot: String) -> String? {
        if FileStatus(siteRoot + "/" + relative) != nil { return "already exists" }
        return folderInsideSite(relative, siteRoot: siteRoot, keeping: "sitegen writes only inside the site")
    }

    /// Why the folder of `relative`, with links followed, is not inside the site folder, or nil.
    /// `keeping` says what sitegen keeps inside it, for the message.
    private static func folderInsideSite(_ relative: String, siteRoot: String, keeping: String) -> String? {
        guard let root = OutputLocation.realPath(siteRoot),
              let folder = OutputLocation.realPath(siteRoot + "/" + (relative as NSString).deletingLastPathComponent)
        else { return "its folder is a loop of links" }
        guard folder.hasPrefix(root + "/") else {
            return "its folder leads outside the site folder (to \(folder)); \(keeping): replace the link with a real folder"
        }
        return nil
    }

    /// Why `init` may not make a site in `folder`, or nil when it may: it must be a folder, or
    /// nothing yet (a link that leads nowhere is neither).
    package static func newSite(_ folder: String) -> String? {
        guard let status = FileStatus(folder) else { return nil }
        if status.kind == .link, FileStatus(folder, followingLinks: true) == nil {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder)) ?? "?"
            return "is a symbolic link to \(target), which does not exist; create that folder first, or give 'sitegen init' another folder"
        }
        if FileStatus(folder, followingLinks: true)?.kind != .directory {
            return "is a file; give 'sitegen init' a folder, or a name for a new one"
        }
        return nil
    }

    /// The site's own file, or folder, that is or holds `real` (real paths compared).
    private static func siteFile(containing real: String, siteRoot: String) -> (path: String, isFolder: Bool)? {
        guard let root = OutputLocation.realPath(siteRoot) else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for name in [SiteConfig.path] + names.filter({ $0.hasPrefix("glossary") && $0.hasSuffix(".yml") }) {
            if let path = OutputLocation.realPath(root + "/" + name), path == real { return (path, false) }
        }
        for name in ["content", "templates", "i18n"] {
            if let folder = OutputLocation.realPath(root + "/" + name), real == folder || real.hasPrefix(folder + "/") { return (folder, true) }
        }
        return nil
    }

    private static func shown(_ real: String, siteRoot: String) -> String {
        guard let root = OutputLocation.realPath(siteRoot), real.hasPrefix(root + "/") else { return real }
        return String(real.dropFirst(root.count + 1))
    }

    /// True for an empty file or one that starts with a report's marker.
    private static func isReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return true }
        let text = String(decoding: head, as: UTF8.self)
        return head.isEmpty || reportMarkers.contains(where: text.contains)
    }
}

/// Why a command may not write where it was asked, as the sentence after `sitegen: error:`.
public struct WriteRefusal: Error, Sendable, Equatable {
    public var message: String

    init(_ message: String) { self.message = message }
}
