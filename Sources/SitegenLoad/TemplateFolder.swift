import Foundation
import SitegenModel
import SitegenFileSystem

/// Reads `templates/`: Mustache files by name, and `templates/static/` as files to copy, laid
/// over the built-in theme (`ThemeLayers`). A site without templates/ uses the built-in theme.
enum TemplateFolder {
    static let staticFolder = "templates/static/"
    /// The same folder, under templates/.
    static let staticPrefix = "static/"

    static func read(siteRoot: String) -> ([TemplateFile], [Asset], [Diagnostic]) {
        let (own, ownStatic, diagnostics) = readOwn(siteRoot: siteRoot)
        let (templates, staticFiles) = ThemeLayers.merge(templates: own, staticFiles: ownStatic)
        // Only warnings here: the suggestions about copies are `check`'s (ThemeCopies).
        return (templates, staticFiles, diagnostics + ThemeCopies.review(siteRoot: siteRoot).warnings)
    }

    /// The site's own files.
    private static func readOwn(siteRoot: String) -> ([TemplateFile], [Asset], [Diagnostic]) {
        let tree = SourceTree(siteRoot: siteRoot, folder: "templates")
        // A template linked from outside the site folder would be left out, and every page using
        // it fail with "does not exist": an error that says why, instead of the warning.
        let linkedTemplates = Set(tree.linkedOutside.filter { $0.hasSuffix(".mustache") })
        var diagnostics = tree.diagnostics.filter { !($0.severity == .warning && linkedTemplates.contains($0.path)) }
        diagnostics += linkedTemplates.sorted().map {
            .error($0, "is a link to a file outside the site folder, and a template must be inside it; copy the file into templates/ instead of linking to it")
        }
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
        staticFiles += hiddenStaticFiles(siteRoot: siteRoot, diagnostics: &diagnostics)
        return (templates, staticFiles, diagnostics)
    }

    /// Hidden files that web servers read (`.htaccess`, `.well-known/`), which the walk skips as it
    /// skips editors' and systems' files: published from `templates/static/` like the rest, so an
    /// output folder needs nothing put into it by hand.
    private static func hiddenStaticFiles(siteRoot: String, diagnostics: inout [Diagnostic]) -> [Asset] {
        let folder = siteRoot + "/" + staticFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let ignored: Set<String> = [".DS_Store", ".git", ".svn", ".hg", ".gitignore", ".gitkeep"]
        var assets: [Asset] = []
        for name in names.sorted() where name.hasPrefix(".") && !ignored.contains(name)
            && !name.hasPrefix("._") && !name.hasPrefix(".#") && !name.hasSuffix(".swp") && !name.hasSuffix("~") {
            switch FileStatus(folder + name)?.kind {
            case .file:
                assets.append(Asset(sourceFile: folder + name, sourcePath: staticFolder + name, outputPath: name))
            case .directory:
                let tree = SourceTree(siteRoot: siteRoot, folder: staticFolder + name)
                diagnostics += tree.diagnostics
                assets += tree.files.map { Asset(sourceFile: $0.absolute, sourcePath: $0.relative, outputPath: String($0.relative.dropFirst(staticFolder.count))) }
            default:
                continue  // a link: hidden ones are not followed
            }
        }
        return assets
    }
}
