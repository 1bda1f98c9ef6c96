import Foundation
import SitegenModel
import SitegenTiming
import SitegenSearch
import SitegenLoad
import SitegenRender
import SitegenPreview
import SitegenWrite

public struct BuildSummary: Sendable {
    public var pages: Int
    public var sections: Int
    /// Files in the site.
    public var files: Int
    /// Files whose bytes changed (the rest kept their modification time).
    public var filesWritten: Int
    public var filesRemoved: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
    public var reports: [PageReport]
    public var readabilityTarget: Double
}

/// The pipeline: load → render → write. Each stage only reads what the one before produced.
public enum Build {
    /// Loads and renders the site without touching the output folder (for `check` and `report`).
    public static func render(_ options: BuildOptions) async throws(BuildFailure) -> RenderedSite {
        try await render(options, finished: nil)
    }

    /// With `finished`, files go to it as they are rendered and `files` keeps only their paths.
    static func render(_ options: BuildOptions, finished: (([OutputFile]) async -> Void)?) async throws(BuildFailure) -> RenderedSite {
        var cache = RenderCache()
        return try await PreviewBuild.render(options, cache: &cache, finished: finished)
    }

    /// Renders the site and writes it to the output folder. With `strict`, warnings fail the build
    /// like errors (nothing is written). Builds into one output take turns: `whileWaiting` is
    /// called once if this one has to wait for another to finish.
    public static func run(_ options: BuildOptions, strict: Bool = false, whileWaiting: (@Sendable () -> Void)? = nil) async throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let location = try OutputLocation(output: options.outputPath, shown: OutputLocation.shown(options))
        try location.check(siteRoot: options.siteRoot)
        let lock = try await OutputLock.acquire(location, whileWaiting: whileWaiting)
        defer { lock.release() }
        // Pages are written into a hidden staging folder as they are rendered; the old site is
        // replaced only if the whole build succeeds.
        let staged = try StagedSite(location)
        let rendered: RenderedSite
        do {
            rendered = try await render(options) { await staged.add($0) }
        } catch {
            staged.abandon()
            throw error
        }
        if strict, !rendered.warnings.isEmpty {
            staged.abandon()
            throw BuildFailure(rendered.warnings)
        }
        var timer = StageTimer()
        let outcome = try staged.commit()
        timer.lap("swap")
        return BuildSummary(
            pages: rendered.site.pageCount, sections: rendered.site.sections.count,
            files: rendered.files.count, filesWritten: outcome.written, filesRemoved: outcome.removed, seconds: Date().timeIntervalSince(start),
            warnings: rendered.warnings + outcome.warnings.map { .warning(location.shown, $0) },
            reports: rendered.reports, readabilityTarget: rendered.site.config.readabilityTarget
        )
    }
}
