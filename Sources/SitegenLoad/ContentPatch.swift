import SitegenModel
import SitegenFileSystem

/// What Load's memo keeps of `content/` between builds, and how an edit is put into the last
/// build's sections in place instead of assembling every section again.
extension ContentCollector {
    /// The listing of `content/` and the pages read from it, kept in the memo between builds.
    package struct State: Sendable {
        var tree: SourceTree
        var markdown: [(file: SourceTree.File, parts: [String])]
        /// Relative path → position in `markdown`.
        var positions: [String: Int]
        /// Files that are not Markdown (copied beside the pages), by relative path.
        var otherFiles: Set<String>
        var read: [ReadPage]
        /// What was assembled from `read`; nil when that found errors.
        var assembled: Assembled?
        /// The other languages' codes it was assembled with (which files are translations).
        var languageCodes: Set<String> = []
    }

    /// The home page, sections, copied files and drafts of `content/`, with the problems found.
    struct Assembled {
        var home: Page?
        var sections: [Section] = []
        var assets: [Asset] = []
        /// Markdown files that exist but are not published (drafts), so links to them get a clear message.
        var unpublished: Set<String> = []
        /// Of those, the drafts and the pages of draft sections.
        var drafts: Set<String> = []
        /// Pages in the site's other languages (`symptoms.es.md`), as read.
        var translations: [TranslatedPage] = []
        /// Files left out because they link outside the site folder.
        var linkedOutside: Set<String> = []
        var diagnostics: [Diagnostic] = []
    }

    /// Positions of the changed Markdown files, or nil when the changes are not plain edits of
    /// files already listed (a file or folder added, removed or renamed, a link): then the folder
    /// must be listed again.
    static func edits(in state: State, changed: Set<String>, siteRoot: String) -> Set<Int>? {
        guard !state.tree.hasLinks, state.tree.diagnostics.isEmpty else { return nil }
        var edits: Set<Int> = []
        for path in changed where path == "content" || path.hasPrefix("content/") {
            guard FileStatus(siteRoot + "/" + path)?.kind == .file else { return nil }
            if let position = state.positions[path] {
                edits.insert(position)
            } else if !state.otherFiles.contains(path) {
                return nil
            }
        }
        return edits
    }

    /// The previous sections with the changed pages put in, or nil when a change could move a
    /// page between sections, publish or hide it, or brought an error. Whatever else changed, the
    /// page's section is put in order again, and the section among the others, by the orderings
    /// a full assembly uses: no list of the fields they look at is kept here.
    static func patch(_ assembled: Assembled, previous: [ReadPage], fresh: [ReadPage], state: State) -> Assembled? {
        var result = assembled
        for (before, new) in zip(previous, fresh) {
            guard let old = before.page, let page = new.page, new.diagnostics.errors.isEmpty,
                  old.kind == page.kind, old.url == page.url, old.sectionSlug == page.sectionSlug,
                  old.sourcePath == page.sourcePath, old.frontMatter.draft == page.frontMatter.draft,
                  page.translationOf == nil else { return nil }
            if page.kind == .home {
                result.home = page
                continue
            }
            guard let s = result.sections.firstIndex(where: { $0.slug == page.sectionSlug }) else {
                // A page of a draft section: not published before or now.
                guard result.unpublished.contains(page.sourcePath) else { return nil }
                continue
            }
            if page.kind == .section {
                guard result.sections[s].index.sourcePath == page.sourcePath else { return nil }
                // Sections are A–Z by title: take it out and put it back where it now belongs
                // (by the same ordering as a full assembly, whatever in the page it looks at).
                var section = result.sections.remove(at: s)
                section.index = page
                result.sections.insert(section, at: lowerBound(of: section, in: result.sections))
                continue
            }
            guard let p = result.sections[s].pages.firstIndex(where: { $0.sourcePath == page.sourcePath }) else {
                guard result.unpublished.contains(page.sourcePath) else { return nil }  // a draft page
                continue
            }
            result.sections[s].pages[p] = page
            result.sections[s].pages.sort(by: ReadingOrder.pages)
        }
        result.diagnostics = state.tree.diagnostics + state.read.flatMap(\.diagnostics)
        return result
    }

    /// Where `section` goes among `sections`, which are in `ReadingOrder.sections` order.
    private static func lowerBound(of section: Section, in sections: [Section]) -> Int {
        var low = 0, high = sections.count
        while low < high {
            let middle = (low + high) / 2
            if ReadingOrder.sections(sections[middle], section) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
