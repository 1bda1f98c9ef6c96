import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenReport
@testable import SitegenPreview

// MARK: - Pure parts: paths, types, the injected script, terminal output

@Suite("Serve: request paths, content types, reload script")
struct ServeUnitTests {
    @Test("Folder URLs map to index.html; files map to themselves")
    func paths() {
        #expect(RequestPath(raw: "/") == .file("index.html"))
        #expect(RequestPath(raw: "/imnm/") == .file("imnm/index.html"))
        #expect(RequestPath(raw: "/imnm/symptoms/") == .file("imnm/symptoms/index.html"))
        #expect(RequestPath(raw: "/imnm") == .file("imnm"))
        #expect(RequestPath(raw: "/site.css") == .file("site.css"))
        #expect(RequestPath(raw: "/imnm/muscle%20chart.png") == .file("imnm/muscle chart.png"))
    }

    @Test("Anything that could leave the site is refused", arguments: [
        "/../site.yml", "/imnm/../../site.yml", "/..", "/imnm/..", "/./index.html",
        "/%2e%2e/site.yml", "/%2E%2E/site.yml", "/.%2e/site.yml", "/imnm/..%2f..%2fsite.yml",
        "/imnm%2fsymptoms/", "/%5c..%5csite.yml", "/..\\site.yml", "/imnm\\..\\..\\site.yml",
        "/index.html%00", "/index.html%00.png", "/imnm/%0a", "//etc/passwd", "/imnm//symptoms/",
        "/%zz", "relative/path", "",
    ])
    func traversal(raw: String) {
        #expect(RequestPath(raw: raw) == .invalid)
    }

    @Test("Content types carry charset=utf-8 for text")
    func contentTypes() {
        #expect(ContentType.forPath("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.forPath("site.css") == "text/css; charset=utf-8")
        #expect(ContentType.forPath("term.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.forPath("a/app.mjs") == "text/javascript; charset=utf-8")
        #expect(ContentType.forPath("search.json") == "application/json; charset=utf-8")
        #expect(ContentType.forPath("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.forPath("robots.txt") == "text/plain; charset=utf-8")
        #expect(ContentType.forPath("logo.svg") == "image/svg+xml; charset=utf-8")
        #expect(ContentType.forPath("site.webmanifest") == "application/manifest+json; charset=utf-8")
        #expect(ContentType.forPath("imnm/Chart.PNG") == "image/png")
        #expect(ContentType.forPath("x.jpg") == "image/jpeg")
        #expect(ContentType.forPath("x.jpeg") == "image/jpeg")
        #expect(ContentType.forPath("x.gif") == "image/gif")
        #expect(ContentType.forPath("x.webp") == "image/webp")
        #expect(ContentType.forPath("x.avif") == "image/avif")
        #expect(ContentType.forPath("leaflet.pdf") == "application/pdf")
        #expect(ContentType.forPath("favicon.ico") == "image/x-icon")
        #expect(ContentType.forPath("f.woff") == "font/woff")
        #expect(ContentType.forPath("f.woff2") == "font/woff2")
        #expect(ContentType.forPath("README") == "application/octet-stream")
        #expect(ContentType.forPath(".hidden") == "application/octet-stream")
    }

    @Test("The script goes before the last </body>, in any case, or at the end")
    func injection() {
        let page = Data("<html><body><p>a</body> text</p></BODY></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: page, version: "v1"), as: UTF8.self)
        #expect(injected.hasPrefix("<html><body><p>a</body> text</p><script>"))
        #expect(injected.hasSuffix("</script>\n</BODY></html>"))
        #expect(injected.contains("var version = \"v1\";"))
        #expect(injected.contains("/__sitegen/events"))

        let bare = String(decoding: LiveReload.inject(into: Data("<p>x".utf8), version: "v"), as: UTF8.self)
        #expect(bare.hasPrefix("<p>x<script>"))
        #expect(bare.hasSuffix("</script>\n"))
    }

    @Test("The overlay shows messages as text, never as HTML")
    func overlayIsTextOnly() {
        let script = LiveReload.script
        #expect(script.contains("role\", \"alertdialog\""))
        #expect(script.contains("createElement(\"pre\")"))
        #expect(script.contains("list.textContent = messages.join"))
        #expect(script.contains("createElement(\"button\")"))
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("insertAdjacentHTML"))
    }

    @Test("Event data is one line of JSON, safe inside a script element")
    func events() throws {
        let message = "content/a.md:3: error: bad \"quote\" </script><b>\nnext"
        let bytes = LiveReload.error([message])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("event: error\ndata: {"))
        #expect(text.hasSuffix("}\n\n"))
        #expect(text.dropLast(2).split(separator: "\n").count == 2)
        #expect(!text.contains("</script>"))
        let json = String(text.split(separator: "\n")[1].dropFirst("data: ".count))
        let decoded = try JSONDecoder().decode([String: [String]].self, from: Data(json.utf8))
        #expect(decoded["errors"] == [message])
    }

    @Test("Colours only on a terminal and never with NO_COLOR")
    func colours() {
        // Standard output of `swift test` is a pipe or file, never a terminal here.
        let piped = ServeTerminal(environment: [:])
        if isatty(STDOUT_FILENO) == 0 { #expect(!piped.colourOutput) }
        #expect(!ServeTerminal(environment: ["NO_COLOR": "1"]).colourOutput)
        #expect(!ServeTerminal(environment: ["NO_COLOR": "1"]).colourErrors)
        #expect(!TerminalText.wantsColour(fileDescriptor: -1, environment: [:]))

        var terminal = ServeTerminal(pathPrefix: "site/", environment: ["NO_COLOR": "1"])
        #expect(terminal.lines(for: .rebuilt(milliseconds: 85, changed: ["content/imnm/symptoms.md"], pages: 8))
            == [.init(text: "Rebuilt in 85 ms (1 file changed: site/content/imnm/symptoms.md)", isError: false)])
        #expect(terminal.lines(for: .rebuilt(milliseconds: 9, changed: ["a", "b"], pages: 8)).map(\.text)
            == ["Rebuilt in 9 ms (2 files changed)"])
        let failed = terminal.lines(for: .failed([.error("content/a.md", line: 3, "bad")], milliseconds: 4, servingLastGood: true))
        #expect(failed.map(\.text) == [
            "site/content/a.md:3: error: bad",
            "Build failed with 1 error in 4 ms; still serving the last good build. Fix and save to rebuild.",
        ])
        #expect(failed.allSatisfy { $0.isError })

        terminal.colourOutput = true
        terminal.colourErrors = true
        let coloured = terminal.lines(for: .rebuilt(milliseconds: 85, changed: [], pages: 8))
        #expect(coloured.map(\.text) == ["\u{1B}[32mRebuilt\u{1B}[0m in 85 ms"])
        #expect(terminal.lines(for: .failed([.error("content/a.md", line: 3, "bad")], milliseconds: 4, servingLastGood: true))[0].text
            .contains("\u{1B}[31;1merror:\u{1B}[0m bad"))
    }

    @Test("The preview starts by naming the drafts it does not show")
    func draftsLeftOut() {
        let terminal = ServeTerminal(pathPrefix: "site/", environment: ["NO_COLOR": "1"])
        let started = terminal.lines(for: .started(url: "http://127.0.0.1:8080/", listening: "", pages: 4, files: 20, milliseconds: 30, drafts: ["content/lupus/causes.md"]))
        #expect(started.map(\.text) == [
            "Built 4 pages (20 files) in 30 ms",
            "1 draft not shown: site/content/lupus/causes.md; see it with --drafts",
            "Serving the preview at http://127.0.0.1:8080/",
            "Watching content/, templates/, i18n/, site.yml and glossary.yml; press Ctrl-C to stop.",
        ])
        #expect(terminal.lines(for: .started(url: "http://127.0.0.1:8080/", listening: "", pages: 4, files: 20, milliseconds: 30)).count == 3)
    }

    @Test("The line of drafts left out names a few and counts the rest")
    func draftsLine() {
        let five = ["content/a/1.md", "content/a/2.md", "content/a/3.md", "content/a/4.md", "content/a/5.md"]
        #expect(DraftsLeftOut.line([], command: .build) == nil)
        #expect(DraftsLeftOut.line(Array(five.prefix(1)), command: .build) == "1 draft not published: content/a/1.md; see it with --drafts")
        #expect(DraftsLeftOut.line(Array(five.prefix(3)), command: .check)
            == "3 drafts not checked: content/a/1.md, content/a/2.md, content/a/3.md; check them with --drafts")
        #expect(DraftsLeftOut.line(Array(five.prefix(4)), command: .serve)
            == "4 drafts not shown: content/a/1.md, content/a/2.md, content/a/3.md and 1 more; see them with --drafts")
        #expect(DraftsLeftOut.line(five, command: .build, pathPrefix: "site/")
            == "5 drafts not published: site/content/a/1.md, site/content/a/2.md, site/content/a/3.md and 2 more; see them with --drafts")
    }

    @Test("A temporary file created and deleted between builds is not a change")
    func changeSet() async {
        let changes = ChangeSet()
        await changes.add("content/imnm/sedX1a2b3", .created)
        await changes.add("content/imnm/sedX1a2b3", .removed)
        await changes.add("content/imnm/symptoms.md", .removed)  // save by rename: old file goes…
        await changes.add("content/imnm/symptoms.md", .created)  // …new one arrives
        await changes.add("content/imnm/old.md", .removed)
        #expect(await changes.take() == ["content/imnm/symptoms.md", "content/imnm/old.md"])
        #expect(await changes.take().isEmpty)
    }

    @Test("Changes noted from many tasks while the loop takes them are each taken once")
    func changeSetUnderConcurrentUse() async {
        let changes = ChangeSet()
        let batches = (0..<8).map { batch in (0..<250).map { "content/s\(batch)/p\($0).md" } }
        async let noted: Void = withTaskGroup(of: Void.self) { group in
            for batch in batches {
                group.addTask {
                    for path in batch {
                        await changes.add(path, .created)
                        await changes.add(path + ".swp", .created)  // an editor's temporary file…
                        await changes.add(path + ".swp", .removed)  // …gone before the build
                    }
                }
            }
        }
        var taken: [String] = []
        for _ in 0..<50 {
            taken += await changes.take()
            await Task.yield()
        }
        await noted
        taken += await changes.take()
        let pages = taken.filter { $0.hasSuffix(".md") }
        #expect(pages.count == 2000)
        #expect(Set(batches.joined()).subtracting(pages).isEmpty)
        // A temporary file is dropped, unless a take fell between its creation and its removal:
        // then both takes have it.
        let temporary = Dictionary(grouping: taken.filter { $0.hasSuffix(".swp") }, by: { $0 })
        #expect(temporary.values.allSatisfy { $0.count == 2 })
    }

    @Test("Changes handed over from a thread's stream are all collected; the wake-ups end with it")
    func changeSetCollectsAThreadsStream() async {
        let changes = ChangeSet()
        let (stream, continuation) = AsyncStream<SourceChange>.makeStream()
        let thread = Thread {
            for n in 0..<1000 { continuation.yield(SourceChange(path: "content/p\(n).md", kind: .modified)) }
            continuation.finish()
        }
        thread.start()
        await changes.collect(stream)
        var wakeUps = 0
        for await _ in changes.wakeUps { wakeUps += 1 }
        #expect(wakeUps == 1)  // any number of changes wake the loop once
        #expect(await changes.take().count == 1000)
    }

    @Test("Hosts: loopback by default, IPv6 in brackets, names refused")
    func hosts() throws {
        #expect(try PreviewServer.address(host: "127.0.0.1", port: 1).urlHost == "127.0.0.1")
        #expect(try PreviewServer.address(host: "localhost", port: 1).urlHost == "127.0.0.1")
        #expect(try PreviewServer.address(host: "::1", port: 1).urlHost == "[::1]")
        #expect(try PreviewServer.address(host: "[::1]", port: 1).urlHost == "[::1]")
        #expect(try PreviewServer.address(host: "0.0.0.0", port: 1).isWildcard)
        #expect(throws: ServeError.self) { try PreviewServer.address(host: "example.org", port: 1) }
    }
}
