import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The site folder: holds `site.yml`, `content/` and `templates/`.
    public var source: String
    /// The output folder; `SOURCE/public` when nil.
    public var output: String?
    /// Replaces `site.yml: base_url`, for previews and staging servers.
    public var baseURL: String?
    public var includeDrafts: Bool

    public init(source: String = ".", output: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    public var outputPath: String { output ?? (source as NSString).appendingPathComponent("public") }
}

public struct BuildSummary: Sendable {
    public var pages: Int
    public var sections: Int
    public var filesWritten: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
}

/// A site rendered in memory: every file of the output, and what was found on the way.
public struct RenderedSite: Sendable {
    public var site: Site
    public var files: [OutputFile]
    /// Warnings only: a site with errors is never rendered.
    public var warnings: [Diagnostic]
}

/// The pipeline: load → render → write. Each stage only reads what the one before produced.
public enum Build {
    /// Loads and renders the site without touching the output folder (for `check` and previews).
    public static func render(_ options: BuildOptions) throws(BuildFailure) -> RenderedSite {
        let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
        var diagnostics: [Diagnostic] = []
        let (loaded, loadProblems) = SiteLoader.load(siteRoot: root, baseURLOverride: options.baseURL, includeDrafts: options.includeDrafts)
        diagnostics += loadProblems
        let (templates, templateProblems) = TemplateSet.compile(loaded?.templates ?? [])
        if loaded != nil { diagnostics += templateProblems }
        guard let site = loaded?.site, let templates, diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }

        let (files, renderProblems) = SiteRenderer.render(site, templates: templates)
        diagnostics += renderProblems + OutputPlan.check(files)
        guard diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }
        return RenderedSite(site: site, files: files, warnings: diagnostics)
    }

    /// Renders the site and writes it to the output folder.
    public static func run(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
        let output = URL(fileURLWithPath: options.outputPath).standardizedFileURL.path
        try OutputLocation.check(output: output, siteRoot: root, displayPath: options.outputPath)
        let rendered = try render(options)
        try OutputWriter.write(rendered.files, to: output, displayPath: options.outputPath)
        return BuildSummary(
            pages: rendered.site.allPages.count, sections: rendered.site.sections.count,
            filesWritten: rendered.files.count, seconds: Date().timeIntervalSince(start), warnings: rendered.warnings
        )
    }
}
