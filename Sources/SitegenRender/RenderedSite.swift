import SitegenModel
import SitegenSearch

/// A site rendered in memory: every file of the output, and what was found on the way.
public struct RenderedSite: Sendable {
    public var site: Site
    public var files: [OutputFile]
    /// Warnings only (`Build.render` throws on an error; `SiteRenderer.render` leaves that to it).
    public var warnings: [Diagnostic]
    /// One entry per page, in site order.
    public var reports: [PageReport]
    /// For a preview that asked to defer it: the documents of the search index, which `files`
    /// then lacks (`SearchIndex.files(for:)` makes them), and a key that changes with them.
    package var pendingSearch: SearchIndex.Input? = nil
    package var searchKey = 0
    /// For a preview, when the output paths are those of the last build: the only files whose
    /// contents may have changed since.
    package var changedFiles: [OutputFile]? = nil
    /// The site in each of its other languages.
    public var languages: [Site] = []

    /// The drafts left out in every language, by source path, sorted.
    public var drafts: [String] {
        languages.reduce(site.drafts) { $0.union($1.drafts) }.sorted()
    }

    /// Takes in the render of the site in another language.
    package mutating func add(_ other: RenderedSite) {
        files += other.files
        warnings += other.warnings
        reports += other.reports
        languages.append(other.site)
        if let changed = changedFiles, let more = other.changedFiles { changedFiles = changed + more } else { changedFiles = nil }
        searchKey = searchKey &+ other.searchKey
    }
}
