import Foundation
import SitegenFileSystem
import SitegenModel

/// Whether a folder holds a site at all, asked by every command that reads one before anything
/// else: in a folder without `site.yml`, listing what a site lacks (three errors, none naming
/// `sitegen init`) only confuses someone who has not made a site yet.
public enum SiteFolder {
    /// The one message for a `source` folder with no `site.yml` (not even a link of that name),
    /// or nil when it has one. `source` is shown as typed; the current folder by its full path.
    public static func noSite(source: String) -> String? {
        let path = source.hasSuffix("/") || source.isEmpty ? source + SiteConfig.path : source + "/" + SiteConfig.path
        if FileStatus(path) != nil { return nil }
        let start = source == "." ? "sitegen init" : "sitegen init \(source)"
        let shown = source == "." ? FileManager.default.currentDirectoryPath : source
        let what = source == "." || FileStatus(source, followingLinks: true)?.kind == .directory ? "no site.yml in \(shown)" : "no folder \(shown)"
        return "no site here (\(what)); start one with `\(start)`"
    }
}
