import Foundation

/// Writes a finished site so that readers and deploy tools only ever see a whole one, and so that
/// files whose bytes did not change keep their modification time (rsync and deploy tools then
/// send only what changed).
///
/// The new site is assembled in a hidden sibling folder: a file identical to the one already
/// published is hard-linked from it (same inode, same mtime), any other file is written anew, and
/// files that no longer belong are simply not carried over. Only when every file is in place is the
/// folder swapped with the old output. A failure at any point leaves the previous site as it was.
public enum OutputWriter {
    public struct Outcome: Sendable, Equatable {
        /// Files whose bytes are new or changed.
        public var written: Int
        /// Files carried over untouched.
        public var unchanged: Int
        /// Files of the previous site that are gone.
        public var removed: Int
    }

    /// - Parameters:
    ///   - output: absolute path of the output folder.
    ///   - displayPath: the same folder as the user named it, for messages.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: String, displayPath: String) async throws(BuildFailure) -> Outcome {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).sitegen-new")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).sitegen-old")
        func fail(_ message: String) -> BuildFailure {
            try? fm.removeItem(at: staging)
            return BuildFailure([.error(displayPath, "\(message); the previous site was left as it was")])
        }
        try checkReplaceable(target, displayPath: displayPath)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)  // left by a build that was killed
            try? fm.removeItem(at: retired)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw fail("cannot create \(staging.path) (\(error.localizedDescription))")
        }
        let previous = Set(existingFiles(in: target.path))
        // Folders first, parents before children, each once; then the files on every core.
        var folders: Set<String> = []
        func folderOf(_ path: Substring) -> Substring { path.lastIndex(of: "/").map { path[..<$0] } ?? "" }
        for file in files {
            var folder = folderOf(file.path[...])
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = folderOf(folder)
            }
        }
        for folder in folders.sorted() where mkdir(staging.path + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw fail("cannot create the folder \(folder) (\(String(cString: strerror(errno))))")
        }
        let stagingPath = staging.path, targetPath = target.path
        let results = await parallelMap(files) { file -> Result<Bool, BuildFailure> in
            Result { () throws(BuildFailure) -> Bool in
                try place(file, in: stagingPath, replacing: targetPath, existed: previous.contains(file.path))
            }
        }
        var outcome = Outcome(written: 0, unchanged: 0, removed: 0)
        for result in results {
            switch result {
            case .success(let written): if written { outcome.written += 1 } else { outcome.unchanged += 1 }
            case .failure(let failure): throw fail(failure.diagnostics.first?.message ?? "cannot write the site")
            }
        }
        outcome.removed = previous.subtracting(files.map(\.path)).count
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
            throw fail("cannot move the new site into place (\(error.localizedDescription))")
        }
        return outcome
    }

    /// Puts one file into the staging folder: a hard link to the published file when the bytes
    /// are the same (so it keeps its modification time), else the new bytes. True when written.
    private static func place(_ file: OutputFile, in staging: String, replacing target: String, existed: Bool) throws(BuildFailure) -> Bool {
        let destination = staging + "/" + file.path
        let old = target + "/" + file.path
        do {
            let bytes: Data
            switch file.contents {
            case .text(let text): bytes = Data(text.utf8)
            case .copy(let source): bytes = try Data(contentsOf: URL(fileURLWithPath: source))
            }
            if existed, unchanged(old, bytes), link(old, destination) == 0 { return false }
            try bytes.write(to: URL(fileURLWithPath: destination))
            return true
        } catch {
            throw BuildFailure([.error(file.path, "cannot write \(file.path) (\(error.localizedDescription))")])
        }
    }

    /// Byte-for-byte comparison with the published file: exact, and as cheap as hashing both.
    private static func unchanged(_ path: String, _ bytes: Data) -> Bool {
        guard FileStatus(path)?.size == bytes.count, let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing == bytes
    }

    /// Regular files under `folder`, relative to it.
    private static func existingFiles(in folder: String, prefix: String = "") -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [String] = []
        for name in names {
            switch FileStatus(folder + "/" + name)?.kind {
            case .file: files.append(prefix + name)
            case .directory: files += existingFiles(in: folder + "/" + name, prefix: prefix + name + "/")
            default: break
            }
        }
        return files
    }

    /// Refuses to replace a folder that is not an earlier build, so a mistyped `--output` cannot
    /// wipe someone's documents.
    static func checkReplaceable(_ target: URL, displayPath: String) throws(BuildFailure) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure([.error(displayPath, "the output path is a file, not a folder; choose another --output")])
        }
        let entries = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
        let looksBuilt = entries.isEmpty || entries.contains("index.html") || entries.contains("sitemap.xml")
        if !looksBuilt {
            throw BuildFailure([.error(displayPath, "the output folder already holds files that sitegen did not make (no index.html); choose an empty or new folder with --output")])
        }
    }
}
