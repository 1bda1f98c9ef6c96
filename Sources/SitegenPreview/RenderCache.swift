import Foundation
import SitegenModel
import SitegenFileSystem
import SitegenLoad
import SitegenRender

/// What a preview server keeps between builds, so an edit to one page costs work in proportion
/// to what it changed, not to the size of the site (BENCHMARKS.md, "Incremental rebuilds").
///
/// - Load: the listing of `content/`, every file's parsed page, and the assembled sections; with
///   precise change events only the changed files are read again, and the sections are patched
///   in place when no page moved between sections or was added, removed or published.
/// - Render: heading scans and per-page fingerprints, the link table, and every unit's output
///   (the home page, or a section with its handout), reused while its inputs are the same
///   (`UnitKeys`). A title change renders its own section again (the page, the section page, the
///   neighbours' previous/next links, the handout) and the home page only when a section's title,
///   description or order changed.
///
/// A value: the preview's `Rebuilder` owns it and lends it to each build (`inout`).
public struct RenderCache: Sendable {
    // MARK: Load

    package var load = LoadMemo()
    package var compiledTemplates: (files: [TemplateFile], set: TemplateSet?, diagnostics: [Diagnostic])?
    /// True when the last build failed (or this is the first): the pages it read may not have
    /// been rendered, so this build's render looks at every page's `load.changedSources` entry.
    private(set) var afterFailure = true
    /// False after a failed build: its changes may not all have been taken in, so the next build
    /// lists and `stat`s everything.
    private var trustsChanges = false

    // MARK: Render

    var scans: [String: PageScan] = [:]
    var fingerprints: [String: PageFingerprint] = [:]
    /// Page source path → the pages whose links may lead to it (`LinkTargets`), so a change to
    /// its headings renders those pages' units again, and not the whole site. Made the first time
    /// a heading changes (finding every page's links costs a second parse of every page, which
    /// the first build need not pay), then kept up to date with every page scanned again.
    var linkers: [String: Set<String>]?
    /// True while every published page's links are in `linkers`.
    var linkersComplete = false
    /// Per unit (by its id, see `SiteRenderer.render(cache:deferSearch:)`).
    var digests: [String: UnitDigest] = [:]
    var assetsKey: Int?
    var gathered: GatheredOutputs?

    /// The gathered outputs, taken out of the cache so that changing them does not copy them.
    mutating func takeGathered() -> GatheredOutputs? {
        defer { gathered = nil }
        return gathered
    }
    var copied: (staticFiles: [Asset], files: [OutputFile])?
    var resolver: (version: Int, resolver: LinkResolver)?
    var units: [String: CachedUnit] = [:]
    var generated: (key: Int, files: SiteRenderer.GeneratedFiles)?
    var sitemap: (key: Int, file: OutputFile)?
    var outputCheck: (key: Int, diagnostics: [Diagnostic], searchMayCollide: Bool)?
    /// Units rendered by the last build (the others were reused), for tests and timings.
    var renderedUnits: [String] = []

    struct CachedUnit {
        var key: Int
        var output: UnitOutput
        /// Hash of the output paths and of the search documents, so the checks of the whole
        /// output and the search index are redone only when they changed.
        var paths: Int
        var search: Int
    }

    public init() {}

    /// Called at the start of every build: which changes this build may rely on.
    package mutating func begin(_ changes: SourceChanges) -> SourceChanges {
        // After a failed build the pages it read again may not have been rendered yet: keep them
        // marked as changed until a build succeeds.
        if trustsChanges { load.changedSources = [] }
        load.patchedPages = nil
        afterFailure = !trustsChanges
        return trustsChanges ? changes : .unknown
    }

    /// Called at the end of every build.
    package mutating func finish(succeeded: Bool) {
        trustsChanges = succeeded
    }
}
