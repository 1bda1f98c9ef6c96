import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenCommands
@testable import SitegenRender
@testable import SitegenModel

/// No placeholder for a patient (issue 27, requirement 3): without `base_url`, or with an example
/// or local host, the site builds, says once what it left out, and no file shows an address that
/// is not the site's; a real address gets every absolute link back.
@Suite struct SiteAddressTests {
    static let leftOut = "the pages have no canonical link, the handouts no \"online version\" address, and there is no sitemap.xml and no web search for readers without JavaScript"
    static let noAddress = "site.yml: note: no base_url, so \(leftOut); set base_url to the site's real address when you know it"

    /// The golden fixture's content with the repository's own theme (what `sitegen init` gives),
    /// and `baseURL` as its `base_url` line (none when nil).
    static func fixture(baseURL: String?) throws -> TestSite {
        let site = try TestSite()
        let fm = FileManager.default
        for name in ["content", "templates"] { try fm.removeItem(at: site.root.appendingPathComponent(name)) }
        try fm.copyItem(at: GoldenSiteTests.site.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        try fm.copyItem(at: GoldenSiteTests.site.appendingPathComponent("glossary.yml"), to: site.root.appendingPathComponent("glossary.yml"))
        try fm.copyItem(at: UnicodeAddressTests.theme, to: site.root.appendingPathComponent("templates"))
        let settings = "title: Riverbend Patient Library\n" + (baseURL.map { "base_url: \($0)\n" } ?? "") + "language: en-GB\n"
        try site.write("site.yml", Data(settings.utf8))
        return site
    }

    static func build(_ site: TestSite, baseURL: String? = nil) async throws -> BuildSummary {
        try await Build.run(BuildOptions(source: site.root.path, baseURL: baseURL, today: GoldenSiteTests.today))
    }

    /// Every file the build wrote, by path, as text.
    static func outputs(_ site: TestSite) throws -> [String: String] {
        let base = URL(fileURLWithPath: site.output)
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(base.path.count + 1))] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return files
    }

    /// The hosts of every absolute address in `text`.
    static func hosts(in text: String) throws -> Set<String> {
        let address = try Regex("https?://([^/\"'<>\\s)?#&]+)")
        return Set(text.matches(of: address).compactMap { $0.output[1].substring.map(String.init) })
    }

    /// What the editor wrote in the fixture's pages (sources, links) and schema.org's context:
    /// the only hosts any file may name while the site's address is unknown.
    static let writtenHosts: Set<String> = ["schema.org", "guidelines.example.org", "clinic.example.org", "lungs.example.net"]

    /// Every sign of the site's own address, absent while it is unknown.
    static func expectNoAddress(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(files["sitemap.xml"] == nil, sourceLocation: sourceLocation)
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n", sourceLocation: sourceLocation)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            for sign in [#"rel="canonical""#, "og:url", #""url":"#, "BreadcrumbList", "Printed from", "The online version is at", "handout-url", #"name="sites""#, "duckduckgo"] {
                #expect(!text.contains(sign), "\(path) has \(sign)", sourceLocation: sourceLocation)
            }
            let named = try hosts(in: text)
            #expect(named.isSubset(of: writtenHosts), "\(path) names \(named.subtracting(writtenHosts))", sourceLocation: sourceLocation)
        }
    }

    @Test func withoutBaseURLNoFileShowsAnAddressAndANoteSaysWhatIsLeftOut() async throws {
        let site = try Self.fixture(baseURL: nil)
        defer { site.cleanUp() }
        let summary = try await Self.build(site)
        #expect(summary.warnings.notes.map(\.description) == [Self.noAddress])
        #expect(summary.warnings.warnings.allSatisfy { $0.path != "site.yml" })
        let files = try Self.outputs(site)
        try Self.expectNoAddress(files)
        // The JSON-LD keeps what it can say without an address, and stays valid JSON.
        let page = try #require(files["asthma/symptoms/index.html"])
        let json = try #require(PatientFeaturesTests.contents(of: #"script type="application/ld+json""#, closing: "script", in: page).first)
        let graph = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["@graph"] as? [[String: Any]])
        #expect(graph.count == 1)
        #expect(graph.first?["@type"] as? String == "MedicalWebPage")
        #expect((graph.first?["isPartOf"] as? [String: Any])?["name"] as? String == "Riverbend Patient Library")
        // The handout: its intro without an address, its links to other pages relative to it.
        let handout = try #require(files["asthma/print/index.html"])
        #expect(handout.contains(#"<p class="handout-intro"><span class="screen-only">Every page about Asthma, on one page to print or save as a PDF. </span> Medical words underlined with dots are explained in “Words to know” at the end.</p>"#))
        #expect(handout.contains(#"<a href="../treatments/#inhaler-technique">treatment plan</a>"#))
        // Without JavaScript the search page offers the A–Z list, not a web search of another site.
        let search = try #require(files["search/index.html"])
        #expect(search.contains(#"<form id="search-form" class="search-form" role="search" method="get" data-index="../search/index/" data-root="../">"#))
        #expect(search.contains(#"<p class="search-note">Search on this page needs JavaScript, which is turned off in your browser. <a href="../#conditions">Find a condition in the A–Z list</a>.</p>"#))
        // The 404 page still links from the server's root.
        #expect(try #require(files["404.html"]).contains(#"<a href="/">Go to the home page</a>"#))
    }

    @Test(arguments: [
        ("https://example.org/", "an example address"), ("https://example.com/", "an example address"),
        ("https://EXAMPLE.NET./", "an example address"), ("https://sub.example.com/", "an example address"),
        ("https://x.example/", "an example address"), ("http://foo.test/", "a test address"),
        ("https://y.invalid/", "a test address"), ("http://localhost:8000/", "this computer's own address"),
        ("http://preview.localhost/", "this computer's own address"),
    ])
    func everyReservedHostCountsAsNoAddress(url: String, kind: String) async throws {
        let site = try Self.fixture(baseURL: url)
        defer { site.cleanUp() }
        let summary = try await Self.build(site)
        #expect(summary.warnings.notes.map(\.description) == [
            "site.yml:2: note: base_url \(url) is \(kind), so \(Self.leftOut); set base_url to the site's real address when you know it",
        ])
        try Self.expectNoAddress(try Self.outputs(site))
    }

    @Test func theExampleHostsPathStillServesThe404Page() async throws {
        let site = try Self.fixture(baseURL: "http://localhost:8000/library")
        defer { site.cleanUp() }
        _ = try await Self.build(site)
        let notFound = try site.read("public/404.html")
        #expect(notFound.contains(#"<a href="/library/">Go to the home page</a>"#))
        #expect(notFound.contains(#"<link rel="stylesheet" href="/library/site.css">"#))
    }

    @Test(arguments: ["https://www.clinic-health.org/", "https://health.nhs.uk/", "https://example.org.uk/", "https://www.example-clinic.org/", "https://contest/"])
    func aRealHostGetsEveryAddress(url: String) async throws {
        let site = try Self.fixture(baseURL: url)
        defer { site.cleanUp() }
        let summary = try await Self.build(site)
        #expect(summary.warnings.notes.isEmpty)
        let files = try Self.outputs(site)
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: \(url)sitemap.xml\n")
        #expect(try #require(files["sitemap.xml"]).contains("<loc>\(url)asthma/symptoms/</loc>"))
        let page = try #require(files["asthma/symptoms/index.html"])
        #expect(page.contains(#"<link rel="canonical" href="\#(url)asthma/symptoms/">"#))
        #expect(page.contains(#"<meta property="og:url" content="\#(url)asthma/symptoms/">"#))
        #expect(page.contains(#""item":"\#(url)asthma/""#))
        #expect(page.contains(#"<p class="print-only">Printed from \#(url)asthma/symptoms/</p>"#))
        let handout = try #require(files["asthma/print/index.html"])
        #expect(handout.contains(#"The online version is at <a href="\#(url)asthma/">\#(url)asthma/</a>."#))
        #expect(handout.contains(#"<p class="handout-url">Online: <a href="\#(url)asthma/symptoms/">\#(url)asthma/symptoms/</a></p>"#))
        #expect(handout.contains(#"<a href="\#(url)asthma/treatments/#inhaler-technique">treatment plan</a>"#))
        let search = try #require(files["search/index.html"])
        let host = try #require(URLComponents(string: url)?.host)
        #expect(search.contains(#"<input type="hidden" name="sites" value="\#(host)">"#))
        #expect(search.contains(#"action="https://duckduckgo.com/""#))
    }

    @Test func baseURLOnTheCommandLineReplacesTheSettingBothWays() async throws {
        // A real address for a site without one.
        let bare = try Self.fixture(baseURL: nil)
        defer { bare.cleanUp() }
        let staged = try await Self.build(bare, baseURL: "https://staging.clinic-health.org/")
        #expect(staged.warnings.notes.isEmpty)
        #expect(try bare.read("public/robots.txt").hasSuffix("Sitemap: https://staging.clinic-health.org/sitemap.xml\n"))
        #expect(try bare.read("public/asthma/index.html").contains(#"<link rel="canonical" href="https://staging.clinic-health.org/asthma/">"#))
        // A local address instead of a real one: nothing of either is published.
        let real = try Self.fixture(baseURL: "https://www.clinic-health.org/")
        defer { real.cleanUp() }
        let local = try await Self.build(real, baseURL: "http://localhost:8000/")
        #expect(local.warnings.notes.map(\.description) == [
            "--base-url: note: http://localhost:8000/ is this computer's own address, so \(Self.leftOut); give the site's real address when you know it",
        ])
        try Self.expectNoAddress(try Self.outputs(real))
    }

    // MARK: - The command line says it once, and never fails for it

    @Test func buildCheckAndReportEachSayItOnceAndStrictStillPasses() throws {
        let cli = CommandLineTests()
        let site = try cli.cleanSite(["site.yml": "title: Test Library\n"])
        defer { site.cleanUp() }
        let build = try cli.run(["build", "--strict", "--today", "2026-11-25"], in: site.root)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors == Self.noAddress + "\n")
        let quiet = try cli.run(["build", "--quiet", "--today", "2026-11-25"], in: site.root)
        #expect(quiet.errors == "")
        let check = try cli.run(["check", "--strict", "--today", "2026-11-25"], in: site.root)
        #expect(check.status == 0)
        #expect(check.output == Self.noAddress + "\nChecked 3 pages: 0 errors, 0 warnings\n")
        let json = try cli.run(["check", "--format", "json", "--today", "2026-11-25"], in: site.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(report["notes"] as? Int == 1)
        #expect(report["warnings"] as? Int == 0)
        let entries = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["severity"] as? String == "note")
        #expect(entries.first?["path"] as? String == "site.yml")
        #expect(entries.first?["message"] as? String == String(Self.noAddress.dropFirst("site.yml: note: ".count)))
        let dashboard = try cli.run(["report", "--output", site.root.appendingPathComponent("report.html").path, "--today", "2026-11-25"], in: site.root)
        #expect(dashboard.status == 0)
        #expect(dashboard.errors == Self.noAddress + "\n")
    }

    // MARK: - sitegen init

    @Test func initWritesTheAddressItIsGiven() throws {
        let cli = CommandLineTests()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try cli.run(["init", "library", "--base-url", "https://www.clinic-health.org/health"], in: folder)
        #expect(created.status == 0, "\(created.errors)")
        let site = folder.appendingPathComponent("library")
        let settings = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(settings.contains("""
            # The web address where the site lives (keep the / at the end). Canonical links,
            # the printed handouts' "online version" line and sitemap.xml are made from it.
            base_url: https://www.clinic-health.org/health/

            """))
        let built = try cli.run(["build"], in: site)
        #expect(built.status == 0)
        #expect(built.errors == "")
        #expect(try String(contentsOf: site.appendingPathComponent("public/robots.txt"), encoding: .utf8).hasSuffix("Sitemap: https://www.clinic-health.org/health/sitemap.xml\n"))
        // Written as YAML reads it back, whatever the address holds that YAML gives a meaning.
        let odd = "https://www.clinic-health.org/a:b,[c]{d}&e*f!g|h%20i/"
        #expect(try cli.run(["init", "odd", "--base-url", odd], in: folder).status == 0)
        #expect(try cli.run(["build"], in: folder.appendingPathComponent("odd")).errors == "")
        #expect(try String(contentsOf: folder.appendingPathComponent("odd/public/robots.txt"), encoding: .utf8).hasSuffix("Sitemap: \(odd)sitemap.xml\n"))
    }

    @Test func initWithoutAnAddressLeavesTheLineCommentedAndTheFirstBuildPasses() throws {
        let cli = CommandLineTests()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try cli.run(["init"], in: folder).status == 0)
        let settings = try String(contentsOf: folder.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(settings.contains("""
            title: My Health Library

            # The address where the site will live. Leave it out until you know it: the pages
            # then have no canonical link, the handouts no "online version" address and there
            # is no sitemap.xml. When you know it, remove the # and write it (keep the / at the end):
            # base_url: https://www.your-organisation.example/health/

            # The language
            """))
        #expect(!settings.contains("\nbase_url:"))
        let built = try cli.run(["build", "--strict"], in: folder)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors == Self.noAddress + "\n")
        // The commented example, uncommented as it is, is still no address.
        try Data(settings.replacingOccurrences(of: "# base_url:", with: "base_url:").utf8).write(to: folder.appendingPathComponent("site.yml"))
        let uncommented = try cli.run(["build", "--strict"], in: folder)
        #expect(uncommented.status == 0)
        #expect(uncommented.errors.hasPrefix("site.yml:9: note: base_url https://www.your-organisation.example/health/ is an example address, so "), "\(uncommented.errors)")
    }

    @Test func initRefusesABadAddressAndWritesNothing() throws {
        let cli = CommandLineTests()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let refused = try cli.run(["init", "library", "--base-url", "www.clinic-health.org"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.errors.hasPrefix("Error: --base-url must be the full web address the site is published at, like https://www.your-organisation.example/health/ (found 'www.clinic-health.org')\n"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("library").path))
        // The same rule for a caller of SiteInit that did not check first.
        let library = folder.appendingPathComponent("other").path
        #expect(throws: Diagnostic.error("--base-url", "must not hold a user name or password ('user:password@'), which would be published in every page; write the public address, like https://www.your-organisation.example/health/")) {
            try SiteInit.create(in: library, baseURL: "https://editor:secret@www.clinic-health.org/")
        }
        #expect(!FileManager.default.fileExists(atPath: library))
    }
}
