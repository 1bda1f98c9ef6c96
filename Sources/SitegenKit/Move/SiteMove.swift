import Foundation
import SitegenModel
import SitegenLoad

/// `sitegen move SRC DST`: moves a page (or a section's folder), changes every link to it, and
/// keeps its old address working with an alias.
///
/// All-or-nothing: every file's new text is made and checked in memory first; then the move is
/// one rename, and each changed file is replaced atomically (a temporary file renamed over it).
/// If any step fails, the files already replaced get their old text back and the rename is undone.
public enum SiteMove {
    public struct Result: Sendable {
        public var messages: [String]
    }

    struct Plan {
        var source: String
        var destination: String
        /// New text by final path (relative to the site folder), with the old bytes to restore.
        var edits: [(path: String, text: String, old: Data)]
        var linkFiles: Int
        var aliases: [(alias: String, path: String)]
    }

    public static func run(source: String, destination: String, options: ScaffoldOptions) throws(Diagnostic) -> Result {
        let plan = try makePlan(source: source, destination: destination, root: options.source)
        try apply(plan, root: options.source)
        let prefix = options.pathPrefix
        var messages = ["Moved \(prefix)\(plan.source) to \(prefix)\(plan.destination); updated links in \(plan.linkFiles) file\(plan.linkFiles == 1 ? "" : "s")."]
        messages += plan.aliases.map { "Added alias \($0.alias) to \(prefix)\($0.path)." }
        return Result(messages: messages)
    }

    /// Checks the paths and makes every file's new text, touching nothing.
    static func makePlan(source rawSource: String, destination rawDestination: String, root: String) throws(Diagnostic) -> Plan {
        let source = clean(rawSource), destination = clean(rawDestination)
        let fileManager = FileManager.default
        for path in [source, destination] {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.first == "content", parts.count >= 2, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw .error(path, "is not inside content/; sitegen move moves pages (content/<section>/<page>.md) and sections (content/<section>)")
            }
        }
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: root + "/" + source, isDirectory: &isFolder) else {
            throw .error(source, "does not exist; give the path of a page or a section folder, like content/imnm/cure.md")
        }
        let sourceParts = source.split(separator: "/"), destinationParts = destination.split(separator: "/")
        if isFolder.boolValue {
            guard sourceParts.count == 2, destinationParts.count == 2 else {
                throw .error(source, "is a folder: give a section folder and its new folder, like 'sitegen move content/imnm content/myositis'")
            }
        } else {
            guard sourceParts.count == 3, destinationParts.count == 3, source.hasSuffix(".md"), destination.hasSuffix(".md"),
                  sourceParts[2] != "_index.md", destinationParts[2] != "_index.md"
            else {
                throw .error(source, "is not a page; give a page and its new name, like 'sitegen move content/imnm/cure.md content/imnm/outlook.md' (to move a section, give its folder)")
            }
            guard fileManager.fileExists(atPath: root + "/" + destinationParts.dropLast().joined(separator: "/")) else {
                throw .error(destination, "is in a section that does not exist; create it first with 'sitegen new section'")
            }
        }
        try refuseExisting(destination, source: source, root: root)

        let moved: (String) -> String? = { path in
            if path == source { return destination }
            if isFolder.boolValue, path.hasPrefix(source + "/") { return destination + path.dropFirst(source.count) }
            return nil
        }
        var edits: [(path: String, text: String, old: Data)] = []
        var linkFiles = 0
        var aliases: [(alias: String, path: String)] = []
        for path in markdownFiles(root: root) {
            guard let data = fileManager.contents(atPath: root + "/" + path), let text = String(data: data, encoding: .utf8) else {
                throw .error(path, "cannot be read as UTF-8 text, so its links cannot be checked; fix or remove it, then move again")
            }
            let newPath = moved(path) ?? path
            let parsed = FrontMatterParser.parse(text, path: path)
            let lineEdits = try LinkRewrite.edits(in: text, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, oldPath: path, newPath: newPath, moved: moved)
            var newText = apply(lineEdits, to: text)
            if !lineEdits.isEmpty, newPath == path { linkFiles += 1 }
            if newPath != path, let old = address(of: path), let new = address(of: newPath), old != new {
                if let kept = try AliasInsertion.remove(new, from: newText, path: path) { newText = kept }
                if let added = try AliasInsertion.add(old, to: newText, path: path) {
                    try verify(added, alias: old, newAddress: new, path: path)
                    newText = added
                    aliases.append((old, newPath))
                }
            }
            if newText != text { edits.append((newPath, newText, data)) }
        }
        return Plan(source: source, destination: destination, edits: edits, linkFiles: linkFiles, aliases: aliases)
    }

    /// Moves, then replaces each changed file; undoes everything done when a step fails.
    static func apply(_ plan: Plan, root: String) throws(Diagnostic) {
        let fileManager = FileManager.default
        do {
            try fileManager.moveItem(atPath: root + "/" + plan.source, toPath: root + "/" + plan.destination)
        } catch {
            throw .error(plan.source, "cannot be moved to \(plan.destination) (\(reason(error))); nothing was changed")
        }
        var written: [(path: String, old: Data)] = []
        for edit in plan.edits {
            do {
                try replace(root + "/" + edit.path, with: Data(edit.text.utf8))
                written.append((edit.path, edit.old))
            } catch {
                for done in written.reversed() { try? replace(root + "/" + done.path, with: done.old) }
                try? fileManager.moveItem(atPath: root + "/" + plan.destination, toPath: root + "/" + plan.source)
                throw .error(edit.path, "cannot be written (\(reason(error))); every file was put back as it was, nothing was moved")
            }
        }
    }

    /// Refuses a destination that exists, also spelt differently in case (it would be the same
    /// file on macOS and Windows).
    private static func refuseExisting(_ destination: String, source: String, root: String) throws(Diagnostic) {
        let folder = LinkRewrite.folder(of: destination)
        let name = String(destination.split(separator: "/").last ?? "")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
        if let existing = names.first(where: { $0.lowercased() == name.lowercased() }) {
            let what = existing == name ? "already exists" : "already exists as \(folder)/\(existing)"
            throw .error(destination, "\(what); sitegen move never replaces a file: choose another name, or remove that one first")
        }
    }

    /// The page's address, as the content loader makes it.
    static func address(of path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "content", parts[2].hasSuffix(".md") else { return nil }
        let section = Slug.make(parts[1])
        if parts[2] == "_index.md" { return section + "/" }
        return section + "/" + Slug.make(String(parts[2].dropLast(3))) + "/"
    }

    /// The edited front matter must still read, with the new alias in it.
    private static func verify(_ text: String, alias: String, newAddress: String, path: String) throws(Diagnostic) {
        let parsed = FrontMatterParser.parse(text, path: path)
        if let frontMatter = parsed.frontMatter, frontMatter.aliases.contains(where: { $0.address == alias }),
           !frontMatter.aliases.contains(where: { $0.address == newAddress }) { return }
        if parsed.frontMatter == nil, let problem = parsed.diagnostics.errors.first {
            throw .error(path, line: problem.line, "the alias '\(alias)' cannot be added while the front matter has an error (\(problem.message)); fix it, then move again")
        }
        throw .error(path, "the alias '\(alias)' could not be added to the front matter; add it by hand after the move")
    }

    private static func apply(_ edits: [LinkRewrite.Edit], to text: String) -> String {
        guard !edits.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func markdownFiles(root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root + "/content") else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && !$0.split(separator: "/").contains(where: { $0.hasPrefix(".") }) }
            .map { "content/" + $0 }.sorted()
    }

    private static func clean(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasSuffix("/"), path.count > 1 { path = path.dropLast() }
        return String(path)
    }
}
