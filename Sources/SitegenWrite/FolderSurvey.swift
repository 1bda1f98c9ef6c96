import Foundation
import SitegenFileSystem

/// What a folder holds, measured against its manifest: the listed files that are there (the only
/// ones a build may replace or remove) and everything else, the strangers.
struct FolderSurvey {
    /// Files of the manifest found as regular files.
    private(set) var listed: Set<String> = []
    /// Everything else, in name order; a folder with nothing listed in it is one entry ("notes/").
    private(set) var strangers: [String] = []
    /// Folders that hold listed files, deepest first (the order to remove them in).
    private(set) var folders: [String] = []
    /// The folder exists but cannot be listed.
    private(set) var unreadable = false

    /// Lists `folder` without following any link. A missing folder holds nothing.
    init(_ folder: String, manifest: Set<String>) {
        var known: Set<Substring> = []
        for path in manifest {
            var end = path.lastIndex(of: "/")
            while let slash = end, known.insert(path[..<slash]).inserted {
                end = path[..<slash].lastIndex(of: "/")
            }
        }
        walk(folder, relative: "", manifest: manifest, known: known)
        folders.sort { $0.count > $1.count }
    }

    private mutating func walk(_ folder: String, relative: String, manifest: Set<String>, known: Set<Substring>) {
        let here = relative.isEmpty ? folder : folder + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else {
            // What cannot be listed cannot be proven sitegen's.
            if relative.isEmpty { unreadable = FileStatus(folder) != nil } else { strangers.append(relative + "/") }
            return
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty, name == OutputManifest.name { continue }
            switch FileStatus(here + "/" + name)?.kind {
            case .file where manifest.contains(path):
                listed.insert(path)
            case .directory where known.contains(Substring(path)):
                folders.append(path)
                walk(folder, relative: path, manifest: manifest, known: known)
            case .directory:
                strangers.append(path + "/")
            default:
                strangers.append(path)
            }
        }
    }

    /// "it" or "them", for the advice after the list.
    var pronoun: String { strangers.count == 1 ? "it" : "them" }

    /// Whether the strangers look like a site built by a sitegen that kept no manifest.
    var looksLikeOlderBuild: Bool {
        strangers.contains("index.html") && strangers.contains("404.html") && !strangers.contains { $0.hasPrefix(".") }
    }

    /// "2 files and 1 folder that sitegen did not write: CNAME, notes/, x.txt" (the first five).
    var strangersDescription: String {
        let folderCount = strangers.filter { $0.hasSuffix("/") }.count
        let fileCount = strangers.count - folderCount
        let counts = [
            fileCount == 0 ? nil : fileCount == 1 ? "1 file" : "\(fileCount) files",
            folderCount == 0 ? nil : folderCount == 1 ? "1 folder" : "\(folderCount) folders",
        ].compactMap { $0 }.joined(separator: " and ")
        let shown = strangers.prefix(5).joined(separator: ", ")
        let more = strangers.count > 5 ? " and \(strangers.count - 5) more" : ""
        return "\(counts) that sitegen did not write: \(shown)\(more)"
    }
}
