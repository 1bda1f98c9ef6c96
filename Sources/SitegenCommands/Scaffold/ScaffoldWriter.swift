import Foundation
import SitegenModel
import SitegenWrite

/// Writing the planned file: only where `WritePermission` allows, never over an existing file.
extension Scaffold {
    /// Writes the plan's file, never replacing one: the check and the creation are one step, so a
    /// file saved in between by an editor is not overwritten either.
    static func create(_ plan: Plan, siteRoot: String) throws(Diagnostic) {
        // Where `new` may write is decided where every command's is (`WritePermission`): inside
        // content/ with links followed, at a name the build publishes.
        if let folder = plan.newFolder, let problem = WritePermission.content(folder, siteRoot: siteRoot, languageCodes: [], isFolder: true) {
            throw .error(folder, problem)
        }
        if plan.newFolder == nil, let problem = WritePermission.content(plan.path, siteRoot: siteRoot, languageCodes: [], isFolder: false) {
            throw .error(plan.path, problem)
        }
        let fileManager = FileManager.default
        var createdFolder: String?
        if let folder = plan.newFolder, !isDirectory(siteRoot + "/" + folder) {
            do {
                try fileManager.createDirectory(atPath: siteRoot + "/" + folder, withIntermediateDirectories: false)
                createdFolder = folder
            } catch {
                throw .error(folder, "cannot create the folder (\(SiteMove.reason(error))); check that you may write to content/")
            }
        }
        do {
            try Data(plan.text.utf8).write(to: URL(fileURLWithPath: siteRoot + "/" + plan.path), options: .withoutOverwriting)
        } catch {
            if let createdFolder { try? fileManager.removeItem(atPath: siteRoot + "/" + createdFolder) }
            if exists(siteRoot, plan.path) {
                throw .error(plan.path, "already exists; choose another name or edit that file")
            }
            throw .error(plan.path, "cannot create the file (\(SiteMove.reason(error))); check that you may write to its folder")
        }
    }
}
