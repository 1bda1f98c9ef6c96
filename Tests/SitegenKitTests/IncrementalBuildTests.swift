import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenSearch
@testable import SitegenRender
@testable import SitegenPreview

/// A preview's incremental rebuild must give the same files as a full build of the same content,
/// byte for byte, while rendering only what an edit reaches.
@Suite("Incremental rebuilds", .serialized)
struct IncrementalBuildTests {
    /// A copy of the golden fixture site, to edit.
    static func fixtureCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-incremental-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: GoldenSiteTests.site, to: root)
        return root
    }

    static func options(_ root: URL) -> BuildOptions {
        BuildOptions(source: root.path, baseURL: "http://127.0.0.1:8080/", today: GoldenSiteTests.today)
    }

    /// Path → contents of every file, with a deferred search index made as the preview makes it.
    static func files(of rendered: RenderedSite) async -> [String: OutputFile.Contents] {
        var list = rendered.files
        if let input = rendered.pendingSearch { list += await input.files() }
        return Dictionary(list.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    static func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try change(text).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Rebuilds with `cache` after `changed`, then checks the result against a full build.
    static func expectSameAsFullBuild(_ root: URL, cache: inout BuildMemo, changed: Set<String>, precise: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let incremental = try await Build.render(options(root), memo: &cache, changes: precise ? .paths(changed) : .unknown, deferSearch: true)
        let full = try await Build.render(options(root))
        let got = await files(of: incremental), want = await files(of: full)
        #expect(got.keys.sorted() == want.keys.sorted(), sourceLocation: sourceLocation)
        for (path, contents) in want where got[path] != contents {
            Issue.record("\(path) differs from a full build after changing \(changed.sorted())", sourceLocation: sourceLocation)
        }
        #expect(incremental.warnings.map(\.description).sorted() == full.warnings.map(\.description).sorted(), sourceLocation: sourceLocation)
    }

    /// Precise changes come from inotify; without them (polling) every file is listed and
    /// `stat`ed, and the changed ones are found by size and modification time.
    @Test("Body, title, heading, section and glossary edits give the files of a full build", arguments: [true, false])
    func editsMatchFullBuild(precise: Bool) async throws {
        let root = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildMemo()
        _ = try await Build.render(Self.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        let units = cache.render.renderedUnits.count

        // A body edit: only its section is rendered again.
        try Self.edit(root, "content/asthma/symptoms.md") { $0.replacingOccurrences(of: "Asthma symptoms come and go.", with: "Asthma symptoms come and go, often for years.") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/symptoms.md"], precise: precise)
        #expect(cache.render.renderedUnits == ["content/asthma/_index.md"])

        // A title edit that moves the page within its section: its section again, not the home page.
        try Self.edit(root, "content/asthma/symptoms.md") { $0.replacingOccurrences(of: "title: Symptoms\n", with: "title: Signs and symptoms\n") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/symptoms.md"], precise: precise)
        #expect(cache.render.renderedUnits == ["content/asthma/_index.md"])
        try Self.edit(root, "content/asthma/symptoms.md") { $0.replacingOccurrences(of: "weight: 10\n", with: "weight: 99\n") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/symptoms.md"], precise: precise)

        // A section title that moves the section in the A–Z list: that section and the home page.
        try Self.edit(root, "content/eczema/_index.md") { $0.replacingOccurrences(of: "title: Eczema (atopic dermatitis)", with: "title: Atopic eczema") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/_index.md"], precise: precise)
        #expect(Set(cache.render.renderedUnits) == ["", "content/eczema/_index.md"])

        // A new heading: its section, and the sections with links to the page (their anchors are
        // checked against its headings).
        try Self.edit(root, "content/asthma/symptoms.md") { $0 + "\n## A new heading\n\nMore text.\n" }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/symptoms.md"], precise: precise)
        #expect(cache.render.renderedUnits.contains("content/asthma/_index.md"))
        #expect(cache.render.renderedUnits.count < units)
        try Self.edit(root, "content/eczema/washing.md") { $0 + "\nSee [the new heading](../asthma/symptoms.md#a-new-heading).\n" }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/washing.md"], precise: precise)
        // Renaming the heading breaks that link: the page with the link must be checked again.
        try Self.edit(root, "content/asthma/symptoms.md") { $0.replacingOccurrences(of: "## A new heading", with: "## A renamed heading") }
        await #expect(throws: BuildFailure.self) {
            try await Build.render(Self.options(root), memo: &cache, changes: precise ? .paths(["content/asthma/symptoms.md"]) : .unknown, deferSearch: true)
        }
        try Self.edit(root, "content/eczema/washing.md") { $0.replacingOccurrences(of: "#a-new-heading", with: "#a-renamed-heading") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/washing.md"], precise: precise)

        // Several files at once, the glossary, a copied image, and two edits to the same page.
        try Self.edit(root, "content/eczema/washing.md") { $0 + "\nWash with plain water.\n" }
        try Self.edit(root, "content/Zoster/vaccination.md") { $0.replacingOccurrences(of: "title: ", with: "title: About ") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/washing.md", "content/Zoster/vaccination.md"], precise: precise)
        try Self.edit(root, "glossary.yml") { $0 + "\n- term: plain water\n  definition: Water with nothing added.\n" }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["glossary.yml"], precise: precise)
        try TestImage.png(width: 3).write(to: root.appendingPathComponent("content/asthma/chart.png"))
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/chart.png"], precise: precise)

        // Files added and removed: the folder is listed again.
        try "---\ntitle: Diet\nweight: 5\n---\nEat well.\n".write(to: root.appendingPathComponent("content/eczema/diet.md"), atomically: false, encoding: .utf8)
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/diet.md"], precise: precise)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/eczema/diet.md"))
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/eczema/diet.md"], precise: precise)

        // A page made a draft, and a template changed.
        try Self.edit(root, "content/asthma/triggers.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ndraft: true\ntitle: ") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["content/asthma/triggers.md"], precise: precise)
        try Self.edit(root, "templates/page.mustache") { $0.replacingOccurrences(of: "{{{content_html}}}", with: "{{{content_html}}}<p>Edited.</p>") }
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["templates/page.mustache"], precise: precise)
    }

    @Test("After a failed build, the next one looks at every file")
    func failedBuildIsRecovered() async throws {
        let root = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildMemo()
        _ = try await Build.render(Self.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        let siteYML = try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
        try "title: [broken\n".write(to: root.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
        try Self.edit(root, "content/eczema/washing.md") { $0 + "\nEdited while site.yml was broken.\n" }
        await #expect(throws: BuildFailure.self) {
            try await Build.render(Self.options(root), memo: &cache, changes: .paths(["site.yml", "content/eczema/washing.md"]), deferSearch: true)
        }
        try siteYML.write(to: root.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
        // Only site.yml is reported now; the page edit must still show.
        try await Self.expectSameAsFullBuild(root, cache: &cache, changed: ["site.yml"])
    }

    /// Found by `PreviewPropertyTests` (site.yml broken; a heading renamed; its section made a
    /// draft; site.yml fixed; the section published): a page read again while unpublished was
    /// not scanned, and kept its old headings when its section was published again.
    @Test("A page whose headings changed while its section was a draft shows them when the section is published", arguments: [true, false])
    func pageEditedInDraftSection(precise: Bool) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var site = PreviewFixtureSite.initial()
        var files = site.files()
        _ = try PreviewFolder.write(files, over: [:], root: root.path)
        var cache = BuildMemo()
        _ = try await Build.render(Self.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        func save(_ change: (inout PreviewFixtureSite) -> Void) async throws {
            change(&site)
            let next = site.files()
            let changed = try PreviewFolder.write(next, over: files, root: root.path).map(\.0)
            files = next
            try await Self.expectSameAsFullBuild(root, cache: &cache, changed: Set(changed), precise: precise)
        }
        // One save: the section made a draft (the home page's link to it removed) and a heading
        // of one of its pages renamed.
        try await save { site in
            site.pages["breathing/_index.md"]?.draft = true
            site.pages["_index.md"]?.links.removeAll { $0.target == "breathing/_index.md" }
            site.pages["breathing/inhalers.md"]?.headings = ["Cleaning the spacer"]
            site.pages["breathing/wheezing.md"]?.links = [.init(target: "breathing/inhalers.md", heading: "Cleaning the spacer")]
        }
        try await save { site in site.pages["breathing/_index.md"]?.draft = false }
    }

    @Test("The preview serves after an edit exactly what a full build makes", arguments: ["body", "title"])
    func servedMatchesFullBuild(kind: String) async throws {
        let root = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = PreviewServer(options: ServeOptions(source: root.path, port: 0))
        try await server.start()
        defer { Task { await server.stop() } }
        let port = try #require(await server.port)
        let url = try #require(await server.url)
        let before = try await Self.status(port: port)

        try Self.edit(root, "content/asthma/symptoms.md") { text in
            kind == "body" ? text.replacingOccurrences(of: "Asthma symptoms come and go.", with: "Asthma symptoms come and go, often for years.")
                : text.replacingOccurrences(of: "title: Symptoms\n", with: "title: Signs and symptoms\n")
        }
        var after = before
        #expect(try await eventually {
            after = try await Self.status(port: port)
            return after.ok && after.version != before.version
        })

        var options = BuildOptions(source: root.path, baseURL: url)
        options.today = nil
        let full = try await Build.render(options)
        #expect(after.files == full.files.count)
        for file in full.files {
            let expected: Data
            switch file.contents {
            case .text(let text): expected = Data(text.utf8)
            case .copy(let source): expected = try Data(contentsOf: URL(fileURLWithPath: source))
            case .bytes(let bytes): expected = Data(bytes)
            }
            let served = ContentType.isHTML(ContentType.forPath(file.path)) ? LiveReload.inject(into: expected, version: after.version ?? "") : expected
            let target = "/" + (file.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file.path)
            let reply = try await HTTPReply.fetch(method: "GET", target: target, port: port)
            #expect(reply.status == 200, "\(file.path)")
            if reply.body != String(decoding: served, as: UTF8.self) {
                Issue.record("\(file.path) as served after a \(kind) edit differs from a full build")
            }
        }
        await server.stop()
    }

    static func status(port: Int) async throws -> PreviewHandler.Status {
        let reply = try await HTTPReply.fetch(method: "GET", target: "/__sitegen/status", port: port)
        return try JSONDecoder().decode(PreviewHandler.Status.self, from: Data(reply.body.utf8))
    }
}
