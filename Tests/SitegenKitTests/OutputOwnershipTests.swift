import Foundation
import Testing
@testable import SitegenBuild
import SitegenFileSystem
@testable import SitegenModel
@testable import SitegenWrite

/// sitegen owns its output folder by proof: it replaces or removes only the files its manifest
/// lists, refuses a folder holding anything else, and never removes anything outside it.
@Suite struct OutputOwnershipTests {
    let fm = FileManager.default

    /// A temporary folder beside the site, for outputs outside it.
    func elsewhere() throws -> URL {
        let folder = fm.temporaryDirectory.appendingPathComponent("sitegen-elsewhere-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.resolvingSymlinksInPath()
    }

    func build(_ site: TestSite, output: String? = nil) async -> (succeeded: Bool, messages: [String]) {
        do {
            let summary = try await Build.run(BuildOptions(source: site.root.path, output: output))
            return (true, summary.warnings.map(\.description))
        } catch {
            return (false, error.diagnostics.errors.map(\.description))
        }
    }

    func write(_ text: String, to path: String) throws {
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aHomeFolderWithAnIndexIsRefusedAndNothingIsDeleted() async throws {
        let site = try TestSite()
        let home = try elsewhere()
        defer { site.cleanUp(); try? fm.removeItem(at: home) }
        for path in ["index.html", "Documents/thesis.docx", ".ssh/id_ed25519", ".git/HEAD"] {
            try write("precious \(path)", to: home.path + "/" + path)
        }
        let result = await build(site, output: home.path)
        #expect(!result.succeeded)
        #expect(result.messages == [
            "\(home.path): error: holds 1 file and 3 folders that sitegen did not write: .git/, .ssh/, Documents/, index.html; sitegen writes only into an empty folder or one it built (with a .sitegen-manifest); choose another --output or move them out",
        ])
        for path in ["index.html", "Documents/thesis.docx", ".ssh/id_ed25519", ".git/HEAD"] {
            #expect(try String(contentsOfFile: home.path + "/" + path, encoding: .utf8) == "precious \(path)")
        }
        let parent = home.deletingLastPathComponent().path
        #expect(!fm.fileExists(atPath: parent + "/.\(home.lastPathComponent).sitegen-new"))
    }

    @Test func aSiteBuiltWithoutAManifestGetsAHintToDeleteIt() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        for path in ["index.html", "404.html", "imnm/index.html"] { try site.write("public/" + path, Data("old".utf8)) }
        let result = await build(site)
        #expect(result.messages == [
            "public: error: holds 2 files and 1 folder that sitegen did not write: 404.html, imnm/, index.html; sitegen writes only into an empty folder or one it built (with a .sitegen-manifest); choose another --output or move them out (if it is a site an earlier sitegen built, which kept no list of its files, delete the folder and build again)",
        ])
        #expect(try site.read("public/imnm/index.html") == "old")
    }

    @Test func aFileAddedToABuiltSiteIsRefusedUntilItIsPublishedFromTemplatesStatic() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        try site.write("public/CNAME", Data("health.example.org\n".utf8))
        let refused = await build(site)
        #expect(refused.messages == [
            "public: error: holds 1 file that sitegen did not write: CNAME; sitegen replaces this folder on every build and keeps only what it wrote; move it out, or put files to publish with the site (such as CNAME or .htaccess) in templates/static/",
        ])
        #expect(try site.read("public/CNAME") == "health.example.org\n")
        try site.remove("public/CNAME")
        try site.write("templates/static/CNAME", Data("health.example.org\n".utf8))
        #expect(await build(site).succeeded)
        #expect(try site.read("public/CNAME") == "health.example.org\n")
        #expect(try site.read("public/.sitegen-manifest").contains("\nCNAME\n"))
    }

    @Test func theFirstFiveStrangersAreNamedAndTheRestCounted() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        for name in ["a", "b", "c", "d", "e", "f", "g"] { try site.write("public/imnm/\(name).txt", Data()) }
        try site.write("public/imnm/symptoms/notes/n.txt", Data())
        #expect(await build(site).messages == [
            "public: error: holds 7 files and 1 folder that sitegen did not write: imnm/a.txt, imnm/b.txt, imnm/c.txt, imnm/d.txt, imnm/e.txt and 3 more; sitegen replaces this folder on every build and keeps only what it wrote; move them out, or put files to publish with the site (such as CNAME or .htaccess) in templates/static/",
        ])
    }

    @Test func aListedFileReplacedByALinkIsAStranger() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        try site.remove("public/404.html")
        try fm.createSymbolicLink(atPath: site.output + "/404.html", withDestinationPath: site.root.appendingPathComponent("site.yml").path)
        #expect(await build(site).messages.first?.hasPrefix("public: error: holds 1 file that sitegen did not write: 404.html;") == true)
        #expect(try site.read("site.yml").hasPrefix("title:"))
    }

    @Test func theManifestListsEveryFileSortedAndRebuildsKeepIt() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        let manifest = try site.read("public/.sitegen-manifest")
        // The test site's own templates are few: the print page, the search page and its index,
        // and the static files come from the built-in theme.
        #expect(manifest == """
            # sitegen wrote these files; the next build replaces or removes them and nothing else
            404.html
            favicon.ico
            favicon.svg
            handout.css
            header.js
            imnm/index.html
            imnm/print/index.html
            imnm/symptoms/index.html
            index.html
            robots.txt
            search.js
            search/index.html
            search/index/docs/0.json
            search/index/manifest.json
            search/index/near/0.json
            search/index/terms/0.json
            site.css
            sitemap.xml
            term.js

            """)
        let stamp = try #require(try fm.attributesOfItem(atPath: site.output + "/.sitegen-manifest")[.modificationDate] as? Date)
        try fm.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: site.output + "/.sitegen-manifest")
        #expect(await build(site).succeeded)
        #expect(try site.read("public/.sitegen-manifest") == manifest)
        let kept = try #require(try fm.attributesOfItem(atPath: site.output + "/.sitegen-manifest")[.modificationDate] as? Date)
        #expect(kept == Date(timeIntervalSince1970: 1_000_000) && kept != stamp, "an unchanged manifest keeps its time")
    }

    @Test func hiddenFilesInTemplatesStaticArePublishedButNotEditorsFiles() async throws {
        let site = try TestSite([
            "templates/static/.htaccess": "ErrorDocument 404 /404.html\n",
            "templates/static/.well-known/security.txt": "Contact: mailto:security@example.org\n",
            "templates/static/.DS_Store": "finder",
            "templates/static/.site.css.swp": "vim",
        ])
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        #expect(try site.read("public/.htaccess") == "ErrorDocument 404 /404.html\n")
        #expect(try site.read("public/.well-known/security.txt") == "Contact: mailto:security@example.org\n")
        #expect(!fm.fileExists(atPath: site.output + "/.DS_Store"))
        #expect(!fm.fileExists(atPath: site.output + "/.site.css.swp"))
    }

    @Test func aStaticFileNamedLikeTheManifestIsRefused() async throws {
        let site = try TestSite(["templates/static/.sitegen-manifest": "mine"])
        defer { site.cleanUp() }
        #expect(await build(site).messages == [
            "templates/static/.sitegen-manifest: error: would be written to .sitegen-manifest, where sitegen keeps the list of the files it wrote; rename it",
        ])
    }

    /// A 100 MB manifest took 42 s and 1.4 GB to read: one larger than sitegen writes is not
    /// read, and refused like any manifest sitegen did not write, before anything is written.
    @Test func aManifestLargerThanItsLimitIsRefusedUnread() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        let manifest = site.output + "/.sitegen-manifest"
        let listed = try site.read("public/.sitegen-manifest")
        // The real list, then sparse space up to one byte over the limit (no disk space taken).
        #expect(truncate(manifest, off_t(ReadLimit.manifest.bytes + 1)) == 0)
        let before = try fm.contentsOfDirectory(atPath: site.output).sorted()
        #expect(await build(site).messages == [
            "public: error: holds a .sitegen-manifest of more than 10 MB, larger than any sitegen writes, so it is not read; move it out of the folder or choose another --output",
        ])
        #expect(try fm.contentsOfDirectory(atPath: site.output).sorted() == before)
        #expect(try fm.contentsOfDirectory(atPath: site.root.path).filter { $0.hasSuffix(".sitegen-new") || $0.hasSuffix(".sitegen-old") }.isEmpty, "no staging folder is left")
        // At the limit it is read, and found not to be sitegen's (a list does not end in NULs).
        #expect(truncate(manifest, off_t(ReadLimit.manifest.bytes)) == 0)
        #expect(await build(site).messages == [
            "public: error: holds a .sitegen-manifest that sitegen did not write; move it out of the folder or choose another --output",
        ])
        try write(listed, to: manifest)
        #expect(await build(site).succeeded)
    }

    @Test func userFoldersWithSitegensStagingNamesAreKept() async throws {
        for kind in ["old", "new"] {
            let site = try TestSite()
            defer { site.cleanUp() }
            let folder = site.root.appendingPathComponent(".public.sitegen-\(kind)").path
            try write("mine", to: folder + "/keep.txt")
            #expect(await build(site).messages == [
                "\(folder): error: sitegen keeps unfinished builds under this name, but sitegen did not make this folder: it holds 1 file that sitegen did not write: keep.txt; move it away or rename it, then build again",
            ])
            #expect(try String(contentsOfFile: folder + "/keep.txt", encoding: .utf8) == "mine")
            #expect(!fm.fileExists(atPath: site.output))
        }
    }

    @Test func stagingFoldersLeftByAKilledBuildAreCleared() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        let new = site.root.appendingPathComponent(".public.sitegen-new").path
        let old = site.root.appendingPathComponent(".public.sitegen-old").path
        try write(OutputManifest.stagingText, to: new + "/.sitegen-manifest")
        try write("half", to: new + "/imnm/index.html")
        try fm.copyItem(atPath: site.output, toPath: old)
        #expect(await build(site).succeeded)
        #expect(!fm.fileExists(atPath: new) && !fm.fileExists(atPath: old))
    }

    @Test func theOldSiteIsPutBackWhenABuildWasKilledBetweenItsRenames() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await build(site).succeeded)
        let old = site.root.appendingPathComponent(".public.sitegen-old").path
        try fm.moveItem(atPath: site.output, toPath: old)
        try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: soon\n---\n".utf8))
        #expect(await build(site).succeeded == false)
        #expect(try site.read("public/imnm/symptoms/index.html").contains("Muscle weakness"))
        #expect(!fm.fileExists(atPath: old))
    }

    @Test func aFileAddedDuringABuildIsKeptAndReported() async throws {
        let root = try elsewhere()
        defer { try? fm.removeItem(at: root) }
        let output = root.path + "/public"
        try await OutputWriter.write([OutputFile(path: "index.html", text: "one")], to: output, displayPath: "public")
        let location = try OutputLocation(output: output, shown: "public")
        let staged = try StagedSite(location)
        await staged.add([OutputFile(path: "index.html", text: "two")])
        try write("dropped in meanwhile", to: output + "/notes.txt")
        let outcome = try staged.commit()
        #expect(outcome.warnings == [
            "public gained files while it was rebuilt, which sitegen did not write: they are kept in \(location.staging), which holds 1 file that sitegen did not write: notes.txt; move them where they belong and delete that folder",
        ])
        #expect(try String(contentsOfFile: location.staging + "/notes.txt", encoding: .utf8) == "dropped in meanwhile")
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "two")
        #expect(try fm.contentsOfDirectory(atPath: location.staging).sorted() == [".sitegen-manifest", "notes.txt"], "the manifest stays with them, so the next build knows the folder")
    }

    @Test func aLinkedOutputIsWrittenThroughAndStagedBesideItsTarget() async throws {
        let site = try TestSite()
        let root = try elsewhere()
        defer { site.cleanUp(); try? fm.removeItem(at: root) }
        try fm.createDirectory(atPath: root.path + "/real/site", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root.path + "/links", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: root.path + "/links/public", withDestinationPath: root.path + "/real/site")
        for round in 1...2 {
            #expect(await build(site, output: root.path + "/links/public").succeeded, "round \(round)")
            #expect(try fm.destinationOfSymbolicLink(atPath: root.path + "/links/public") == root.path + "/real/site")
            #expect(fm.fileExists(atPath: root.path + "/real/site/imnm/symptoms/index.html"))
            #expect(try fm.contentsOfDirectory(atPath: root.path + "/links") == ["public"])
            #expect(try fm.contentsOfDirectory(atPath: root.path + "/real").sorted() == ["site"], "the lock file is gone with the build")
        }
    }

    @Test func theSiteFolderCheckFollowsLinks() async throws {
        let site = try TestSite()
        let root = try elsewhere()
        defer { site.cleanUp(); try? fm.removeItem(at: root) }
        try fm.createSymbolicLink(atPath: root.path + "/to-content", withDestinationPath: site.root.path + "/content")
        try fm.createSymbolicLink(atPath: root.path + "/to-site", withDestinationPath: site.root.path)
        for link in ["to-content", "to-site"] {
            #expect(await build(site, output: root.path + "/" + link).messages == [
                "\(root.path)/\(link): error: the output folder would replace the site's own files; choose a separate folder such as public/",
            ])
        }
        #expect(fm.fileExists(atPath: site.root.path + "/content/imnm/symptoms.md"))
    }

    @Test func aLinkToAMissingFolderIsWrittenThrough() async throws {
        let site = try TestSite()
        let root = try elsewhere()
        defer { site.cleanUp(); try? fm.removeItem(at: root) }
        try fm.createSymbolicLink(atPath: root.path + "/out", withDestinationPath: "missing/site")
        #expect(await build(site, output: root.path + "/out").succeeded)
        #expect(try fm.destinationOfSymbolicLink(atPath: root.path + "/out") == "missing/site")
        #expect(fm.fileExists(atPath: root.path + "/missing/site/imnm/index.html"))
        try fm.createSymbolicLink(atPath: root.path + "/loop", withDestinationPath: "loop")
        #expect(await build(site, output: root.path + "/loop").messages == [
            "\(root.path)/loop: error: is a symbolic link that leads nowhere (a loop of links); choose another --output",
        ])
    }

    @Test func anAbsoluteOutputIsShownWithoutTheSourceFolder() throws {
        let site = try TestSite()
        let root = try elsewhere()
        defer { site.cleanUp(); try? fm.removeItem(at: root) }
        try write("mine", to: root.path + "/out/notes.txt")
        let result = try CommandLineTests().run(["build", "--source", site.root.path, "--output", root.path + "/out"], in: root)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("\(root.path)/out: error: holds 1 file that sitegen did not write: notes.txt;"))
        let relative = try CommandLineTests().run(["build", "--source", site.root.lastPathComponent], in: site.root.deletingLastPathComponent())
        #expect(relative.status == 0)
        #expect(relative.output.hasPrefix("Built 3 pages in 1 section: 19 files in \(site.root.lastPathComponent)/public (19 written) in "))
    }

    @Test func reportPathsAreCheckedBeforeTheBuildThroughLinks() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try fm.createDirectory(atPath: site.output, withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: site.root.path + "/reports", withDestinationPath: site.output)
        let cases: [(String, String)] = [
            ("reports/r.json", "sitegen: error: the report reports/r.json would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --report\n"),
            ("public", "sitegen: error: the report public would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --report\n"),
            (".public.sitegen-lock", "sitegen: error: the report .public.sitegen-lock would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --report\n"),
            ("content", "sitegen: error: the report content is the site's own folder content/; choose a file outside the site's own files with --report, like report.json\n"),
            ("nowhere/r.json", "sitegen: error: the folder of the report file nowhere/r.json does not exist; create it or choose another path for --report\n"),
        ]
        for (report, message) in cases {
            let result = try CommandLineTests().run(["build", "--report", report], in: site.root)
            #expect(result.status == 1)
            #expect(result.errors == message)
            #expect(try fm.contentsOfDirectory(atPath: site.output).isEmpty, "checked before the build")
        }
        try fm.createSymbolicLink(atPath: site.root.path + "/latest.json", withDestinationPath: site.root.path + "/report-1.json")
        let linked = try CommandLineTests().run(["build", "--report", "latest.json"], in: site.root)
        #expect(linked.status == 0)
        #expect(try fm.destinationOfSymbolicLink(atPath: site.root.path + "/latest.json") == site.root.path + "/report-1.json")
        #expect(try site.read("report-1.json").contains("\"pages\""))
    }
}
