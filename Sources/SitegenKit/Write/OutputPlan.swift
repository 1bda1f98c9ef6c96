/// Checks the list of files to write before anything touches the disk: every path stays inside
/// the output folder, and no two files claim the same path.
enum OutputPlan {
    static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: String] = [:]
        var folders: Set<String> = []
        for file in files {
            let origin = file.origin.isEmpty ? file.path : file.origin
            guard isContained(file.path) else {
                diagnostics.append(.error(origin, "would be written to '\(file.path)', outside the output folder; rename it"))
                continue
            }
            let key = file.path.lowercased()  // case-insensitive disks (macOS, Windows) would merge these
            if let owner = owners[key] {
                diagnostics.append(.error(origin, "would be written to \(file.path), which \(owner) already uses; rename one of them"))
                continue
            }
            owners[key] = file.origin.isEmpty ? "the generated page \(file.path)" : file.origin
            var parent = ""
            for part in file.path.split(separator: "/").dropLast() {
                parent += part.lowercased() + "/"
                folders.insert(parent)
            }
        }
        for file in files where folders.contains(file.path.lowercased() + "/") {
            diagnostics.append(.error(file.origin.isEmpty ? file.path : file.origin, "\(file.path) is both a file and a folder of the output; rename it"))
        }
        return diagnostics
    }

    /// A relative path with no empty, `.` or `..` parts: it cannot climb out of the folder.
    static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
