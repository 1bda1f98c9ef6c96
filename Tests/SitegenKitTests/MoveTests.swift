import Foundation
import Testing
@testable import SitegenCommands

/// `sitegen move`: links changed with their anchors, old addresses kept as aliases, refusals,
/// and nothing changed when any step fails.
@Suite struct MoveTests {
    static let files: [String: String?] = [
        "content/imnm/_index.md": "---\ntitle: IMNM\n---\nSee [symptoms](symptoms.md) and [is there a cure?](cure.md#outlook).\n",
        "content/imnm/cure.md": "---\ntitle: Cure\n# Checked by the team\nweight: 20\n---\n## Outlook\n\nSee [symptoms](symptoms.md#muscle-weakness) and [flares](../lupus/flares.md).\n",
        "content/lupus/_index.md": "---\ntitle: Lupus\n---\nRead [cure](../imnm/cure.md) and [the outlook][c].\n\n[c]: ../imnm/cure.md#outlook\n",
        "content/lupus/flares.md": "---\ntitle: Flares\naliases: [lupus/old-flares/]  # from 2024\n---\nText about [cure](<../imnm/cure.md>), `[not a link](../imnm/cure.md)`.\n",
    ]

    func move(_ site: TestSite, _ source: String, _ destination: String) async -> (messages: [String], error: String?) {
        do {
            return (try await SiteMove.run(source: source, destination: destination, options: ScaffoldOptions(source: site.root.path)).messages, nil)
        } catch {
            return ([], error.description)
        }
    }

    @Test func movingAPageChangesLinksAndAddsTheOldAddress() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        let (messages, error) = await move(site, "content/imnm/cure.md", "content/imnm/outlook.md")
        #expect(error == nil)
        #expect(messages == [
            "Moved \(site.root.path)/content/imnm/cure.md to \(site.root.path)/content/imnm/outlook.md; updated links in 3 files.",
            "Added alias imnm/cure/ to \(site.root.path)/content/imnm/outlook.md.",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/content/imnm/cure.md"))
        #expect(try site.read("content/imnm/outlook.md") == "---\ntitle: Cure\n# Checked by the team\nweight: 20\naliases:\n  - imnm/cure/\n---\n## Outlook\n\nSee [symptoms](symptoms.md#muscle-weakness) and [flares](../lupus/flares.md).\n")
        #expect(try site.read("content/imnm/_index.md") == "---\ntitle: IMNM\n---\nSee [symptoms](symptoms.md) and [is there a cure?](outlook.md#outlook).\n")
        #expect(try site.read("content/lupus/_index.md") == "---\ntitle: Lupus\n---\nRead [cure](../imnm/outlook.md) and [the outlook][c].\n\n[c]: ../imnm/outlook.md#outlook\n")
        #expect(try site.read("content/lupus/flares.md") == "---\ntitle: Flares\naliases: [lupus/old-flares/]  # from 2024\n---\nText about [cure](<../imnm/outlook.md>), `[not a link](../imnm/cure.md)`.\n")

        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
        #expect(try site.read("public/imnm/cure/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../outlook/\">"))
        #expect(try site.read("public/_redirects") == "/imnm/cure/ /imnm/outlook/ 301\n/lupus/old-flares/ /lupus/flares/ 301\n")
    }

    @Test func movingAPageToAnotherSectionKeepsItsOwnLinksWorking() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        #expect(await move(site, "content/imnm/cure.md", "content/lupus/cure.md").error == nil)
        #expect(try site.read("content/lupus/cure.md").hasSuffix("See [symptoms](../imnm/symptoms.md#muscle-weakness) and [flares](flares.md).\n"))
        #expect(try site.read("content/lupus/_index.md").hasPrefix("---\ntitle: Lupus\n---\nRead [cure](cure.md) and"))
        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
        #expect(try site.read("public/imnm/cure/index.html").contains("url=../../lupus/cure/"))
    }

    @Test func movingASectionMovesEveryPageAndKeepsEveryOldAddress() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        let (messages, error) = await move(site, "content/imnm/", "content/myositis")
        #expect(error == nil)
        let root = site.root.path
        #expect(messages == [
            "Moved \(root)/content/imnm to \(root)/content/myositis; updated links in 2 files.",
            "Added alias imnm/ to \(root)/content/myositis/_index.md.",
            "Added alias imnm/cure/ to \(root)/content/myositis/cure.md.",
            "Added alias imnm/symptoms/ to \(root)/content/myositis/symptoms.md.",
        ])
        #expect(try site.read("content/lupus/_index.md") == "---\ntitle: Lupus\n---\nRead [cure](../myositis/cure.md) and [the outlook][c].\n\n[c]: ../myositis/cure.md#outlook\n")
        #expect(try site.read("content/myositis/_index.md") == "---\ntitle: IMNM\naliases:\n  - imnm/\n---\nSee [symptoms](symptoms.md) and [is there a cure?](cure.md#outlook).\n")
        #expect(try site.read("content/myositis/cure.md").hasSuffix("and [flares](../lupus/flares.md).\n"))
        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
        #expect(try site.read("public/imnm/index.html").contains("url=../myositis/"))
        #expect(try site.read("public/_redirects") == "/imnm/ /myositis/ 301\n/imnm/cure/ /myositis/cure/ 301\n/imnm/symptoms/ /myositis/symptoms/ 301\n/lupus/old-flares/ /lupus/flares/ 301\n")
    }

    /// The error of a refused move, after checking that no file changed.
    func refusal(_ source: String, _ destination: String, prepare: (TestSite) throws -> Void = { _ in }) async throws -> String? {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        try prepare(site)
        let before = site.snapshot("content")
        let error = await move(site, source, destination).error
        #expect(site.snapshot("content") == before, "a refused move must change nothing")
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/" + MoveJournal.name), "a refused move leaves no journal")
        return error?.replacingOccurrences(of: site.root.path + "/", with: "")
    }

    @Test func refusesToReplaceAFile() async throws {
        #expect(try await refusal("content/imnm/cure.md", "content/imnm/symptoms.md") ==
            "content/imnm/symptoms.md: error: already exists; sitegen move never replaces a file: choose another name, or remove that one first")
        #expect(try await refusal("content/imnm/cure.md", "content/imnm/Symptoms.md") ==
            "content/imnm/Symptoms.md: error: already exists as content/imnm/symptoms.md; sitegen move never replaces a file: choose another name, or remove that one first")
        #expect(try await refusal("content/imnm", "content/lupus") ==
            "content/lupus: error: already exists; sitegen move never replaces a file: choose another name, or remove that one first")
    }

    @Test func refusesPathsOutsideContent() async throws {
        #expect(try await refusal("site.yml", "content/imnm/site.md") ==
            "site.yml: error: is not inside content/; sitegen move moves pages (content/<section>/<page>.md) and sections (content/<section>)")
        #expect(try await refusal("content/../site.yml", "content/imnm/site.md") ==
            "content/../site.yml: error: is not inside content/; sitegen move moves pages (content/<section>/<page>.md) and sections (content/<section>)")
        #expect(try await refusal("content/imnm/nothing.md", "content/imnm/other.md") ==
            "content/imnm/nothing.md: error: does not exist; give the path of a page or a section folder, like content/imnm/cure.md")
        #expect(try await refusal("content/imnm/cure.md", "content/new/cure.md") ==
            "content/new/cure.md: error: is in content/new, which does not exist; create the section first with 'sitegen new section'")
    }

    @Test func refusalsGiveExamplesFromTheSiteItself() async throws {
        // Issue 27: a diabetes site is not told about IMNM's pages.
        let site = try TestSite([
            "content/imnm/_index.md": nil, "content/imnm/symptoms.md": nil,
            "content/diabetes/_index.md": "---\ntitle: Diabetes\n---\nText.\n",
            "content/diabetes/insulin.md": "---\ntitle: Insulin\n---\nText.\n",
            "content/diabetes/insulin.es.md": "---\ntitle: Insulina\n---\nTexto.\n",
        ])
        defer { site.cleanUp() }
        func refused(_ source: String, _ destination: String) async -> String? {
            await move(site, source, destination).error?.replacingOccurrences(of: site.root.path + "/", with: "")
        }
        #expect(await refused("content/diabetes/diet.md", "content/diabetes/food.md") ==
            "content/diabetes/diet.md: error: does not exist; give the path of a page or a section folder, like content/diabetes/insulin.md")
        #expect(await refused("content/lupus/diet.md", "content/lupus/food.md") ==
            "content/lupus/diet.md: error: does not exist; give the path of a page or a section folder, like content/diabetes/insulin.md")
        #expect(await refused("content/diabetes/_index.md", "content/diabetes/about.md") ==
            "content/diabetes/_index.md: error: is not a page; give a page and its new name, like 'sitegen move content/diabetes/insulin.md content/diabetes/new-name.md' (to move a section, give its folder)")
        #expect(await refused("content/diabetes", "content/diabetes/type-2") ==
            "content/diabetes: error: is a folder: give a section folder and its new folder, like 'sitegen move content/diabetes content/new-name'")
        // A site without sections yet: neutral names.
        let bare = try TestSite(["content/imnm/_index.md": nil, "content/imnm/symptoms.md": nil])
        defer { bare.cleanUp() }
        #expect(await move(bare, "content/lupus/diet.md", "content/lupus/food.md").error ==
            "content/lupus/diet.md: error: does not exist; give the path of a page or a section folder, like content/my-section/my-page.md")
    }

    @Test func aFailedWritePutsEveryFileBack() async throws {
        // The last file to change cannot be replaced: a folder sits where its new text is written.
        let error = try await refusal("content/imnm/cure.md", "content/imnm/outlook.md") { site in
            try FileManager.default.createDirectory(atPath: site.root.path + "/content/lupus/.flares.md.sitegen-move", withIntermediateDirectories: false)
        }
        #expect(error == "content/lupus/flares.md: error: cannot be written (content/lupus/.flares.md.sitegen-move is in the way: file exists); every file was put back as it was, nothing was moved")
    }

    /// Issue 25, defect 9: a temporary file left by a move killed under an older sitegen made
    /// every later move fail with "cannot be written (file exists)". Only a move holding the
    /// site's lock writes that name, so one found is stale: it is replaced, and gone afterwards.
    @Test func aStaleTemporaryFileDoesNotBlockTheMove() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        try site.write("content/lupus/.flares.md.sitegen-move", Data("half of an old move".utf8))
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/content/lupus/.flares.md.sitegen-move"))
        #expect(try site.read("content/lupus/flares.md").contains("(<../imnm/outlook.md>)"))
    }

    @Test func aliasGoesIntoTheListAsWritten() async throws {
        let block = "---\ntitle: A\naliases:\n    - old/a/   # first\ndraft: false\n---\nText.\n"
        #expect(try AliasInsertion.add("x/", to: block, path: "p.md") == "---\ntitle: A\naliases:\n    - old/a/   # first\n    - x/\ndraft: false\n---\nText.\n")
        let flow = "---\ntitle: A\naliases: [ ]\n---\n"
        #expect(try AliasInsertion.add("x/", to: flow, path: "p.md") == "---\ntitle: A\naliases: [ x/]\n---\n")
        let empty = "---\r\ntitle: A\r\naliases:\r\n---\r\n"
        #expect(try AliasInsertion.add("x/", to: empty, path: "p.md") == "---\r\ntitle: A\r\naliases:\r\n  - x/\r\n---\r\n")
        #expect(try AliasInsertion.add("old/a/", to: block, path: "p.md") == nil)
    }

    @Test func commandLine() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        let cli = CommandLineTests()
        let moved = try cli.run(["move", "content/imnm/cure.md", "./content/imnm/outlook.md"], in: site.root)
        #expect(moved.status == 0)
        #expect(moved.output == "Moved content/imnm/cure.md to content/imnm/outlook.md; updated links in 3 files.\nAdded alias imnm/cure/ to content/imnm/outlook.md.\n")
        let refused = try cli.run(["move", "content/imnm/outlook.md", "content/imnm/symptoms.md"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("content/imnm/symptoms.md: error: already exists; sitegen move never replaces a file: choose another name, or remove that one first"))
    }

    @Test func movingBackDropsTheAliasOfTheNewAddress() async throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(await move(site, "content/imnm/outlook.md", "content/imnm/cure.md").error == nil)
        #expect(try site.read("content/imnm/cure.md") == "---\ntitle: Cure\n# Checked by the team\nweight: 20\naliases:\n  - imnm/outlook/\n---\n## Outlook\n\nSee [symptoms](symptoms.md#muscle-weakness) and [flares](../lupus/flares.md).\n")
        #expect(try site.read("content/imnm/_index.md") == Self.files["content/imnm/_index.md"] ?? nil)
        #expect(await site.build().succeeded)
    }
}
