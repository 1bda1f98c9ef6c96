import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenPreview

/// A site with a Chinese and a Greek section (issue 15, requirement 6): the folders keep their
/// names in the output, and every address written into a page, the sitemap or the search index
/// is percent-encoded.
@Suite struct UnicodeAddressTests {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    // 糖尿病/ and 症状/, σακχαρώδης-διαβήτης/ and συμπτώματα/, encoded as UTF-8.
    static let chinese = "%E7%B3%96%E5%B0%BF%E7%97%85"
    static let symptoms = "%E7%97%87%E7%8A%B6"
    static let greek = "%CF%83%CE%B1%CE%BA%CF%87%CE%B1%CF%81%CF%8E%CE%B4%CE%B7%CF%82-%CE%B4%CE%B9%CE%B1%CE%B2%CE%AE%CF%84%CE%B7%CF%82"
    static let greekSymptoms = "%CF%83%CF%85%CE%BC%CF%80%CF%84%CF%8E%CE%BC%CE%B1%CF%84%CE%B1"

    /// The fixture with the repository's theme (search page, sitemap, JSON-LD, handout).
    static func makeSite() throws -> TestSite {
        let site = try TestSite([
            "content/糖尿病/_index.md": "---\ntitle: 糖尿病\ndescription: 关于糖尿病。\n---\n糖尿病是一种常见病。见[症状](症状.md)。\n",
            "content/糖尿病/症状.md": "---\ntitle: 症状\ndescription: 糖尿病的症状。\nweight: 10\naliases: [旧/症状/]\n---\n口渴。另见[希腊语页面](<../Σακχαρώδης διαβήτης/Συμπτώματα.md>)。\n\n![图表](图表.png)\n",
            "content/Σακχαρώδης διαβήτης/_index.md": "---\ntitle: Σακχαρώδης διαβήτης\ndescription: Για τον διαβήτη.\n---\nΟ διαβήτης είναι συχνός.\n",
            "content/Σακχαρώδης διαβήτης/Συμπτώματα.md": "---\ntitle: Συμπτώματα\ndescription: Τα συμπτώματα.\nweight: 10\n---\nΔίψα. Δείτε [τα συμπτώματα](../%E7%B3%96%E5%B0%BF%E7%97%85/%E7%97%87%E7%8A%B6.md).\n",
        ])
        try site.write("content/糖尿病/图表.png", TestImage.png())
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: theme, to: site.root.appendingPathComponent("templates"))
        return site
    }

    @Test func foldersKeepTheirNamesAndLinksAreEncoded() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")

        for path in ["public/糖尿病/index.html", "public/糖尿病/症状/index.html", "public/糖尿病/图表.png",
                     "public/σακχαρώδης-διαβήτης/index.html", "public/σακχαρώδης-διαβήτης/συμπτώματα/index.html", "public/旧/症状/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(path).path), "\(path)")
        }
        let chinesePage = try site.read("public/糖尿病/症状/index.html")
        #expect(chinesePage.contains(#"href="../../\#(Self.greek)/\#(Self.greekSymptoms)/""#))
        #expect(chinesePage.contains(#"src="../%E5%9B%BE%E8%A1%A8.png""#))
        #expect(chinesePage.contains(#"<link rel="canonical" href="https://www.clinic-health.org/\#(Self.chinese)/\#(Self.symptoms)/">"#))
        #expect(chinesePage.contains(#""url":"https://www.clinic-health.org/\#(Self.chinese)/\#(Self.symptoms)/""#))
        // Shown to readers (on paper) as they would type it, linked encoded.
        #expect(chinesePage.contains("Printed from https://www.clinic-health.org/糖尿病/症状/</p>"))
        let handout = try site.read("public/糖尿病/print/index.html")
        #expect(handout.contains(#"<a href="https://www.clinic-health.org/\#(Self.chinese)/">https://www.clinic-health.org/糖尿病/</a>"#))
        #expect(handout.contains(#"Online: <a href="https://www.clinic-health.org/\#(Self.chinese)/\#(Self.symptoms)/">https://www.clinic-health.org/糖尿病/症状/</a>"#))
        let greekPage = try site.read("public/σακχαρώδης-διαβήτης/συμπτώματα/index.html")
        #expect(greekPage.contains(#"href="../../\#(Self.chinese)/\#(Self.symptoms)/""#))
        let home = try site.read("public/index.html")
        #expect(home.contains(#"href="\#(Self.chinese)/""#))
        #expect(home.contains(#"href="\#(Self.greek)/""#))
        let section = try site.read("public/糖尿病/index.html")
        #expect(section.contains(#"href="\#(Self.symptoms)/""#))

        // Every href, src and canonical link of every page is ASCII: a valid URL.
        for page in ["public/index.html", "public/糖尿病/index.html", "public/糖尿病/症状/index.html", "public/糖尿病/print/index.html",
                     "public/σακχαρώδης-διαβήτης/συμπτώματα/index.html", "public/旧/症状/index.html", "public/404.html"] {
            let addresses = Self.attributes(in: try site.read(page), named: ["href", "src", "content"]).filter { $0.contains("/") && !$0.contains(" ") }
            #expect(!addresses.isEmpty)
            for address in addresses where !address.hasPrefix("#") {
                #expect(address.isASCII, "\(page): \(address)")
            }
        }
    }

    @Test func sitemapSearchIndexAndRedirectsAreEncoded() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")

        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("<loc>https://www.clinic-health.org/\(Self.chinese)/\(Self.symptoms)/</loc>"))
        #expect(sitemap.contains("<loc>https://www.clinic-health.org/\(Self.greek)/\(Self.greekSymptoms)/</loc>"))
        #expect(sitemap.isASCII)

        let folder = site.root.appendingPathComponent("public/search/index/docs").path
        let docs = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { try site.read("public/search/index/docs/\($0)") }.joined()
        #expect(docs.contains(#"["\#(Self.chinese)/\#(Self.symptoms)/","症状""#))
        #expect(docs.contains(#"["\#(Self.greek)/\#(Self.greekSymptoms)/","Συμπτώματα""#))

        let redirects = try site.read("public/_redirects")
        #expect(redirects == "/%E6%97%A7/\(Self.symptoms)/ /\(Self.chinese)/\(Self.symptoms)/ 301\n")
        let alias = try site.read("public/旧/症状/index.html")
        #expect(alias.contains(#"<a href="../../\#(Self.chinese)/\#(Self.symptoms)/">"#))
    }

    @Test func namesThatMeetOnOneAddressAreAnError() async throws {
        for (first, second) in [("Ωμέγα", "ωμέγα"), ("Straße", "strasse"), ("Crème", "creme")] {
            let site = try TestSite([
                "content/imnm/\(first).md": "---\ntitle: One\n---\nText.\n",
                "content/imnm/\(second).md": "---\ntitle: Two\n---\nText.\n",
            ])
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(!result.succeeded)
            let address = "imnm/\(Slug.make(first))/"
            let clash = result.messages.filter { $0.contains("has the same web address (\(address))") }
            #expect(clash.count == 1, "\(result.messages)")
            #expect(clash.first?.contains(":1: error:") == true, "\(clash)")
        }
    }

    @Test func namesWithoutLettersOrDigitsStillFail() async throws {
        let site = try TestSite(["content/---/_index.md": "---\ntitle: Dashes\n---\n", "content/imnm/!!!.md": "---\ntitle: Marks\n---\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        let message = "error: the file or folder name has no letters or digits to make a web address from; rename it, like 'symptoms.md'"
        #expect(result.messages.contains("content/---/_index.md:1: \(message)"), "\(result.messages)")
        #expect(result.messages.contains("content/imnm/!!!.md:1: \(message)"), "\(result.messages)")
    }

    @Test(.timeLimit(.minutes(2))) func thePreviewServesTheEncodedAddress() async throws {
        #expect(RequestPath(raw: "/" + URLPath.encoded("糖尿病/症状/")) == .file("糖尿病/症状/index.html"))
        try await withPreview([
            "content/糖尿病/_index.md": "---\ntitle: 糖尿病\n---\n见[症状](症状.md)。\n",
            "content/糖尿病/症状.md": "---\ntitle: 症状\n---\n口渴。\n",
        ]) { preview in
            let section = try await preview.get("/\(Self.chinese)/")
            #expect(section.status == 200)
            #expect(section.body.contains(#"<a href="\#(Self.symptoms)/">症状</a>"#))
            let page = try await preview.get("/\(Self.chinese)/\(Self.symptoms)/")
            #expect(page.status == 200)
            #expect(page.body.contains("口渴。"))
        }
    }

    /// The values of the named attributes, as written (without entity decoding: addresses have none).
    static func attributes(in html: String, named names: [String]) -> [String] {
        var values: [String] = []
        for name in names {
            var rest = html[...]
            while let start = rest.range(of: " \(name)=\"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                values.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return values
    }
}
