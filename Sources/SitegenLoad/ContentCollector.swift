import SitegenModel
import SitegenTiming

/// Turns the files under `content/` into pages, sections and assets.
///
/// Layout: `content/_index.md` is the home page, `content/<section>/_index.md` a condition, and
/// `content/<section>/<page>.md` one topic page. Other files are copied beside the pages.
package struct ContentCollector {
    let siteRoot: String
    let includeDrafts: Bool
    /// The site's languages besides the default one, as their codes are written in file names
    /// (compared in lower case).
    let languageCodes: Set<String>
    private(set) var collected = Assembled()

    init(siteRoot: String, includeDrafts: Bool, languageCodes: Set<String> = []) {
        self.siteRoot = siteRoot
        self.includeDrafts = includeDrafts
        self.languageCodes = Set(languageCodes.map { $0.lowercased() })
    }

    /// Reads every Markdown file on every core, skipping files `cache` holds as they are now.
    /// With precise `changes`, only the changed files are looked at: nothing is listed or `stat`ed.
    mutating func collect(cache: inout LoadMemo, changes: SourceChanges = .unknown) async {
        if case .paths(let changed) = changes, let cached = cache.content, cached.languageCodes == languageCodes, let edits = Self.edits(in: cached, changed: changed, siteRoot: siteRoot) {
            // Taken out of the cache while it changes, so its arrays are not copied.
            cache.content = nil
            var state = consume cached
            // Every other file is as it was read last time (`state.read`).
            let todo = edits.sorted()
            let previous = todo.map { state.read[$0] }
            let jobs = state.markdown
            let fresh = await parallelMap(todo) { index in Self.readPage(jobs[index].file, parts: jobs[index].parts) }
            for (index, result) in zip(todo, fresh) {
                state.read[index] = result
                cache.storeLoaded(result, for: state.markdown[index].file, statusNow: true)
            }
            let assembled = state.assembled.take()
            finish(state, patching: assembled, previous: previous, fresh: fresh, cache: &cache)
            return
        }

        var timer = StageTimer()
        let tree = SourceTree(siteRoot: siteRoot, folder: "content")
        timer.lap("load: list content/")
        var markdown: [(file: SourceTree.File, parts: [String])] = []
        var otherFiles: Set<String> = []
        for file in tree.files {
            let parts = file.relative.split(separator: "/").dropFirst().map(String.init)  // drop "content"
            if file.relative.lowercased().hasSuffix(".md") { markdown.append((file, parts)) } else { otherFiles.insert(file.relative) }
        }
        var read = [ReadPage](repeating: ReadPage(page: nil, diagnostics: []), count: markdown.count)
        var todo: [Int] = []
        for (index, entry) in markdown.enumerated() {
            if let cached = cache.loadedPage(entry.file) { read[index] = cached } else { todo.append(index) }
        }
        let jobs = markdown
        let fresh = await parallelMap(todo) { index in Self.readPage(jobs[index].file, parts: jobs[index].parts) }
        for (index, result) in zip(todo, fresh) {
            read[index] = result
            cache.storeLoaded(result, for: markdown[index].file)
        }
        timer.lap("load: read and parse \(todo.count) Markdown files")
        var positions: [String: Int] = [:]
        positions.reserveCapacity(markdown.count)
        for (index, entry) in markdown.enumerated() { positions[entry.file.relative] = index }
        let state = State(tree: tree, markdown: markdown, positions: positions, otherFiles: otherFiles, read: read, languageCodes: languageCodes)
        // The same files as last time (the usual case when polling): put the changed pages in
        // place as with precise changes.
        let last = cache.content
        let sameFiles = last.map { last in
            !tree.hasLinks && tree.diagnostics.isEmpty && last.otherFiles == otherFiles && last.languageCodes == languageCodes
                && last.markdown.map(\.file.relative) == markdown.map(\.file.relative)
        } ?? false
        let previous = sameFiles ? (last.map { last in todo.map { last.read[$0] } } ?? []) : []
        finish(state, patching: sameFiles ? last?.assembled : nil, previous: previous, fresh: fresh, cache: &cache)
        timer.lap("load: sections and pages")
    }

    /// Puts the pages read again into the last build's sections, or assembles them anew.
    private mutating func finish(_ state: State, patching last: Assembled?, previous: [ReadPage], fresh: [ReadPage], cache: inout LoadMemo) {
        var state = state
        if let last, let patched = Self.patch(last, previous: previous, fresh: fresh, state: state) {
            collected = patched
            state.assembled = patched
        } else {
            assemble(state)
            state.assembled = collected.diagnostics.errors.isEmpty && collected.home != nil ? collected : nil
        }
        cache.content = state
    }

    /// Sections, assets and problems from the listing and the pages read.
    private mutating func assemble(_ state: State) {
        collected = Assembled(linkedOutside: Set(state.tree.linkedOutside), diagnostics: state.tree.diagnostics)
        var indexes: [String: Page] = [:]
        var pagesBySection: [String: [Page]] = [:]
        var folderOfSection: [String: String] = [:]
        var sourceOfURL: [String: String] = [:]

        for file in state.tree.files where !file.relative.lowercased().hasSuffix(".md") {
            addAsset(file, parts: file.relative.split(separator: "/").dropFirst().map(String.init))
        }
        // Files that exist but could not be read: already reported, so not reported missing too.
        var unread: Set<String> = []
        for (entry, result) in zip(state.markdown, state.read) {
            collected.diagnostics += result.diagnostics
            let parts = entry.parts
            guard let page = result.page else {
                unread.insert(entry.file.relative)
                continue
            }
            if let original = page.translationOf {
                addTranslation(page, original: original)
                continue
            }
            if let first = sourceOfURL[page.url] {
                collected.diagnostics.append(.error(page.sourcePath, line: 1, "this file has the same web address (\(page.url)) as \(first); URLs ignore capital letters and punctuation, so rename one of them"))
                continue
            }
            sourceOfURL[page.url] = page.sourcePath
            switch page.kind {
            case .home: collected.home = page
            case .section:
                indexes[page.sectionSlug ?? ""] = page
                folderOfSection[page.sectionSlug ?? ""] = "content/" + parts[0]
            case .page:
                pagesBySection[page.sectionSlug ?? "", default: []].append(page)
                folderOfSection[page.sectionSlug ?? ""] = folderOfSection[page.sectionSlug ?? ""] ?? "content/" + parts[0]
            }
        }
        if collected.home == nil, collected.diagnostics.errors.isEmpty {
            collected.diagnostics.append(.error("content/_index.md", "the home page is missing; create it with front matter like 'title: Patient Health Library'"))
        }
        assembleSections(indexes: indexes, pagesBySection: pagesBySection, folderOfSection: folderOfSection, unread: unread)
    }

    /// A translation goes to the languages' assembly (`LanguageSites`); one into a language the
    /// site does not list is not published: it would be shown as the site's own.
    private mutating func addTranslation(_ page: Page, original: String) {
        let name = String(page.sourcePath.split(separator: "/").last ?? "")
        guard let code = TranslationName.language(of: name), languageCodes.contains(code.lowercased()) else {
            let code = TranslationName.language(of: name) ?? ""
            collected.unpublished.insert(page.sourcePath)
            collected.diagnostics.append(.warning(page.sourcePath, line: 1, "this is named as a translation into '\(code)' of \(original), but site.yml does not list '\(code)' under 'languages:', so it is not published; add the language to site.yml, or rename the file"))
            return
        }
        collected.translations.append(TranslatedPage(code: code, page: page))
    }

    package struct ReadPage: Sendable {
        var page: Page?
        var diagnostics: [Diagnostic]
    }

    /// Reads and checks one Markdown file; pure, so files are read in parallel.
    static func readPage(_ file: SourceTree.File, parts: [String]) -> ReadPage {
        var diagnostics: [Diagnostic] = []
        let page = readPage(file, parts: parts, diagnostics: &diagnostics)
        return ReadPage(page: page, diagnostics: diagnostics)
    }

    private static func readPage(_ file: SourceTree.File, parts: [String], diagnostics: inout [Diagnostic]) -> Page? {
        // `symptoms.es.md` is read as `symptoms.md` in another language; whether the site
        // publishes that language is decided when the pages are assembled.
        var parts = parts
        let language = parts.last.flatMap(TranslationName.language(of:))
        if let language, let name = parts.last { parts[parts.count - 1] = TranslationName.original(of: name, language: language) }
        let kind: Page.Kind
        var sectionSlug: String?
        var url: String
        switch (parts.count, parts.last) {
        case (1, "_index.md"):
            kind = .home
            url = ""
        case (1, _):
            diagnostics.append(.error(file.relative, line: 1, "pages must be inside a section folder; move it to content/<condition>/\(parts[0])"))
            return nil
        case (2, let name?):
            sectionSlug = Slug.make(parts[0])
            kind = name == "_index.md" ? .section : .page
            let pageSlug = kind == .section ? "" : Slug.make(String(name.dropLast(3)))
            if sectionSlug == "" || (kind == .page && pageSlug.isEmpty) {
                diagnostics.append(.error(file.relative, line: 1, "the file or folder name has no letters or digits to make a web address from; rename it, like 'symptoms.md'"))
                return nil
            }
            url = "\(sectionSlug!)/" + (pageSlug.isEmpty ? "" : "\(pageSlug)/")
        default:
            diagnostics.append(.error(file.relative, line: 1, "pages can be only one folder deep (content/<condition>/<page>.md); move this file up"))
            return nil
        }
        let text: String
        switch TextFile.read(file.absolute, path: file.relative) {
        case .success(let read): text = read
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        let parsed = FrontMatterParser.parse(text, path: file.relative)
        diagnostics += parsed.diagnostics
        guard let frontMatter = parsed.frontMatter else { return nil }
        if let slug = frontMatter.slug, let sectionSlug {
            if kind == .page { url = "\(sectionSlug)/\(Slug.make(slug))/" }
            else if language == nil {
                diagnostics.append(.warning(file.relative, line: frontMatter.slugLine ?? 1, "'slug' is not used on a section page: the section's address is its folder's name; rename the folder to change it"))
            }
        }
        // Other names name a condition, which is a section: on another page they would be
        // listed nowhere, and an editor who wrote them there meant them for the A–Z.
        if kind != .section, let first = frontMatter.otherNames.first {
            let index = "_index" + (language.map { ".\($0)" } ?? "") + ".md"
            let fix = sectionSlug == nil ? "move it to the \(index) of the condition it names" : "move it to content/\(parts[0])/\(index), the condition's page"
            diagnostics.append(.error(file.relative, line: first.line, "'other_names' names a condition, and is used only on a section's _index.md; \(fix), or write words readers may search this page by as 'synonyms:'"))
            return nil
        }
        // The home page is about no one condition: its JSON-LD has no MedicalCondition to code.
        if kind == .home, let first = frontMatter.codes.first {
            diagnostics.append(.error(file.relative, line: first.line, "'codes' are a condition's, and the home page is about no one condition; move them to the _index.md of the condition they code"))
            return nil
        }
        var page = Page(
            kind: kind, sourcePath: file.relative, url: url, frontMatter: frontMatter,
            body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, sectionSlug: sectionSlug
        )
        if language != nil {
            page.translationOf = (["content"] + parts).joined(separator: "/")
        }
        return page
    }

    private mutating func addAsset(_ file: SourceTree.File, parts: [String]) {
        // Folders get slugged like pages so `IMNM/chart.png` lands beside `imnm/`; the file name
        // itself is kept so links written by editors still match.
        let folders = parts.dropLast().map(Slug.make)
        let output = (folders + [parts[parts.count - 1]]).joined(separator: "/")
        collected.assets.append(Asset(sourceFile: file.absolute, sourcePath: file.relative, outputPath: output))
    }

    private mutating func assembleSections(indexes: [String: Page], pagesBySection: [String: [Page]], folderOfSection: [String: String], unread: Set<String>) {
        for slug in Set(indexes.keys).union(pagesBySection.keys).sorted() {
            let pages = pagesBySection[slug] ?? []
            guard let index = indexes[slug] else {
                // An _index.md with an error is there: its error is the one message.
                if let folder = folderOfSection[slug], !unread.contains(folder + "/_index.md") {
                    collected.diagnostics.append(.error(folder, "this section has no _index.md; add \(folder)/_index.md with the condition's name as its title"))
                }
                continue
            }
            if index.frontMatter.draft && !includeDrafts {
                for path in [index.sourcePath] + pages.map(\.sourcePath) {
                    collected.unpublished.insert(path)
                    collected.drafts.insert(path)
                }
                continue
            }
            let published = pages.filter { !$0.frontMatter.draft || includeDrafts }
            for page in pages where page.frontMatter.draft && !includeDrafts {
                collected.unpublished.insert(page.sourcePath)
                collected.drafts.insert(page.sourcePath)
            }
            collected.sections.append(Section(slug: slug, index: index, pages: published.sorted(by: ReadingOrder.pages)))
        }
        collected.sections.sort(by: ReadingOrder.sections)
    }
}
