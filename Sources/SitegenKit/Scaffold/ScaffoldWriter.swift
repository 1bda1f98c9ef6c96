import Foundation
import SitegenModel

/// Writing the planned file: only inside the site, never over an existing file.
extension Scaffold {
    /// Writes the plan's file, never replacing one: the check and the creation are one step, so a
    /// file saved in between by an editor is not overwritten either.
    static func create(_ plan: Plan, siteRoot: String) throws(Diagnostic) {
        try requireInsideSite(plan.newFolder ?? String(plan.path.split(separator: "/").dropLast().joined(separator: "/")), siteRoot: siteRoot)
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

    /// Refuses to write into `folder` when, with links followed, it is not inside the site folder:
    /// a section folder that links elsewhere would make `sitegen new` write outside the site.
    /// Names the first part of the path that leads out (`content/lupus`, or `content` itself).
    private static func requireInsideSite(_ folder: String, siteRoot: String) throws(Diagnostic) {
        guard let site = resolvedPath(siteRoot) else { return }  // a missing site folder is reported elsewhere
        var partial = ""
        for part in folder.split(separator: "/") {
            partial += partial.isEmpty ? String(part) : "/" + part
            // A folder not there yet is created inside the one before it, which was checked.
            guard let resolved = resolvedPath(siteRoot + "/" + partial) else { return }
            if !(site == "/" || resolved == site || resolved.hasPrefix(site + "/")) {
                throw .error(partial, "is a link to a folder outside the site, so 'sitegen new' will not write there; replace the link with a real folder, or create the file in the folder it links to")
            }
        }
    }

    /// The path with every link followed, or nil when it does not exist.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
