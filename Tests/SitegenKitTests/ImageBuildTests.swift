import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

/// Images in a whole build: sizes, lazy loading, smaller copies and their cache, and files that
/// are no images.
@Suite struct ImageBuildTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SitegenImagesTests/Fixtures")

    static let shown = [
        "wide.png": "![A chart of the weak muscles](wide.png)",
        "small.gif": "![A drawing of the hip](small.gif \"Hip\")",
        "wide.jpg": "![A photo of a rash on the arm](wide.jpg)",
    ]

    /// A page showing each of `images` (its name in the site: the fixture it is a copy of), in
    /// this order: wide.png at line 7, small.gif at 9, wide.jpg at 11.
    func site(_ images: [String: String] = ["wide.png": "wide.png", "small.gif": "small.gif", "wide.jpg": "wide.jpg"]) throws -> TestSite {
        let lines = ["wide.png", "small.gif", "wide.jpg"].map { images[$0] == nil ? "Text." : Self.shown[$0] ?? "" }
        let page = "---\ntitle: Symptoms\nweight: 10\n---\n## Muscle weakness\n\n" + lines.joined(separator: "\n\n") + "\n"
        let site = try TestSite(["content/imnm/symptoms.md": page])
        for (name, fixture) in images {
            try site.write("content/imnm/" + name, Data(contentsOf: Self.fixtures.appendingPathComponent(fixture)))
        }
        return site
    }

    func errors(_ messages: [String]) -> [String] { messages.filter { $0.contains(": error: ") } }

    func images(_ html: String) -> [String] {
        html.components(separatedBy: "<img ").dropFirst().map { "<img " + $0.prefix { $0 != ">" } + ">" }
    }

    @Test func theFirstImageLoadsAtOnceTheOthersLazilyAndAllHaveTheirSize() async throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(images(try site.read("public/imnm/symptoms/index.html")) == [
            #"<img src="../wide.png" alt="A chart of the weak muscles" width="2400" height="1200" srcset="../wide-480w.png 480w, ../wide-800w.png 800w, ../wide-1200w.png 1200w, ../wide.png 2400w" sizes="(min-width: 48rem) 44rem, 100vw" />"#,
            #"<img src="../small.gif" alt="A drawing of the hip" title="Hip" width="300" height="150" loading="lazy" decoding="async" />"#,
            #"<img src="../wide.jpg" alt="A photo of a rash on the arm" width="1600" height="800" srcset="../wide-480w.jpg 480w, ../wide-800w.jpg 800w, ../wide-1200w.jpg 1200w, ../wide.jpg 1600w" sizes="(min-width: 48rem) 44rem, 100vw" loading="lazy" decoding="async" />"#,
        ])
        // On paper nothing is left to load later.
        #expect(!(try site.read("public/imnm/print/index.html")).contains("loading="))
    }

    @Test func copiesArePublishedBesideTheImageAtTheirWidthAndTheSameOnEveryBuild() async throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let first = site.snapshot()
        #expect(Set(first.keys).isSuperset(of: ["imnm/wide-480w.png", "imnm/wide-800w.png", "imnm/wide-1200w.png", "imnm/wide-480w.jpg"]))
        #expect(first["imnm/small-480w.png"] == nil)
        // Made again without the cache: the same bytes.
        try site.remove(".sitegen-cache")
        try site.remove("public")
        #expect(await site.build().succeeded)
        #expect(site.snapshot() == first)
    }

    /// The second build takes the copies from the cache: it leaves the cached files as they
    /// were, and publishes what is in them (here changed behind its back), not a new resize.
    @Test func anUnchangedImageIsNotResizedAgain() async throws {
        let site = try site(["wide.png": "wide.png"])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let folder = site.root.appendingPathComponent(".sitegen-cache/images").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 3)
        func identities() throws -> [String: [FileAttributeKey: Any]] {
            try Dictionary(uniqueKeysWithValues: names.map { ($0, try FileManager.default.attributesOfItem(atPath: folder + "/" + $0)) })
        }
        let before = try identities()
        let copy = try Data(contentsOf: URL(fileURLWithPath: site.output + "/imnm/wide-480w.png"))
        let cached = try names.first { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) == copy }
        let marker = Data("kept in the cache".utf8)
        try #require(cached != nil)
        try marker.write(to: URL(fileURLWithPath: folder + "/" + cached!))
        let stamp = try FileManager.default.attributesOfItem(atPath: folder + "/" + cached!)
        try site.remove("public")
        #expect(await site.build().succeeded)
        let after = try identities()
        for name in names where name != cached {
            #expect(after[name]?[.modificationDate] as? Date == before[name]?[.modificationDate] as? Date)
            #expect(after[name]?[.systemFileNumber] as? Int == before[name]?[.systemFileNumber] as? Int)
        }
        #expect(after[cached!]?[.modificationDate] as? Date == stamp[.modificationDate] as? Date)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.output + "/imnm/wide-480w.png")) == marker)
    }

    /// A drawing of flat colours: its 1,200 px copy comes out larger than the 1,800 px original
    /// (resizing softens the edges), so it is made and cached but not published.
    @Test func aCopyNoSmallerThanTheOriginalIsLeftOut() async throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n![A white box and a red circle on blue](shapes.png)\n"])
        defer { site.cleanUp() }
        let drawing = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/two-languages/content/example-condition/example-drawing-shapes.png")
        try site.write("content/imnm/shapes.png", Data(contentsOf: drawing))
        #expect(await site.build().succeeded)
        #expect(try site.read("public/imnm/symptoms/index.html").contains(#"srcset="../shapes-480w.png 480w, ../shapes-800w.png 800w, ../shapes.png 1800w""#))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/imnm/shapes-1200w.png"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path + "/.sitegen-cache/images").count == 3)
    }

    @Test func aFileThatIsNoImageIsAnErrorAtTheLineThatShowsIt() async throws {
        let site = try site(["wide.png": "not-an-image.png"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(errors(result.messages) == [
            "content/imnm/symptoms.md:7: error: image 'wide.png' shows content/imnm/wide.png, which is not a PNG, JPEG, GIF or WebP image (its bytes are no image format sitegen knows); save it as PNG or JPEG from an image editor",
        ])
    }

    @Test func aDamagedImageIsAnErrorAtTheLineThatShowsIt() async throws {
        let site = try site(["wide.jpg": "cut-off.png"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(errors(result.messages) == [
            "content/imnm/symptoms.md:11: error: image 'wide.jpg' shows content/imnm/wide.jpg, which is damaged (its header cannot be read); open it in an image editor and save it again as PNG or JPEG",
        ])
    }

    /// `sitegen serve` keeps a memo between builds: an image saved again at another size changes
    /// the pages that show it.
    @Test func anImageSavedAgainChangesItsPagesInAPreview() async throws {
        let site = try site(["wide.png": "wide.png"])
        defer { site.cleanUp() }
        var memo = BuildMemo()
        let options = BuildOptions(source: site.root.path)
        func page() async throws -> String {
            let rendered = try await Build.render(options, memo: &memo)
            guard case .text(let html) = rendered.files.first(where: { $0.path == "imnm/symptoms/index.html" })?.contents else { return "" }
            return html
        }
        #expect(try await page().contains(#"width="2400" height="1200" srcset"#))
        try site.write("content/imnm/wide.png", Data(contentsOf: Self.fixtures.appendingPathComponent("small.gif")))
        let html = try await page()
        #expect(html.contains(#"<img src="../wide.png" alt="A chart of the weak muscles" width="300" height="150" />"#))
    }
}
