import Foundation

/// Writes a finished site so that readers and deploy tools only ever see a whole one.
///
/// Files go to a hidden sibling folder first; only when every file is written is that folder swapped
/// with the old output. A failure at any point leaves the previous site exactly as it was.
public enum OutputWriter {
    /// - Parameters:
    ///   - output: absolute path of the output folder.
    ///   - displayPath: the same folder as the user named it, for messages.
    public static func write(_ files: [OutputFile], to output: String, displayPath: String) throws(BuildFailure) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).sitegen-new")
        let retired = parent.appendingPathComponent(".\(name).sitegen-old")
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
        var made: Set<String> = []
        for file in files {
            let destination = staging.appendingPathComponent(file.path)
            let folder = destination.deletingLastPathComponent().path
            do {
                if !made.contains(folder) {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    made.insert(folder)
                }
                switch file.contents {
                case .text(let text): try Data(text.utf8).write(to: destination)
                case .copy(let source): try Data(contentsOf: URL(fileURLWithPath: source)).write(to: destination)
                }
            } catch {
                throw fail("cannot write \(file.path) (\(error.localizedDescription))")
            }
        }
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
