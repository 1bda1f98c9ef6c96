import Foundation
import SitegenModel
import SitegenFileSystem
import SitegenLoad
import SitegenWrite

/// Checking a move and making every file's new bytes, touching nothing.
///
/// The site is read as the build reads it: `content/` listed by the build's rules (`SourceTree`:
/// hidden files skipped, never through a link out of the site), each page read within the text
/// limit (`TextFile`), its front matter with the bounded YAML reader. Where the move may write is
/// `WritePermission.content`'s to say, with the site's languages from `site.yml`.
extension SiteMove {
    struct Plan {
        var source: String
        var destination: String
        /// Each changed file at its path after the move, with its bytes before and after.
        var files: [MoveJournal.File]
        var linkFiles: Int
        var aliases: [(alias: String, path: String)]
        /// The output path (`imnm/cure/index.html`, lower case) of each page that stays, and of
        /// each of their aliases, with the page; and of each moved page at its new address.
        var staying: [String: String] = [:]
        var stayingAliases: [String: String] = [:]
        var arriving: [(output: String, path: String)] = []
    }

    /// A section folder of the site for a message's example: the one `path` is in when it
    /// exists, else the first by name; a neutral one in a site without sections.
    static func exampleSection(root: String, near path: String) -> String {
        let parts = path.split(separator: "/")
        if parts.count >= 2, FileStatus(root + "/content/" + parts[1] + "/_index.md") != nil { return "content/" + parts[1] }
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root + "/content")) ?? []
        let section = folders.sorted().first { !$0.hasPrefix(".") && FileStatus(root + "/content/" + $0 + "/_index.md") != nil }
        return section.map { "content/" + $0 } ?? "content/my-section"
    }

    /// A page of the site for a message's example: in the section `path` is in, else in the
    /// first section; a neutral one when there is none.
    static func examplePage(root: String, near path: String) -> String {
        let section = exampleSection(root: root, near: path)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + section)) ?? []
        // A page in the default language: `symptoms.md`, not `_index.md` or `symptoms.es.md`.
        let page = files.sorted().first { $0.hasSuffix(".md") && !$0.hasPrefix("_") && !$0.hasPrefix(".") && $0.split(separator: ".").count == 2 }
        return section + "/" + (page ?? "my-page.md")
    }

    static func makePlan(source rawSource: String, destination rawDestination: String, root: String) throws(Diagnostic) -> Plan {
        let source = clean(rawSource), destination = clean(rawDestination)
        for path in [source, destination] {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.first == "content", parts.count >= 2, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw .error(path, "is not inside content/; sitegen move moves pages (content/<section>/<page>.md) and sections (content/<section>)")
            }
        }
        guard let status = FileStatus(root + "/" + source, followingLinks: true) else {
            throw .error(source, "does not exist; give the path of a page or a section folder, like \(examplePage(root: root, near: source))")
        }
        let isFolder = status.kind == .directory
        let sourceParts = source.split(separator: "/"), destinationParts = destination.split(separator: "/")
        if isFolder {
            guard sourceParts.count == 2, destinationParts.count == 2 else {
                throw .error(source, "is a folder: give a section folder and its new folder, like 'sitegen move \(exampleSection(root: root, near: source)) content/new-name'")
            }
        } else {
            guard sourceParts.count == 3, destinationParts.count == 3, source.hasSuffix(".md"), destination.hasSuffix(".md"),
                  sourceParts[2] != "_index.md", destinationParts[2] != "_index.md"
            else {
                let page = examplePage(root: root, near: source)
                let renamed = page.split(separator: "/").dropLast().joined(separator: "/") + "/new-name.md"
                throw .error(source, "is not a page; give a page and its new name, like 'sitegen move \(page) \(renamed)' (to move a section, give its folder)")
            }
        }
        if let problem = WritePermission.contentLocation(source, siteRoot: root) { throw .error(source, problem) }
        let languages = try languages(siteRoot: root)
        if let problem = WritePermission.content(destination, siteRoot: root, languageCodes: Set(languages.keys), isFolder: isFolder) {
            throw .error(destination, problem)
        }
        try refuseExisting(destination, root: root)

        let moved: (String) -> String? = { path in
            if path == source { return destination }
            if isFolder, path.hasPrefix(source + "/") { return destination + path.dropFirst(source.count) }
            return nil
        }
        var plan = Plan(source: source, destination: destination, files: [], linkFiles: 0, aliases: [])
        for file in SourceTree(siteRoot: root, folder: "content").files where file.relative.lowercased().hasSuffix(".md") {
            try plan.add(file, newPath: moved(file.relative) ?? file.relative, moved: moved, languages: languages)
        }
        try plan.refuseTakenAddresses()
        return plan
    }

    /// The site's languages besides the default one: their codes, with the folder each is published in.
    private static func languages(siteRoot: String) throws(Diagnostic) -> [String: String] {
        let text: String
        switch TextFile.read(siteRoot + "/" + SiteConfigLoader.path, path: SiteConfigLoader.path) {
        case .success(let read): text = read
        case .failure(let problem): throw Diagnostic(.error, problem.path, line: problem.line, problem.message + " (sitegen move reads site.yml for the site's languages; nothing was moved)")
        }
        let (config, diagnostics) = SiteConfigLoader.load(text: text, baseURLOverride: nil)
        guard let config else {
            let problem = diagnostics.errors.first ?? .error(SiteConfigLoader.path, "cannot be read")
            throw Diagnostic(.error, problem.path, line: problem.line, problem.message + " (sitegen move reads site.yml for the site's languages; fix it, then move again)")
        }
        return Dictionary(config.languages.map { ($0.code.lowercased(), $0.pathPrefix) }) { first, _ in first }
    }

    /// Refuses a destination that exists, also spelt differently in case (it would be the same
    /// file on macOS and Windows).
    private static func refuseExisting(_ destination: String, root: String) throws(Diagnostic) {
        let folder = LinkRewrite.folder(of: destination)
        let name = String(destination.split(separator: "/").last ?? "")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
        if let existing = names.first(where: { $0.lowercased() == name.lowercased() }) {
            let what = existing == name ? "already exists" : "already exists as \(folder)/\(existing)"
            throw .error(destination, "\(what); sitegen move never replaces a file: choose another name, or remove that one first")
        }
    }

    /// A page's address, as the content loader makes it: a translation's under its language's
    /// folder, a `slug:` in place of the file's name (not for a section's page).
    static func address(of path: String, slug: String?, languages: [String: String]) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "content", parts[2].lowercased().hasSuffix(".md") else { return nil }
        var name = parts[2], folder = ""
        if let code = TranslationName.language(of: name), let prefix = languages[code.lowercased()] {
            name = TranslationName.original(of: name, language: code)
            folder = prefix
        }
        let section = folder + Slug.make(parts[1]) + "/"
        if name == "_index.md" { return section }
        return section + Slug.make(slug ?? String(name.dropLast(3))) + "/"
    }

    private static func clean(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasSuffix("/"), path.count > 1 { path = path.dropLast() }
        return String(path)
    }
}

extension SiteMove.Plan {
    /// Reads one Markdown file of the site and records its new bytes, if the move changes it.
    mutating func add(_ file: SourceTree.File, newPath: String, moved: (String) -> String?, languages: [String: String]) throws(Diagnostic) {
        let path = file.relative
        let text: String, bytes: [UInt8]
        switch TextFile.readWithBytes(file.absolute, path: path) {
        case .success(let read): (text, bytes) = read
        case .failure(let problem):
            throw Diagnostic(.error, problem.path, line: problem.line, problem.message + " (sitegen move reads every page to change its links; nothing was moved)")
        }
        let parsed = FrontMatterParser.parse(text, path: path)
        let edits = try LinkRewrite.edits(in: text, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, oldPath: path, newPath: newPath, moved: moved)
        var newText = edits.isEmpty ? text : String(decoding: LinkRewrite.replacing(edits, in: Array(text.utf8)), as: UTF8.self)
        if !edits.isEmpty, newPath == path { linkFiles += 1 }
        let slug = path.hasSuffix("/_index.md") ? nil : parsed.frontMatter?.slug
        if newPath == path {
            if let address = SiteMove.address(of: path, slug: slug, languages: languages) { staying[(address + "index.html").lowercased()] = path }
            for alias in parsed.frontMatter?.aliases ?? [] { stayingAliases[alias.outputPath.lowercased()] = path }
        } else if let address = SiteMove.address(of: newPath, slug: slug, languages: languages) {
            arriving.append(((address + "index.html").lowercased(), newPath))
        }
        if newPath != path, let old = SiteMove.address(of: path, slug: slug, languages: languages),
           let new = SiteMove.address(of: newPath, slug: slug, languages: languages), old != new {
            if let kept = try AliasInsertion.remove(new, from: newText, path: path) { newText = kept }
            if let added = try AliasInsertion.add(old, to: newText, path: path) {
                try SiteMove.verify(added, alias: old, newAddress: new, path: path)
                newText = added
                aliases.append((old, newPath))
            }
        }
        guard newText != text else { return }
        if FileStatus(file.absolute)?.kind == .link {
            throw .error(path, "is a symbolic link, and sitegen move changes files, never what a link points to; replace the link with the file itself, then move again")
        }
        let mark: [UInt8] = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []  // kept as the editor saved it
        files.append(MoveJournal.File(path: newPath, old: Data(bytes), new: Data(mark + Array(newText.utf8))))
    }

    /// A moved page may not arrive at the address of a page that stays (another file name with
    /// the same `slug:`, say), nor at one a page keeps in its `aliases:`: the build would stop.
    func refuseTakenAddresses() throws(Diagnostic) {
        for (output, path) in arriving {
            let address = String(output.dropLast("index.html".count))
            if let other = staying[output] {
                throw .error(path, "would have the address \(address), which \(other) already has; choose another name")
            }
            if let other = stayingAliases[output] {
                throw .error(path, "would have the address \(address), which \(other) keeps as an old address in its 'aliases:' (old links lead there); choose another name, or remove that alias first")
            }
        }
    }
}
