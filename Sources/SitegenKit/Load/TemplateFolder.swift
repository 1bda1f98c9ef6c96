/// Reads `templates/`: Mustache files by name, and `templates/static/` as files to copy.
enum TemplateFolder {
    static let staticFolder = "templates/static/"

    static func read(siteRoot: String) -> ([TemplateFile], [Asset], [Diagnostic]) {
        let tree = SourceTree(siteRoot: siteRoot, folder: "templates")
        var diagnostics = tree.diagnostics
        var templates: [TemplateFile] = []
        var staticFiles: [Asset] = []
        for file in tree.files {
            if file.relative.hasPrefix(staticFolder) {
                let output = String(file.relative.dropFirst(staticFolder.count))
                staticFiles.append(Asset(sourceFile: file.absolute, sourcePath: file.relative, outputPath: output))
            } else if file.relative.hasSuffix(".mustache") {
                switch TextFile.read(file.absolute, path: file.relative) {
                case .success(let text):
                    // `templates/partials/nav.mustache` is the partial `partials/nav`.
                    let name = String(file.relative.dropFirst("templates/".count).dropLast(".mustache".count))
                    templates.append(TemplateFile(name: name, path: file.relative, text: text))
                case .failure(let problem):
                    diagnostics.append(problem)
                }
            }
        }
        return (templates, staticFiles, diagnostics)
    }
}
