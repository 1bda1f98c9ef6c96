import Foundation
import PackagePlugin

/// Puts the theme of the package's `templates/` folder into the target it is applied to
/// (`SitegenTheme`), as one generated Swift file, on every build where a file of the theme
/// changed. Nothing it writes is committed: the theme exists once, in `templates/`.
@main
struct ThemeEmbedPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "templates")
        let files = try Self.themeFiles(in: theme)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemeFiles.swift")
        // The tool reads exactly the files listed here: an edit to one runs it again. SwiftPM
        // calls this plugin only when it plans the build again, so a file added or removed is
        // seen after `touch Package.swift` (docs/theme.md).
        return [
            .buildCommand(
                displayName: "Embedding the built-in theme",
                executable: try context.tool(named: "ThemeEmbedTool").url,
                arguments: [theme.path(percentEncoded: false), output.path(percentEncoded: false)] + files,
                inputFiles: files.map { theme.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }

    /// Paths under `folder`, sorted, skipping what sitegen skips there: hidden files and
    /// editors' backups (`.DS_Store`, `page.mustache~`).
    static func themeFiles(in folder: URL) throws -> [String] {
        let root = folder.path(percentEncoded: false)
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw ThemeFolderMissing(path: root)
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasSuffix("~") {
                walker.skipDescendants()
                continue
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}

struct ThemeFolderMissing: Error, CustomStringConvertible {
    var path: String
    var description: String { "ThemeEmbedPlugin: \(path) is missing; the built-in theme is made from the package's templates/ folder" }
}
