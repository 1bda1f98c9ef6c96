import Foundation
@testable import SitegenBuild
@testable import SitegenRender
@testable import SitegenModel
import SitegenFileSystem

/// What `MovePropertyTests` knows of its site between moves: each page's address, every old
/// address with the page it must lead to, and the code blocks no move may change.
struct MovePropertyState {
    let site: TestSite
    /// Source path → address, as the last check rendered them.
    private var addresses: [String: String] = [:]
    /// Old address → the source path of the page it must lead to.
    private var oldAddresses: [String: String] = [:]
    private let codeBlocks: [String]

    init(site: TestSite) async throws {
        self.site = site
        let rendered = try await Build.render(Self.options(site))
        addresses = Self.addresses(rendered.site)
        for file in rendered.files where file.alias != nil { oldAddresses[String(file.path.dropLast("index.html".count))] = file.origin }
        codeBlocks = Self.codeBlocks(site.root.path)
    }

    static func options(_ site: TestSite) -> BuildOptions {
        BuildOptions(source: site.root.path, today: CalendarDate(iso: "2026-11-25"))
    }

    /// After a move the site says it made: nil when all is as it must be, else what is wrong.
    mutating func moved(_ source: String, to destination: String) async throws -> String? {
        let rendered: RenderedSite
        do { rendered = try await Build.render(Self.options(site)) } catch {
            return "the site no longer checks: \(error.diagnostics.errors.map(\.description))"
        }
        let isFolder = !source.hasSuffix(".md")
        func newPath(_ path: String) -> String? {
            if path == source { return destination }
            return isFolder && path.hasPrefix(source + "/") ? destination + path.dropFirst(source.count) : nil
        }
        let now = Self.addresses(rendered.site)
        oldAddresses = oldAddresses.mapValues { newPath($0) ?? $0 }
        for (path, address) in addresses {
            guard let moved = newPath(path) else { continue }
            guard let current = now[moved] else { return "\(moved) is not a page of the site after the move" }
            if current != address { oldAddresses[address] = moved }
        }
        oldAddresses = oldAddresses.filter { now[$0.value] != $0.key }  // moved back to an old address
        var aliases: [String: String] = [:]
        for file in rendered.files where file.alias != nil { aliases[file.path] = file.origin }
        for (address, path) in oldAddresses.sorted(by: { $0.key < $1.key }) where aliases[address + "index.html"] != path {
            return "the old address \(address) of \(path) is not an alias leading to it (it leads to \(aliases[address + "index.html"] ?? "nothing"))"
        }
        if Self.codeBlocks(site.root.path) != codeBlocks { return "a code block changed" }
        if let left = Self.tree(site.root.path).keys.first(where: { $0.contains(".sitegen-move") }) { return "\(left) was left behind" }
        addresses = now
        return nil
    }

    /// The move a step asks for in the site as it is now, and whether it is a valid one.
    func pick(_ step: MovePropertyTests.Step) -> (source: String, destination: String, valid: Bool) {
        let sections = folders()
        let pages = sections.flatMap { section in self.pages(in: section).map { (section: section, name: $0) } }
        let page = pages[step.pick % pages.count]
        let pagePath = "content/\(page.section)/\(page.name)"
        switch step.kind {
        case .renamePage:
            return (pagePath, "content/\(page.section)/\(unused(MovePropertySite.pageNames, among: self.pages(in: page.section), variant: step.variant)).md", true)
        case .pageToSection where sections.count > 1:
            let others = sections.filter { $0 != page.section }
            let target = others[step.variant % others.count]
            let taken = self.pages(in: target)
            let name = taken.contains(where: { $0.lowercased() == page.name.lowercased() }) ? unused(MovePropertySite.pageNames, among: taken, variant: step.variant) + ".md" : page.name
            return (pagePath, "content/\(target)/\(name)", true)
        case .invalid:
            return invalid(step, sections: sections, page: page)
        default:
            let section = sections[step.pick % sections.count]
            return ("content/\(section)", "content/\(unused(MovePropertySite.sectionNames, among: sections, variant: step.variant))", true)
        }
    }

    private func invalid(_ step: MovePropertyTests.Step, sections: [String], page: (section: String, name: String)) -> (String, String, Bool) {
        let pagePath = "content/\(page.section)/\(page.name)"
        let sibling = pages(in: page.section).first { $0 != page.name } ?? "_index.md"
        switch step.variant % 8 {
        case 0: return (pagePath, "content/\(page.section)/\(sibling)", false)
        case 1: return (pagePath, "content/\(page.section)/.hidden.md", false)
        case 2: return (pagePath, "content/\(page.section)/\(page.name.dropLast(3)).fr.md", false)
        case 3: return ("content/\(page.section)", "content/\(sections.first { $0 != page.section } ?? ".hidden")", false)
        case 4: return (pagePath, "content/ext/\(page.name)", false)
        case 5: return ("content/\(page.section)/nothing.md", "content/\(page.section)/other.md", false)
        case 6: return (pagePath, "content/nosuch/\(page.name)", false)
        default: return (pagePath, "content/_index.md/\(page.name)", false)
        }
    }

    /// A name from `names` (rotated by `variant`) not among `taken` in any case, else a made-up one.
    private func unused(_ names: [String], among taken: [String], variant: Int) -> String {
        let taken = Set(taken.map { $0.lowercased().replacingOccurrences(of: ".md", with: "") })
        let rotated = names.indices.map { names[($0 + variant) % names.count] }
        return rotated.first { !taken.contains($0) } ?? "extra\(variant)"
    }

    /// The section folders (not `content/ext`, a link out of the site).
    private func folders() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path + "/content")) ?? []
        return names.filter { FileStatus(site.root.path + "/content/" + $0)?.kind == .directory }.sorted()
    }

    private func pages(in section: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path + "/content/" + section)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "_index.md" }.sorted()
    }

    private static func addresses(_ site: Site) -> [String: String] {
        var addresses = [site.home.sourcePath: site.home.url]
        for section in site.sections {
            addresses[section.index.sourcePath] = section.index.url
            for page in section.pages { addresses[page.sourcePath] = page.url }
        }
        return addresses
    }

    /// Every code block's text in the site, sorted: moves change links, never code.
    private static func codeBlocks(_ root: String) -> [String] {
        tree(root + "/content").filter { $0.key.hasSuffix(".md") }.values.flatMap { data in
            String(decoding: data, as: UTF8.self).components(separatedBy: "~~~\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        }.sorted()
    }

    /// Every file under `folder` with its bytes, hidden ones too; links are not followed.
    static func tree(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let path as String in walker where FileStatus(folder + "/" + path)?.kind == .file {
            result[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
        return result
    }
}
