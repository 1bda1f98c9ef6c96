import SitegenModel
import SitegenTheme

/// The site's own `templates/` laid over the built-in theme: a file of the site replaces the
/// built-in file of the same path under templates/ (a template, a partial or a static file), and
/// every other built-in file is used as it is, as Hugo's theme lookup works.
enum ThemeLayers {
    /// How messages name a built-in file, which is not in the site folder: `built-in
    /// templates/page.mustache`. (`sitegen theme page.mustache` writes it there.)
    static func shownPath(_ path: String) -> String { "built-in templates/" + path }

    static func merge(templates own: [TemplateFile], staticFiles ownStatic: [Asset]) -> ([TemplateFile], [Asset]) {
        let replacedTemplates = Set(own.map(\.name))
        let replacedStatic = Set(ownStatic.map(\.outputPath))
        var templates = own
        var staticFiles = ownStatic
        for file in BuiltInTheme.files {
            if file.isTemplate, !file.path.hasPrefix(TemplateFolder.staticPrefix) {
                let name = String(file.path.dropLast(".mustache".count))
                guard !replacedTemplates.contains(name), let text = file.text else { continue }
                templates.append(TemplateFile(name: name, path: shownPath(file.path), text: text))
            } else if file.path.hasPrefix(TemplateFolder.staticPrefix) {
                let output = String(file.path.dropFirst(TemplateFolder.staticPrefix.count))
                guard !replacedStatic.contains(output) else { continue }
                staticFiles.append(Asset(source: .bytes(file.bytes), sourcePath: shownPath(file.path), outputPath: output))
            }
        }
        // The same order whichever layer a file came from, so that a site with a copy of the
        // whole theme and a site with none build the same files in the same order.
        return (templates.sorted { $0.name < $1.name }, staticFiles.sorted { $0.outputPath < $1.outputPath })
    }
}
