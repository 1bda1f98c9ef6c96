import Foundation
import Testing
@testable import SitegenCommands

/// Issue 25's defects of `sitegen move`: where it finds a link's definition, where it may write,
/// what it reads, and its messages. Every refusal changes nothing, inside the site or beside it.
@Suite struct MoveSafetyTests {
    /// What a move printed, or its error, with the site's folder taken out of paths.
    struct Outcome {
        var error: String?
        var messages: [String]
    }

    func move(_ site: TestSite, _ source: String, _ destination: String) async -> Outcome {
        do {
            let result = try await SiteMove.run(source: source, destination: destination, options: ScaffoldOptions(source: site.root.path))
            return Outcome(error: nil, messages: result.messages.map { $0.replacingOccurrences(of: site.root.path + "/", with: "") })
        } catch {
            return Outcome(error: error.description.replacingOccurrences(of: site.root.path + "/", with: ""), messages: [])
        }
    }

    /// A folder outside the site, removed with it.
    func outsideFolder(_ site: TestSite, _ files: [String: String] = [:]) throws -> String {
        let folder = site.root.path + "-outside"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let path as String in walker {
            result[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
        return result
    }

    /// Defect 8: a look-alike definition in a fenced code block (or an HTML block) is not the
    /// link's definition; the real one after it is, found by its label as cmark normalises it.
    @Test func aDefinitionInACodeBlockIsLeftAndTheRealOneChanged() async throws {
        let page = """
            ---
            title: Lupus
            ---
            Read [the outlook][The   OUTLOOK] and [cure][c].

            ~~~
            [c]: ../imnm/cure.md
            [the outlook]: ../imnm/cure.md
            ~~~

            <div>
            [c]: ../imnm/cure.md
            </div>

            [c]: ../imnm/cure.md
            [the outlook]: ../imnm/cure.md#outlook
            [C]: ../imnm/cure.md#second-definition-unused

            """
        let site = try TestSite(MoveTests.files.merging(["content/lupus/_index.md": page]) { $1 })
        defer { site.cleanUp() }
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(try site.read("content/lupus/_index.md") == page
            .replacingOccurrences(of: "\n[c]: ../imnm/cure.md\n[the outlook]: ../imnm/cure.md#outlook", with: "\n[c]: ../imnm/outlook.md\n[the outlook]: ../imnm/outlook.md#outlook"))
        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
    }

    /// A reference link whose URL also appears in its text: the definition changes, not the text.
    @Test func aReferenceLinkWithTheAddressInItsTextChangesTheDefinition() async throws {
        let page = "---\ntitle: Lupus\n---\nSee [the page (../imnm/cure.md)][c].\n\n[c]: ../imnm/cure.md\n"
        let site = try TestSite(MoveTests.files.merging(["content/lupus/_index.md": page]) { $1 })
        defer { site.cleanUp() }
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(try site.read("content/lupus/_index.md") == "---\ntitle: Lupus\n---\nSee [the page (../imnm/cure.md)][c].\n\n[c]: ../imnm/outlook.md\n")
    }

    /// Ten levels of aliases, each repeating the one before ten times: unbounded, that is ten
    /// billion values, and Yams' composer took over 20 s on it.
    static let aliasBomb = (0...9).map { level in
        let items = level == 0 ? Array(repeating: "x", count: 10) : Array(repeating: "*a\(level - 1)", count: 10)
        return "a\(level): &a\(level) [\(items.joined(separator: ", "))]\n"
    }.joined()

    /// Defect 4: the moved page holds an alias bomb: refused at once, saying what the build says.
    @Test func anAliasBombInTheMovedPageIsRefusedWithItsLine() async throws {
        let page = "---\ntitle: Cure\n" + Self.aliasBomb + "---\nText.\n"
        let site = try TestSite(MoveTests.files.merging(["content/imnm/cure.md": page]) { $1 })
        defer { site.cleanUp() }
        let before = site.snapshot("content")
        let outcome = await move(site, "content/imnm/cure.md", "content/imnm/outlook.md")
        // a3 is the first list whose aliases add more than 10,000 values; it is on line 6.
        #expect(outcome.error == "content/imnm/cure.md:6: error: its front matter repeats too much through YAML aliases (the alias '*a2' takes it past the 10000 values aliases may repeat in all), so the old address 'imnm/cure/' cannot be added to 'aliases'; write the values out instead, then move it again")
        #expect(site.snapshot("content") == before)
    }

    /// Defect 4: a page that only links to the moved one holds the bomb: its link is changed.
    @Test func anAliasBombInALinkingPageDoesNotSlowTheMove() async throws {
        let page = "---\ntitle: Flares\n" + Self.aliasBomb + "---\nSee [cure](../imnm/cure.md).\n"
        let site = try TestSite(MoveTests.files.merging(["content/lupus/flares.md": page]) { $1 })
        defer { site.cleanUp() }
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(try site.read("content/lupus/flares.md") == page.replacingOccurrences(of: "../imnm/cure.md", with: "../imnm/outlook.md"))
    }

    /// The error of a refused move, after checking that nothing changed in the site or beside it.
    func refusal(_ source: String, _ destination: String, files: [String: String?] = [:], prepare: (TestSite, String) throws -> Void = { _, _ in }) async throws -> String? {
        let site = try TestSite(MoveTests.files.merging(files) { $1 })
        defer { site.cleanUp() }
        let outside = try outsideFolder(site, ["page.md": "---\ntitle: Outside\n---\nSee [cure](../imnm/cure.md).\n"])
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try prepare(site, outside)
        let before = snapshot(site.root.path), beside = snapshot(outside)
        let outcome = await move(site, source, destination)
        #expect(snapshot(site.root.path) == before, "a refused move must change nothing")
        #expect(snapshot(outside) == beside, "a refused move must change nothing outside the site")
        return outcome.error
    }

    /// Defect 10: a folder linked out of the site is neither a destination nor a source.
    @Test func refusesFoldersLinkedOutOfTheSite() async throws {
        let linkOut = { (site: TestSite, outside: String) in
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/ext", withDestinationPath: outside)
        }
        #expect(try await refusal("content/imnm/cure.md", "content/ext/cure.md", prepare: linkOut) ==
            "content/ext/cure.md: error: is in content/ext, a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder")
        #expect(try await refusal("content/ext/page.md", "content/imnm/page.md", prepare: linkOut) ==
            "content/ext/page.md: error: is in content/ext, a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder")
        #expect(try await refusal("content/ext", "content/external", prepare: linkOut) ==
            "content/ext: error: is a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder")
    }

    /// Defect 10: names the build would not publish are refused (it printed "Added alias").
    @Test func refusesNamesTheBuildDoesNotPublish() async throws {
        #expect(try await refusal("content/imnm/cure.md", "content/imnm/.cure.md") ==
            "content/imnm/.cure.md: error: has a name the build skips (it starts with '.' or ends with '~'); choose a name like 'outlook.md'")
        #expect(try await refusal("content/imnm/cure.md", "content/imnm/cure.fr.md") ==
            "content/imnm/cure.fr.md: error: is named as a translation into 'fr', which site.yml does not list under 'languages:', so the build would not publish it; choose a name without '.fr'")
        #expect(try await refusal("content/imnm", "content/.imnm") ==
            "content/.imnm: error: is a folder name the build skips (it starts with '.' or ends with '~'); choose a name like 'lupus'")
    }

    /// From defect 14: a page "into" the home page gave "NSCocoaErrorDomain error 512".
    @Test func refusesAFileAsASectionFolder() async throws {
        #expect(try await refusal("content/imnm/cure.md", "content/_index.md/x.md", files: ["content/_index.md": "---\ntitle: Home\n---\nWelcome.\n"]) ==
            "content/_index.md/x.md: error: is in content/_index.md, which is a file, not a section folder")
    }

    /// Files are read as the build reads them: within its size limit, and never through a link
    /// out of the site (the link used to be replaced by a copy of what it pointed to).
    @Test func readsOnlyWhatTheBuildReads() async throws {
        let big = "---\ntitle: Big\n---\n" + String(repeating: "Some words on a line.\n", count: 50_000)
        #expect(try await refusal("content/imnm/cure.md", "content/imnm/outlook.md", files: ["content/lupus/big.md": big]) ==
            "content/lupus/big.md: error: the file is larger than 1 MB, the most sitegen reads as a page; split it into several pages (sitegen move reads every page to change its links; nothing was moved)")

        let site = try TestSite(MoveTests.files)
        defer { site.cleanUp() }
        let outside = try outsideFolder(site, ["page.md": "---\ntitle: Outside\n---\nSee [cure](../imnm/cure.md).\n"])
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/lupus/linked.md", withDestinationPath: outside + "/page.md")
        let beside = snapshot(outside)
        #expect(await move(site, "content/imnm/cure.md", "content/imnm/outlook.md").error == nil)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.root.path + "/content/lupus/linked.md") == outside + "/page.md")
        #expect(snapshot(outside) == beside)
    }
}
