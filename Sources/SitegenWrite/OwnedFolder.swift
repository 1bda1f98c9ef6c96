import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removing only what sitegen can prove it made: the files a folder's manifest lists, and a staging
/// folder marked as one. Anything else is left where it is and named.
enum OwnedFolder {
    /// Removes the files `folder`'s manifest lists, then its folders and the manifest once they are
    /// empty. Returns what is left that sitegen did not write (the folder then stays, with them).
    static func removeListed(_ folder: String) -> [String] {
        guard FileStatus(folder)?.kind == .directory else { return [] }
        guard case .files(let manifest) = OutputManifest.read(in: folder) else {
            // No manifest: an empty folder (the first build's output) is removed, nothing else.
            if rmdir(folder) == 0 { return [] }
            let survey = FolderSurvey(folder, manifest: [])
            return survey.strangers + (FileStatus(folder + "/" + OutputManifest.name) == nil ? [] : [OutputManifest.name])
        }
        let survey = FolderSurvey(folder, manifest: manifest)
        for path in survey.listed { unlink(folder + "/" + path) }
        for path in survey.folders { rmdir(folder + "/" + path) }  // deepest first; one that is not empty stays
        if survey.strangers.isEmpty {
            unlink(folder + "/" + OutputManifest.name)
            rmdir(folder)
        }
        return survey.strangers
    }

    /// Clears a staging name (`.public.sitegen-new` or `-old`) left by a build that was killed,
    /// when it is provably sitegen's: empty, marked as a staging folder, or holding only the files
    /// its manifest lists. Anything else there stops the build before it writes.
    static func clearLeftover(_ path: String) throws(BuildFailure) {
        guard let kind = FileStatus(path)?.kind else { return }
        let sitegenName = "sitegen keeps unfinished builds under this name"
        guard kind == .directory else {
            throw BuildFailure([.error(path, "\(sitegenName); move this file away or rename it, then build again")])
        }
        switch OutputManifest.read(in: path) {
        case .staging:
            try? FileManager.default.removeItem(atPath: path)
        case .files:
            let left = removeListed(path)
            if !left.isEmpty {
                let survey = FolderSurvey(path, manifest: [])
                throw BuildFailure([.error(path, "\(sitegenName), but it also holds \(survey.strangersDescription); move them where they belong and delete the folder, then build again")])
            }
        case .missing, .foreign, .tooLarge:
            if rmdir(path) == 0 { return }
            let survey = FolderSurvey(path, manifest: [])
            throw BuildFailure([.error(path, "\(sitegenName), but sitegen did not make this folder: it holds \(survey.strangersDescription); move it away or rename it, then build again")])
        }
        if FileStatus(path) != nil {
            throw BuildFailure([.error(path, "cannot remove this folder, left by a build that was stopped; delete it, then build again")])
        }
    }
}
