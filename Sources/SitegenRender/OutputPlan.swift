import SitegenModel

/// Checks the list of files of the output: every path stays inside the output folder, and no two
/// files claim the same path. A build that fails it is never moved into the output folder.
package enum OutputPlan {
    package static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Every file of a build passes here: owners are kept as indexes and described only when
        // two files meet, and a folder's parents are added only until one is already known.
        var owners: [String: Int] = [:]
        owners.reserveCapacity(files.count)
        var folders: Set<Substring> = []
        for (index, file) in files.enumerated() {
            let origin = file.origin.isEmpty ? file.path : file.origin
            guard isContained(file.path) else {
                diagnostics.append(.error(origin, "would be written to '\(file.path)', outside the output folder; rename it"))
                continue
            }
            if file.path.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
                diagnostics.append(.error(origin, "has a line break in its name, which the output's list of files cannot hold; rename it"))
                continue
            }
            let key = file.path.lowercased()  // case-insensitive disks (macOS, Windows) would merge these
            if key == OutputFile.manifestName || key.hasPrefix(OutputFile.manifestName + "/") {
                diagnostics.append(.error(origin, "would be written to \(file.path), where sitegen keeps the list of the files it wrote; rename it"))
                continue
            }
            if let owner = owners[key] {
                let name = describe(files[owner])
                if let alias = file.alias {
                    diagnostics.append(.error(origin, line: file.originLine, "the alias '\(alias)' would be written to \(file.path), which \(name) already uses; remove the alias or change it"))
                } else {
                    diagnostics.append(.error(origin, "would be written to \(file.path), which \(name) already uses; rename one of them"))
                }
                continue
            }
            // Aliases come last: a file where an alias needs a folder is already known.
            if let alias = file.alias, let owner = fileFolder(of: key, in: owners) {
                let name = describe(files[owner])
                diagnostics.append(.error(origin, line: file.originLine, "the alias '\(alias)' would make \(files[owner].path) a folder, but \(name) is written there; remove the alias or change it"))
                continue
            }
            owners[key] = index
            var end = key.utf8.lastIndex(of: UInt8(ascii: "/"))
            while let slash = end, folders.insert(key[...slash]).inserted {
                end = key.utf8[..<slash].lastIndex(of: UInt8(ascii: "/"))
            }
        }
        for file in files where folders.contains(Substring(file.path.lowercased() + "/")) {
            // An alias that made the folder is named at its line: the file came after it.
            let folder = file.path.lowercased() + "/"
            let aliases = files.filter { $0.alias != nil && $0.path.lowercased().hasPrefix(folder) }
            for alias in aliases {
                diagnostics.append(.error(alias.origin, line: alias.originLine, "the alias '\(alias.alias ?? "")' would make \(file.path) a folder, but \(describe(file)) is written there; remove the alias or change it"))
            }
            if aliases.isEmpty {
                diagnostics.append(.error(file.origin.isEmpty ? file.path : file.origin, line: file.originLine, "\(file.path) is both a file and a folder of the output; rename it"))
            }
        }
        return diagnostics
    }

    private static func describe(_ file: OutputFile) -> String {
        if let alias = file.alias, let line = file.originLine { return "the alias '\(alias)' at \(file.origin):\(line)" }
        return file.origin.isEmpty ? "the generated page \(file.path)" : file.origin
    }

    /// The index of the file at the first folder of `key` that is a file of the output.
    private static func fileFolder(of key: String, in owners: [String: Int]) -> Int? {
        var slash = key.utf8.firstIndex(of: UInt8(ascii: "/"))
        while let end = slash {
            if let owner = owners[String(key[..<end])] { return owner }
            slash = key.utf8[key.utf8.index(after: end)...].firstIndex(of: UInt8(ascii: "/"))
        }
        return nil
    }

    /// A relative path with no empty, `.` or `..` parts: it cannot climb out of the folder.
    static func isContained(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let first = bytes.first, first != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: "\\")), !bytes.contains(0) else { return false }
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.elementsEqual(".".utf8) && !part.elementsEqual("..".utf8)
        }
    }
}
