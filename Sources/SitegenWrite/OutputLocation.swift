import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the output really is. Symbolic links are followed, so a linked `--output` is written
/// through (the link stays and the site goes to its target) and every check compares real paths.
/// sitegen's own names sit beside the real folder: `.NAME.sitegen-new` and `.NAME.sitegen-old`
/// (staging) and `.NAME.sitegen-lock`.
public struct OutputLocation: Sendable {
    /// The real output folder; it may not exist yet.
    let folder: String
    /// The output as messages show it.
    package let shown: String

    var parent: String { (folder as NSString).deletingLastPathComponent }
    var staging: String { sibling("new") }
    var retired: String { sibling("old") }
    var lock: String { sibling("lock") }

    private func sibling(_ kind: String) -> String {
        let name = (folder as NSString).lastPathComponent
        return (parent == "/" ? "" : parent) + "/.\(name).sitegen-\(kind)"
    }

    package init(output: String, shown: String) throws(BuildFailure) {
        guard let real = Self.realPath(output) else {
            throw BuildFailure([.error(shown, "is a symbolic link that leads nowhere (a loop of links); choose another --output")])
        }
        folder = real
        self.shown = shown
        if folder == "/" {
            throw BuildFailure([.error(shown, "the output folder would replace the whole disk; choose a separate folder such as public/")])
        }
        if let kind = FileStatus(folder)?.kind, kind != .directory {
            throw BuildFailure([.error(shown, "the output path is a file, not a folder; choose another --output")])
        }
    }

    /// Refuses an output that holds the site's own files, or lies inside `content/` or `templates/`,
    /// comparing real paths, so no link can disguise either.
    package func check(siteRoot: String) throws(BuildFailure) {
        func inside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        let root = Self.realPath(siteRoot) ?? siteRoot
        let protected = ["content", "templates"].compactMap { Self.realPath(root + "/" + $0) }
        if inside(root, folder) || protected.contains(where: { inside(folder, $0) || inside($0, folder) }) {
            throw BuildFailure([.error(shown, "the output folder would replace the site's own files; choose a separate folder such as public/")])
        }
    }

    /// The output as messages show it: relative to the site folder when it is inside it (the
    /// command line puts `--source` before such paths), else absolute.
    package static func shown(_ options: BuildOptions) -> String {
        let source = URL(fileURLWithPath: options.source).standardizedFileURL.path
        let output = URL(fileURLWithPath: options.outputPath).standardizedFileURL.path
        return output.hasPrefix(source + "/") ? String(output.dropFirst(source.count + 1)) : output
    }

    /// The path with every symbolic link resolved, for a path that may not exist yet: its longest
    /// existing part is resolved and the rest appended; a link to a missing path leads there. Nil
    /// for a loop of links.
    public static func realPath(_ path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var missing: [String] = []
        var hops = 0
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                var parts = String(cString: resolved).split(separator: "/").map(String.init)
                for part in missing.reversed() {
                    switch part {
                    case "", ".": continue
                    case "..": if !parts.isEmpty { parts.removeLast() }
                    default: parts.append(part)
                    }
                }
                return "/" + parts.joined(separator: "/")
            }
            if FileStatus(existing)?.kind == .link {
                // A link to something missing: follow it, so a build or report creates its target.
                hops += 1
                guard hops < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: existing) else { return nil }
                existing = target.hasPrefix("/") ? target : (existing as NSString).deletingLastPathComponent + "/" + target
                continue
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return nil }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    package init(folder: String, shown: String) {
        self.folder = folder
        self.shown = shown
    }
}
