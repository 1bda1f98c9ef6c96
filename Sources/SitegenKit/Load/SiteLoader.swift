import Foundation

/// Reads a site folder (`site.yml`, `content/`, `templates/`) into the model, checking everything an
/// editor can get wrong and reporting all of it at once.
public enum SiteLoader {
    public struct Loaded {
        public var site: Site
        public var templates: [TemplateFile]
    }

    public static func load(siteRoot: String, baseURLOverride: String? = nil, includeDrafts: Bool = false, cache: RenderCache? = nil) async -> (Loaded?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for folder in ["content", "templates"] where !isDirectory(siteRoot + "/" + folder) {
            diagnostics.append(.error(folder, "folder not found in the site folder; a site needs content/ (the Markdown pages) and templates/ (the page layouts) beside site.yml"))
        }
        var config: SiteConfig?
        if FileManager.default.fileExists(atPath: siteRoot + "/site.yml") {
            switch TextFile.read(siteRoot + "/site.yml", path: SiteConfigLoader.path) {
            case .success(let text):
                let (loaded, problems) = SiteConfigLoader.load(text: text, baseURLOverride: baseURLOverride)
                config = loaded
                diagnostics += problems
            case .failure(let problem):
                diagnostics.append(problem)
            }
        } else {
            diagnostics.append(.error(SiteConfigLoader.path, "file not found; create site.yml with at least 'title:' and 'base_url:' lines"))
        }
        guard diagnostics.errors.isEmpty, let config else { return (nil, diagnostics) }

        var content = ContentCollector(siteRoot: siteRoot, includeDrafts: includeDrafts)
        await content.collect(cache: cache)
        diagnostics += content.diagnostics
        let (templates, staticFiles, templateProblems) = TemplateFolder.read(siteRoot: siteRoot)
        diagnostics += templateProblems
        let (glossary, glossaryProblems) = GlossaryLoader.load(siteRoot: siteRoot)
        diagnostics += glossaryProblems

        guard diagnostics.errors.isEmpty, let home = content.home else { return (nil, diagnostics) }
        let site = Site(
            config: config, home: home, sections: content.sections, assets: content.assets,
            staticFiles: staticFiles, glossary: glossary, unpublishedSources: content.unpublished
        )
        return (Loaded(site: site, templates: templates), diagnostics)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
