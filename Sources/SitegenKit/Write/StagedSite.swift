import Foundation

/// The new site being assembled in a hidden sibling of the output folder, batch by batch as
/// sections are rendered, so a large build never holds every page's HTML at once. Nothing is
/// visible until `commit` swaps it with the old output; `abandon` (or any failure) leaves the old
/// site as it was. Used by one task at a time.
public final class StagedSite {
    private let target: URL
    private let staging: URL
    private let retired: URL
    private let displayPath: String
    private let previous: Set<String>
    private var folders: Set<String> = []
    private var paths: Set<String> = []
    private var outcome = OutputWriter.Outcome(written: 0, unchanged: 0, removed: 0)
    /// The first problem; later batches are skipped and `commit` reports it.
    private var failure: BuildFailure?

    public init(output: String, displayPath: String) throws(BuildFailure) {
        let fm = FileManager.default
        target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).sitegen-new")
        retired = parent.appendingPathComponent(".\(target.lastPathComponent).sitegen-old")
        self.displayPath = displayPath
        try OutputWriter.checkReplaceable(target, displayPath: displayPath)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)  // left by a build that was killed
            try? fm.removeItem(at: retired)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildFailure([.error(displayPath, "cannot create \(staging.path) (\(error.localizedDescription)); the previous site was left as it was")])
        }
        previous = Set(OutputWriter.existingFiles(in: target.path))
    }

    /// Places `files`: folders first (parents before children, each once), then the files on
    /// every core, each hard-linked from the old site when its bytes did not change.
    public func add(_ files: [OutputFile]) async {
        guard failure == nil else { return }
        func folderOf(_ path: Substring) -> Substring { path.lastIndex(of: "/").map { path[..<$0] } ?? "" }
        var newFolders: [String] = []
        for file in files {
            paths.insert(file.path)
            var folder = folderOf(file.path[...])
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                newFolders.append(String(folder))
                folder = folderOf(folder)
            }
        }
        for folder in newFolders.sorted() where mkdir(staging.path + "/" + folder, 0o755) != 0 && errno != EEXIST {
            failure = fail("cannot create the folder \(folder) (\(String(cString: strerror(errno))))")
            return
        }
        let stagingPath = staging.path, targetPath = target.path, previous = previous
        let results = await parallelMap(files) { file -> Result<Bool, BuildFailure> in
            Result { () throws(BuildFailure) -> Bool in
                try OutputWriter.place(file, in: stagingPath, replacing: targetPath, existed: previous.contains(file.path))
            }
        }
        for result in results {
            switch result {
            case .success(let written): if written { outcome.written += 1 } else { outcome.unchanged += 1 }
            case .failure(let problem):
                failure = fail(problem.diagnostics.first?.message ?? "cannot write the site")
                return
            }
        }
    }

    /// Swaps the new site into place.
    public func commit() throws(BuildFailure) -> OutputWriter.Outcome {
        if let failure {
            abandon()
            throw failure
        }
        let fm = FileManager.default
        outcome.removed = previous.subtracting(paths).count
        do {
            if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: retired)
                do {
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    try? fm.moveItem(at: retired, to: target)
                    throw error
                }
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            abandon()
            throw fail("cannot move the new site into place (\(error.localizedDescription))")
        }
        return outcome
    }

    /// Throws the new site away; the old one was never touched.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func fail(_ message: String) -> BuildFailure {
        BuildFailure([.error(displayPath, "\(message); the previous site was left as it was")])
    }
}
