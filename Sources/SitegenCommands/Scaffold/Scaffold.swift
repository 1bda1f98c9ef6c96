import Foundation
import SitegenModel
import SitegenLoad

/// Where to create new files.
public struct ScaffoldOptions: Sendable {
    /// The site folder as the user typed it (`--source`): holds `content/`.
    public var source: String

    public init(source: String = ".") { self.source = source }

    /// The folder before paths in messages, as `BuildCommand` prints it: "" or "site/".
    public var pathPrefix: String { source == "." ? "" : (source.hasSuffix("/") ? source : source + "/") }

    /// ` --source site` for commands suggested in messages, so they can be copied as they are.
    var sourceArgument: String { source == "." ? "" : " --source \(Scaffold.shellWord(source))" }
}

/// A file `sitegen new` created.
public struct ScaffoldResult: Sendable, Equatable {
    /// Relative to the site folder: `content/lupus/symptoms.md`.
    public var path: String
    public var title: String
    /// `nil` for a section's `_index.md`: sections are listed A–Z by title.
    public var weight: Int?
    /// Problems that did not stop the file being created (a page whose weight could not be read).
    public var warnings: [Diagnostic]
    /// What to tell the user, one line each: "Created content/lupus/symptoms.md (draft). …".
    public var messages: [String]
}

/// `sitegen new section NAME` and `sitegen new page SECTION/NAME`: start a file an editor fills in.
///
/// Every problem is thrown as one `Diagnostic` (the command exits 1); nothing is written then.
public enum Scaffold {
    /// What would be created, worked out from the site as it is; writes nothing.
    struct Plan: Equatable {
        /// Relative to the site folder.
        var path: String
        var text: String
        var title: String
        var weight: Int?
        /// The folder to create first (a new section's), relative to the site folder.
        var newFolder: String?
        var warnings: [Diagnostic] = []
    }

    /// Creates `content/<slug of name>/_index.md`, or the `_index.md` of an existing section folder
    /// that lacks one.
    public static func newSection(_ name: String, options: ScaffoldOptions) throws(Diagnostic) -> ScaffoldResult {
        let plan = try planSection(name, siteRoot: options.source)
        try create(plan, siteRoot: options.source)
        let slug = Slug.make(String(plan.path.split(separator: "/")[1]))
        return result(plan, options: options, next: "Add pages to it with 'sitegen new page \(slug)/symptoms\(options.sourceArgument)'.")
    }

    /// Creates `content/<section>/<slug of name>.md` for `spec` written `SECTION/NAME`.
    public static func newPage(_ spec: String, options: ScaffoldOptions) throws(Diagnostic) -> ScaffoldResult {
        let plan = try planPage(spec, siteRoot: options.source, sourceArgument: options.sourceArgument)
        try create(plan, siteRoot: options.source)
        return result(plan, options: options, next: nil)
    }

    private static func result(_ plan: Plan, options: ScaffoldOptions, next: String?) -> ScaffoldResult {
        let preview = "sitegen serve --drafts\(options.sourceArgument)"
        var messages = ["Created \(options.pathPrefix)\(plan.path) (draft). Edit it, then run '\(preview)' to preview."]
        if let next { messages.append(next) }
        return ScaffoldResult(path: plan.path, title: plan.title, weight: plan.weight, warnings: plan.warnings, messages: messages)
    }

    // MARK: - Planning

    static func planSection(_ name: String, siteRoot: String) throws(Diagnostic) -> Plan {
        try requireContentFolder(siteRoot)
        let typed = ScaffoldText.collapsingWhitespace(name)
        if typed.contains("/") {
            throw .error("content", "a section name cannot contain '/' (found '\(typed)'); to add a page to a section, run 'sitegen new page \(shellWord(typed))'")
        }
        let slug = Slug.make(typed)
        guard !slug.isEmpty else {
            throw .error("content", "the name '\(typed)' has no letters or digits to make a folder name and web address from; use a name like 'Lupus' or 'Systemic lupus erythematosus'")
        }
        let title = ScaffoldText.title(fromName: typed)
        let text = ScaffoldText.section(title: title)
        let folders = sectionFolders(siteRoot, slug: slug)
        // An existing folder with this address but no _index.md gets one; one that has it is refused.
        for folder in folders {
            let index = "content/\(folder)/_index.md"
            if exists(siteRoot, index) {
                throw .error(index, folder == slug
                    ? "already exists; choose another name or edit that file"
                    : "already exists with the same web address (\(slug)/) as the new section; choose another name or edit that file")
            }
        }
        if let folder = folders.first {
            return Plan(path: "content/\(folder)/_index.md", text: text, title: title, weight: nil, newFolder: nil)
        }
        return Plan(path: "content/\(slug)/_index.md", text: text, title: title, weight: nil, newFolder: "content/\(slug)")
    }

    static func planPage(_ spec: String, siteRoot: String, sourceArgument: String = "") throws(Diagnostic) -> Plan {
        try requireContentFolder(siteRoot)
        let (sectionName, pageName) = try splitPageSpec(spec)
        let sectionSlug = Slug.make(sectionName)
        let pageSlug = Slug.make(pageName)
        guard !sectionSlug.isEmpty else {
            throw .error("content", "the section name '\(sectionName)' has no letters or digits; write SECTION/NAME, like 'lupus/symptoms'")
        }
        let folders = sectionFolders(siteRoot, slug: sectionSlug)
        guard let folder = folders.first(where: { exists(siteRoot, "content/\($0)/_index.md") }) ?? folders.first else {
            var message = "there is no section folder '\(sectionSlug)'"
            if let guess = Suggestion.closest(to: sectionSlug, in: allSectionFolders(siteRoot)) {
                message += "; did you mean '\(guess)/\(pageSlug.isEmpty ? pageName : pageSlug)'? Or create the section first"
            } else {
                message += "; create the section first"
            }
            message += " with 'sitegen new section \(shellWord(sectionName))\(sourceArgument)'"
            throw .error("content/\(sectionSlug)", message)
        }
        let sectionFolder = "content/\(folder)"
        if pageName.lowercased() == "_index" {
            throw .error(sectionFolder + "/_index.md", "is the section's own page, not a page in it; create it with 'sitegen new section \(shellWord(sectionName))\(sourceArgument)'")
        }
        guard exists(siteRoot, sectionFolder + "/_index.md") else {
            throw .error(sectionFolder + "/_index.md", "the section has no _index.md, so its pages cannot be published; create it first with 'sitegen new section \(shellWord(sectionName))\(sourceArgument)'")
        }
        guard !pageSlug.isEmpty else {
            throw .error(sectionFolder, "the name '\(pageName)' has no letters or digits to make a file name and web address from; use a name like 'symptoms' or 'Living with lupus'")
        }
        let path = "\(sectionFolder)/\(pageSlug).md"
        let (pages, unreadWeights) = existingPages(siteRoot, sectionFolder: sectionFolder)
        if let clash = pages.first(where: { $0.slug == pageSlug }) {
            throw .error(clash.path, clash.path == path
                ? "already exists; choose another name or edit that file"
                : "already exists with the same web address (\(sectionSlug)/\(pageSlug)/) as the new page; choose another name or edit that file")
        }
        if exists(siteRoot, path) {  // a folder or hidden file of that name: not a page, but in the way
            throw .error(path, "already exists; choose another name or edit that file")
        }
        var warnings = unreadWeights
        let weight = nextWeight(after: pages.map(\.weight))
        if let highest = pages.compactMap(\.weight).max(), weight - highest < 10 {
            warnings.append(.warning(path, "its weight is \(weight), the highest a weight may be, so it may not be listed after the section's last page; give the pages smaller weights, like 10, 20, 30"))
        }
        let title = ScaffoldText.title(fromName: pageName)
        return Plan(path: path, text: ScaffoldText.page(title: title, weight: weight), title: title, weight: weight, warnings: warnings)
    }

    /// After the last page: the highest weight + 10, or 10 when no page has one; never above the
    /// highest weight the build accepts (weights outside `FrontMatter.weights` are front matter
    /// errors, so they never arrive here, but the sum is bounded anyway).
    static func nextWeight(after weights: [Int?]) -> Int {
        let highest = min(weights.compactMap { $0 }.max() ?? 0, FrontMatter.weights.upperBound)
        return min(highest + 10, FrontMatter.weights.upperBound)
    }

    /// `lupus/symptoms` → ("lupus", "symptoms"); also accepts `lupus/symptoms.md` and
    /// `content/lupus/symptoms.md`, as a Hugo user may type them.
    static func splitPageSpec(_ spec: String) throws(Diagnostic) -> (section: String, page: String) {
        var parts = spec.split(separator: "/", omittingEmptySubsequences: true)
            .map { ScaffoldText.collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty && $0 != "." }
        if parts.count == 3, parts[0] == "content" { parts.removeFirst() }
        if parts.count == 2, parts[1].lowercased().hasSuffix(".md"), parts[1].count > 3 { parts[1] = String(parts[1].dropLast(3)) }
        switch parts.count {
        case 2: return (parts[0], parts[1])
        case 0, 1:
            throw .error("content", "write the section and the page name as SECTION/NAME, like 'sitegen new page lupus/symptoms' (found '\(spec)')")
        default:
            throw .error("content", "pages can be only one folder deep; write SECTION/NAME, like 'sitegen new page lupus/symptoms' (found '\(spec)')")
        }
    }

    // MARK: - Reading the site

    private static func requireContentFolder(_ siteRoot: String) throws(Diagnostic) {
        guard isDirectory(siteRoot + "/content") else {
            throw .error("content", "folder not found in the site folder; run sitegen in the site folder (the one with site.yml and content/), or name it with --source DIR")
        }
    }

    /// Folders under `content/` whose web address is `slug` (`Zoster/` for `zoster`), exact name first.
    private static func sectionFolders(_ siteRoot: String, slug: String) -> [String] {
        allSectionFolders(siteRoot).filter { Slug.make($0) == slug }.sorted { a, b in (a == slug ? 0 : 1, a) < (b == slug ? 0 : 1, b) }
    }

    private static func allSectionFolders(_ siteRoot: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: siteRoot + "/content")) ?? []
        return names.filter { !$0.hasPrefix(".") && isDirectory(siteRoot + "/content/" + $0) }.sorted()
    }

    struct ExistingPage {
        var path: String
        var slug: String
        var weight: Int?
    }

    /// The section's pages as the build sees them (same listing, same front matter parser).
    private static func existingPages(_ siteRoot: String, sectionFolder: String) -> ([ExistingPage], [Diagnostic]) {
        let tree = SourceTree(siteRoot: siteRoot, folder: sectionFolder)
        var pages: [ExistingPage] = []
        var warnings: [Diagnostic] = []
        for file in tree.files {
            let name = String(file.relative.dropFirst(sectionFolder.count + 1))
            guard !name.contains("/"), name != "_index.md", name.lowercased().hasSuffix(".md") else { continue }
            var weight: Int?
            switch TextFile.read(file.absolute, path: file.relative) {
            case .success(let text):
                if let frontMatter = FrontMatterParser.parse(text, path: file.relative).frontMatter {
                    weight = frontMatter.weight
                } else {
                    warnings.append(.warning(file.relative, "its front matter has errors, so its weight was not counted; build the site to see them, and check the new page's weight"))
                }
            case .failure:
                warnings.append(.warning(file.relative, "could not be read, so its weight was not counted; check the new page's weight"))
            }
            pages.append(ExistingPage(path: file.relative, slug: Slug.make(String(name.dropLast(3))), weight: weight))
        }
        return (pages, warnings)
    }

    static func exists(_ siteRoot: String, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: siteRoot + "/" + path)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A word for a suggested shell command: bare when safe, else in double quotes.
    static func shellWord(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-_./".unicodeScalars.contains(scalar)
        }
        if safe { return text }
        var out = "\""
        for character in text {
            if "\"\\$`".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}
