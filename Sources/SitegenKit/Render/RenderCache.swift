import Foundation

/// What a preview server keeps between builds, so an edit to one page re-renders only its section.
///
/// A unit (the home page, or a section with its handout) is reused when its pages' Markdown bodies
/// are the same and the site's "shape" is the same: everything except bodies that any page shows
/// or depends on (front matter of every page, heading ids, files beside pages, settings, glossary,
/// templates, the review date). Used by one build at a time.
public final class RenderCache: @unchecked Sendable {
    struct UnitKey: Equatable {
        var shape: Int
        var bodies: [String]
    }

    private var units: [Int: (key: UnitKey, output: UnitOutput)] = [:]
    private var loaded: [String: (stamp: FileStamp, page: ContentCollector.ReadPage)] = [:]

    /// What identifies a file's version cheaply: size and modification time.
    typealias FileStamp = FileStatus

    func loadedPage(_ file: SourceTree.File) -> ContentCollector.ReadPage? {
        guard let cached = loaded[file.absolute], let stamp = FileStamp(file.absolute), stamp == cached.stamp else { return nil }
        return cached.page
    }

    func storeLoaded(_ page: ContentCollector.ReadPage, for file: SourceTree.File) {
        if let stamp = FileStamp(file.absolute) { loaded[file.absolute] = (stamp, page) }
    }
    private var scans: [String: (body: String, scan: PageScan)] = [:]

    public init() {}

    func unit(_ position: Int, key: UnitKey) -> UnitOutput? {
        guard let cached = units[position], cached.key == key else { return nil }
        return cached.output
    }

    func store(_ output: UnitOutput, unit position: Int, key: UnitKey) {
        units[position] = (key, output)
    }

    /// Forgets units past the end when sections were removed.
    func keep(units count: Int) {
        units = units.filter { $0.key < count }
    }

    func scan(of page: Page) -> PageScan? {
        guard let cached = scans[page.sourcePath], cached.body == page.body else { return nil }
        // Lines in messages follow the front matter, which may have grown or shrunk.
        return cached.scan.diagnostics.isEmpty ? cached.scan : nil
    }

    func store(_ scan: PageScan, of page: Page) {
        scans[page.sourcePath] = (page.body, scan)
    }

    static func shape(of site: Site, scans: [String: PageScan], templates: TemplateSet, today: CalendarDate) -> Int {
        var hasher = Hasher()
        let config = site.config
        hasher.combine(config.title); hasher.combine(config.baseURL); hasher.combine(config.language)
        hasher.combine(config.description); hasher.combine(config.disclaimer); hasher.combine(config.allowRawHTML)
        hasher.combine(config.readabilityTarget); hasher.combine(config.reviewIntervalDays)
        hasher.combine(templates.fingerprint)
        hasher.combine(today)
        for entry in site.glossary {
            hasher.combine(entry.term); hasher.combine(entry.definition); hasher.combine(entry.aliases)
        }
        for asset in site.assets { hasher.combine(asset.sourcePath) }
        hasher.combine(site.unpublishedSources.sorted())
        for page in site.allPages {
            hasher.combine(page.sourcePath); hasher.combine(page.url); hasher.combine(page.bodyFirstLine)
            let front = page.frontMatter
            hasher.combine(front.title); hasher.combine(front.description); hasher.combine(front.weight)
            hasher.combine(front.draft); hasher.combine(front.lastReviewed); hasher.combine(front.reviewedBy)
            for source in front.sources { hasher.combine(source.title); hasher.combine(source.url) }
            hasher.combine(scans[page.sourcePath]?.outline.ids ?? [])
        }
        return hasher.finalize()
    }
}
