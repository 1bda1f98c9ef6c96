import Foundation

/// The list of files a build wrote, kept in the output folder as `.sitegen-manifest`: sitegen's
/// proof that it made them, so the next build may replace or remove these files and nothing else.
///
/// Plain text: a header line, then one path per line sorted by bytes, with no dates, so a rebuild
/// of the same site writes the same bytes. A staging folder holds one with only the staging
/// header while it is filled, which marks it as sitegen's should the build be killed.
enum OutputManifest {
    static let name = ".sitegen-manifest"
    static let header = "# sitegen wrote these files; the next build replaces or removes them and nothing else"
    static let stagingHeader = "# sitegen is building a site in this folder; it is removed when the build ends"

    enum Contents: Equatable {
        /// No manifest: the folder is not sitegen's, unless it is empty.
        case missing
        /// A staging folder of a build that has not ended.
        case staging
        case files(Set<String>)
        /// A file of that name that sitegen did not write.
        case foreign
    }

    static func read(in folder: String) -> Contents {
        let path = folder + "/" + name
        guard let status = FileStatus(path) else { return .missing }
        guard status.kind == .file, case .success(let bytes) = FileBytes.read(path) else { return .foreign }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return .foreign }  // a whole file ends with a line break
        switch lines.first {
        case Substring(stagingHeader): return lines.count == 2 ? .staging : .foreign
        case Substring(header): return .files(Set(lines.dropFirst().dropLast().map(String.init)))
        default: return .foreign
        }
    }

    static func text(listing paths: [String]) -> String {
        let sorted = paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return ([header] + sorted).joined(separator: "\n") + "\n"
    }

    static var stagingText: String { stagingHeader + "\n" }
}

/// What a folder holds, measured against its manifest: the listed files that are there (the only
/// ones a build may replace or remove) and everything else, the strangers.
struct FolderSurvey {
    /// Files of the manifest found as regular files.
    private(set) var listed: Set<String> = []
    /// Everything else, in name order; a folder with nothing listed in it is one entry ("notes/").
    private(set) var strangers: [String] = []
    /// Folders that hold listed files, deepest first (the order to remove them in).
    private(set) var folders: [String] = []

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
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else { return }
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
