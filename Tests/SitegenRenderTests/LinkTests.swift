import Testing
@testable import SitegenModel
@testable import SitegenRender

@Suite struct LinkTests {
    let resolver = LinkResolver(
        pages: [
            "content/_index.md": .init(url: "", anchors: []),
            "content/imnm/_index.md": .init(url: "imnm/", anchors: ["overview"]),
            "content/imnm/symptoms.md": .init(url: "imnm/symptoms/", anchors: ["muscle-weakness"]),
            "content/imnm/treatments.md": .init(url: "imnm/treatments/", anchors: ["ivig"]),
            "content/lupus/_index.md": .init(url: "lupus/", anchors: []),
        ],
        assets: ["content/imnm/muscle chart.png": "imnm/muscle chart.png"],
        unpublished: []
    )

    func page(_ source: String, _ url: String) -> Page {
        Page(kind: .page, sourcePath: source, url: url, frontMatter: FrontMatter(title: "x"), body: "", bodyFirstLine: 1, sectionSlug: "imnm")
    }

    func resolve(_ link: String, from source: String = "content/imnm/symptoms.md", url: String = "imnm/symptoms/") -> (String?, [String]) {
        var problems: [String] = []
        var reads: Set<String> = []
        let result = resolver.resolve(link, from: page(source, url), line: 7, reads: &reads) { problems.append($0.description) }
        return (result?.url, problems)
    }

    func reads(_ link: String, from source: String = "content/imnm/symptoms.md") -> Set<String> {
        var reads: Set<String> = []
        _ = resolver.resolve(link, from: page(source, "imnm/symptoms/"), line: 7, reads: &reads) { _ in }
        return reads
    }

    /// A memo reuses a page's output while the link table entries it looked up are the same, so
    /// every entry that decides a link's output must be in `reads`, found or not.
    @Test func recordsEveryLinkTableEntryALinkLookedUp() {
        #expect(reads("treatments.md#ivig").isSuperset(of: ["content/imnm/treatments.md"]))
        #expect(reads("../lupus/").isSuperset(of: ["content/lupus", "content/lupus/_index.md"]))
        #expect(reads("#muscle-weakness") == ["content/imnm/symptoms.md"])
        #expect(reads("missing.md").contains("content/imnm/missing.md"))  // a page that may be added later
        #expect(reads("muscle%20chart.png").contains("content/imnm/muscle chart.png"))
        #expect(reads("https://example.org/").isEmpty)
    }

    @Test func rewritesMarkdownLinksToRelativePageURLs() {
        #expect(resolve("treatments.md").0 == "../treatments/")
        #expect(resolve("treatments.md#ivig").0 == "../treatments/#ivig")
        #expect(resolve("_index.md#overview").0 == "../#overview")
        #expect(resolve("../lupus/_index.md").0 == "../../lupus/")
        #expect(resolve("../lupus/").0 == "../../lupus/")
        #expect(resolve("./treatments.md").0 == "../treatments/")
        #expect(resolve("imnm/symptoms.md", from: "content/_index.md", url: "").0 == "imnm/symptoms/")
        #expect(resolve("symptoms.md", from: "content/imnm/_index.md", url: "imnm/").0 == "symptoms/")
    }

    @Test func filesBesideThePageAreLinkedWhereTheyAreCopied() {
        #expect(resolve("muscle%20chart.png").0 == "../muscle%20chart.png")
        #expect(resolve("muscle chart.png", from: "content/imnm/_index.md", url: "imnm/").0 == "muscle%20chart.png")
    }

    @Test func leavesExternalAndOwnPageLinksAlone() {
        #expect(resolve("https://example.org/a.md") == (nil, []))
        #expect(resolve("mailto:help@example.org") == (nil, []))
        #expect(resolve("#muscle-weakness") == (nil, []))
    }

    @Test func removesScriptLinks() {
        var problems: [String] = []
        var reads: Set<String> = []
        func change(_ url: String) -> String {
            "\(resolver.change(url, from: page("content/imnm/symptoms.md", "imnm/symptoms/"), line: 7, reads: &reads) { problems.append($0.description) })"
        }
        #expect(change("JavaScript:alert(1)") == "unlink")
        #expect(problems == ["content/imnm/symptoms.md:7: warning: link to a 'javascript:' address is removed, because it could run code in a reader's browser"])
        #expect(change("data:text/html;base64,AAAA") == "unlink")
        #expect(change("data:image/png;base64,AAAA") == "keep")
        #expect(change("treatments.md") == "replace(\"../treatments/\")")
    }

    @Test func reportsMissingTargets() {
        #expect(resolve("treatments.md#steroids").1 == [
            "content/imnm/symptoms.md:7: error: link 'treatments.md#steroids' points to a heading '#steroids' that is not in content/imnm/treatments.md; its headings are #ivig",
        ])
        #expect(resolve("../../../etc/passwd").1 == [
            "content/imnm/symptoms.md:7: error: link '../../../etc/passwd' points outside the content folder; link only to pages and files inside content/",
        ])
    }

    @Test func relativeURLsBetweenFolders() {
        #expect(RelativeURL.from("", to: "") == "./")
        #expect(RelativeURL.from("imnm/symptoms/", to: "") == "../../")
        #expect(RelativeURL.from("imnm/symptoms/", to: "imnm/symptoms/") == "./")
        #expect(RelativeURL.from("imnm/", to: "lupus/causes/") == "../lupus/causes/")
        #expect(RelativeURL.from("imnm/symptoms/", to: "site.css") == "../../site.css")
        #expect(RelativeURL.root(from: "imnm/symptoms/") == "../../")
        #expect(RelativeURL.root(from: "") == "./")
        #expect(RelativeURL.from("a/b/", to: "a/c/d.png") == "../c/d.png")
        #expect(RelativeURL.from("a/", to: "a/") == "./")
    }

    @Test func joiningPaths() {
        #expect(LinkResolver.join("content/imnm", "../lupus/_index.md") == "content/lupus/_index.md")
        #expect(LinkResolver.join("content/imnm", "./a//b.md") == "content/imnm/a/b.md")
        #expect(LinkResolver.join("content/imnm", "../..") == "")
        #expect(LinkResolver.join("content", "../../x.md") == nil)
        #expect(LinkResolver.join("", "sjögren.md") == "sjögren.md")
    }
}
