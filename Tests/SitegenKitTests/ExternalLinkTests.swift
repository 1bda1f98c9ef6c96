import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenCommands
@testable import SitegenModel
import SitegenFileSystem

/// `sitegen check --external` against HTTP servers on this machine's loopback addresses only.
@Suite(.serialized) struct ExternalLinkTests {
    /// A page with one source per kind of answer, and links in its body.
    static func page(_ base: String) -> String {
        """
        ---
        title: Symptoms
        weight: 10
        sources:
          - title: Fine
            url: \(base)/ok
          - title: Myositis UK
            url: \(base)/missing
          - title: Old leaflet
            url: \(base)/moved/3
          - title: Endless
            url: \(base)/far/7
          - title: Picky server
            url: \(base)/no-head
          - title: Gone
            url: \(base)/gone
          - title: Flaky server
            url: \(base)/flaky
          - title: Down
            url: \(base)/down
          - title: Nowhere
            url: http://nothing.invalid/leaflet
        ---
        ## Muscle weakness

        See [the myositis charity](\(base)/missing) and [a moved page](\(base)/temporary).

        The same server [over TLS](\(base.replacingOccurrences(of: "http:", with: "https:"))/ok).

        """
    }

    static func options(cache: Bool = true, timeout: Double = 10) -> ExternalLinkCheck.Options {
        var options = ExternalLinkCheck.Options()
        options.timeout = timeout
        options.useCache = cache
        return options
    }

    static func check(_ site: TestSite, cache: Bool = true, timeout: Double = 10, now: Date = Date()) async throws -> ExternalLinkCheck.Result {
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        return await ExternalLinkCheck.run(site: rendered.site, siteFolder: site.root.path, options: options(cache: cache, timeout: timeout), now: now)
    }

    @Test func eachFailureIsAWarningWithItsPlace() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let base = server.base
        let site = try TestSite([
            "content/imnm/symptoms.md": Self.page(base),
            "content/imnm/_index.md": "---\ntitle: IMNM\n---\nAbout IMNM.\n\nAsk [the myositis charity](\(base)/missing#causes).\n",
        ])
        defer { site.cleanUp() }
        let result = try await Self.check(site, cache: false)
        let messages = result.warnings.sortedForReport().map(\.description)
        let tls = messages.first { $0.hasPrefix("content/imnm/symptoms.md:28: warning: link 'over TLS' (https:") }
        #expect(tls?.contains(") could not make a secure connection (") == true)
        #expect(messages.filter { $0 != tls } == [
            "content/imnm/_index.md:6: warning: link 'the myositis charity' (\(base)/missing#causes) answered 404 Not Found",
            "content/imnm/symptoms.md:8: warning: source 'Myositis UK' (\(base)/missing) answered 404 Not Found",
            "content/imnm/symptoms.md:10: warning: source 'Old leaflet' (\(base)/moved/3) moved permanently to \(base)/moved/0; write the new address",
            "content/imnm/symptoms.md:12: warning: source 'Endless' (\(base)/far/7) redirected more than 5 times",
            "content/imnm/symptoms.md:16: warning: source 'Gone' (\(base)/gone) answered 410 Gone",
            "content/imnm/symptoms.md:20: warning: source 'Down' (\(base)/down) answered 503 Service Unavailable",
            "content/imnm/symptoms.md:22: warning: source 'Nowhere' (http://nothing.invalid/leaflet) failed: the host nothing.invalid was not found",
            "content/imnm/symptoms.md:26: warning: link 'the myositis charity' (\(base)/missing) answered 404 Not Found",
        ])
        #expect(result.warnings.allSatisfy { $0.category == .links })
        // Asked once although three places name it (one with a #fragment): a 404 to HEAD is confirmed with GET, not retried.
        #expect(await log.count("HEAD", "/missing") == 1)
        #expect(await log.count("GET", "/missing") == 1)
        // 405 to HEAD, then GET: no warning.
        #expect(await log.count("HEAD", "/no-head") == 1)
        #expect(await log.count("GET", "/no-head") == 1)
        // 503, then retried: 200, no warning.
        #expect(await log.count("HEAD", "/flaky") == 2)
        #expect(await log.count("GET", "/flaky") == 0)
        // Always 503: HEAD and its retry, then GET and its retry.
        #expect(await log.count("HEAD", "/down") == 2)
        #expect(await log.count("GET", "/down") == 2)
        // Five redirects are followed, the sixth is not.
        #expect(await log.count("HEAD", "/far/2") == 1)
        #expect(await log.count("HEAD", "/far/1") == 0)
    }

    /// A server slower than the timeout (1 s here, 10 s by default), asked twice.
    @Test func aSlowServerTimesOut() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log, slowSeconds: 4)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nsources:\n  - title: Slow server\n    url: \(server.base)/slow\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try await Self.check(site, timeout: 1)
        #expect(result.warnings.map(\.description) == [
            "content/imnm/symptoms.md:5: warning: source 'Slow server' (\(server.base)/slow) did not answer within 1 s",
        ])
        #expect(await log.count("HEAD", "/slow") == 2)
        // Not cached: the next run asks again.
        #expect(try await Self.check(site, timeout: 1).requested == 1)
    }

    /// The check needs the status, not the page: a 1 GB body took 2 GB of memory and an endless
    /// one more until memory ran out. The body is never read: the client goes away after the
    /// head, long before the server has sent its 256 MB (the memory: scripts/external-link-limits).
    @Test func aBodyIsNeverRead() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log, delay: .zero)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nsources:\n  - title: Endless\n    url: \(server.base)/endless\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try await Self.check(site, cache: false, timeout: 5)
        #expect(result.warnings.isEmpty)
        #expect(await log.count("GET", "/endless") == 1)
        // The server notices the closed connection when its next write fails.
        for _ in 0..<200 where await log.bodies.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await log.bodies.map(\.finished) == [false])
    }

    /// A body sent a byte at a time never lets URLSession's timeouts, which wait only between two
    /// packets, end the request: one address took 120 s against the 10 s the README promises.
    /// The body is not waited for at all: the answer is the head's.
    @Test func aTricklingBodyIsNotWaitedFor() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log, delay: .zero)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nsources:\n  - title: Trickle\n    url: \(server.base)/trickle\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try await Self.check(site, cache: false, timeout: 1)
        #expect(result.warnings.isEmpty)
        for _ in 0..<200 where await log.bodies.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await log.bodies.map(\.finished) == [false])
    }

    /// The timeout is sitegen's own deadline for the whole exchange (URLSession's timeouts, which
    /// the body above outlasted, are no longer used): a server sending even its head a byte at a
    /// time is cut off at it (1 s here, so the test takes 2: the request and its retry).
    @Test func aServerTricklingItsAnswerTimesOutAtTheDeadline() async throws {
        let server = try await TricklingServer.start(interval: .milliseconds(250))
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nsources:\n  - title: Trickling server\n    url: \(server.base)/slow\n---\nText.\n"])
        defer { site.cleanUp() }
        // Its whole head takes 10 s to arrive, and would be a 200 if it were waited for.
        let result = try await Self.check(site, cache: false, timeout: 1)
        #expect(result.warnings.map(\.description) == [
            "content/imnm/symptoms.md:5: warning: source 'Trickling server' (\(server.base)/slow) did not answer within 1 s",
        ])
    }

    @Test func answersAreCachedForADay() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let base = server.base
        let site = try TestSite([
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n[a](\(base)/ok) [b](\(base)/missing) [c](\(base)/moved/2) [d](\(base)/no-head) [e](\(base)/down)\n",
        ])
        defer { site.cleanUp() }
        let first = try await Self.check(site)
        let afterFirst = await log.total
        #expect(first.requested == 5)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".sitegen-cache/external-links.json").path))

        // Everything but the 503 (a server error may pass) comes from the cache.
        let second = try await Self.check(site)
        #expect(second.requested == 1)
        #expect(await log.total == afterFirst + 4)
        #expect(second.warnings.map(\.description) == first.warnings.map(\.description))
        #expect(await log.count("HEAD", "/ok") == 1)

        // --no-cache asks again.
        let third = try await Self.check(site, cache: false)
        #expect(third.requested == 5)
        #expect(await log.count("HEAD", "/ok") == 2)

        // After 24 hours the answers are old.
        _ = try await Self.check(site, now: Date().addingTimeInterval(25 * 60 * 60))
        #expect(await log.count("HEAD", "/ok") == 3)
    }

    @Test func aCorruptCacheIsIgnored() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n[a](\(server.base)/missing)\n"])
        defer { site.cleanUp() }
        for garbage in ["{\"version\":1,\"links\":{\"x\":", "", "\u{0}\u{1}", "{\"version\":99,\"links\":{}}"] {
            try site.write(".sitegen-cache/external-links.json", Data(garbage.utf8))
            let result = try await Self.check(site)
            #expect(result.requested == 1)
            #expect(result.warnings.map(\.message) == ["link 'a' (\(server.base)/missing) answered 404 Not Found"])
        }
        // The last run wrote a good cache over the bad one.
        #expect(try await Self.check(site).requested == 0)
    }

    /// A 100 MB cache took 6.6 s and 1.1 GB to read. One larger than its limit is ignored like a
    /// damaged one, with a line saying why every address is asked again, and then written anew.
    @Test func aCacheLargerThanItsLimitIsIgnored() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n[a](\(server.base)/missing)\n"])
        defer { site.cleanUp() }
        let cache = site.root.appendingPathComponent(".sitegen-cache/external-links.json").path
        #expect(try await Self.check(site).requested == 1)
        // A good cache, then sparse space to one byte over the limit (no disk space taken).
        #expect(truncate(cache, off_t(ReadLimit.linkCache.bytes + 1)) == 0)
        let result = try await Self.check(site)
        #expect(result.requested == 1)
        #expect(result.cacheNotes == ["the link cache \(cache) is larger than 10 MB, so it was ignored"])
        #expect(result.warnings.map(\.message) == ["link 'a' (\(server.base)/missing) answered 404 Not Found"])
        let again = try await Self.check(site)
        #expect(again.requested == 0)
        #expect(again.cacheNotes.isEmpty)
    }

    /// The cache is written only inside the site: a `.sitegen-cache` linked elsewhere is never
    /// written through (WritePermission.cache).
    @Test func aCacheFolderLinkedOutOfTheSiteIsNotWritten() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n[a](\(server.base)/missing)\n"])
        defer { site.cleanUp() }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-elsewhere-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/.sitegen-cache", withDestinationPath: elsewhere.path)
        let result = try await Self.check(site)
        #expect(result.requested == 1)
        let file = site.root.appendingPathComponent(".sitegen-cache/external-links.json").path
        #expect(result.cacheNotes == ["did not save the link cache \(file): its folder leads outside the site folder (to \(elsewhere.path)); sitegen keeps its caches inside the site: replace the link with a real folder"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    /// Five loopback servers, each a host: never more than 2 requests at once to one of them, nor
    /// more than 8 in all.
    @Test func requestsStayWithinTheLimits() async throws {
        let log = LinkServerLog()
        var started: [LinkTestServer] = []
        for last in 1...5 { started.append(try await LinkTestServer.start(host: "127.0.0.\(last)", log: log)) }
        let servers = started
        defer { Task { for server in servers { await server.stop() } } }
        let links = servers.flatMap { server in (1...6).map { "[x](\(server.base)/page\($0))" } }
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n" + links.joined(separator: "\n") + "\n"])
        defer { site.cleanUp() }
        let result = try await Self.check(site, cache: false)
        #expect(result.warnings.isEmpty)
        #expect(await log.total == 30)
        let perHost = await log.mostAtOnceByHost
        #expect(perHost.count == 5)
        #expect(perHost.values.allSatisfy { $0 <= 2 })
        #expect(await log.mostAtOnce <= 8)
    }

    @Test func onlyWebAddressesAreRequested() {
        #expect(ExternalReference.isExternal("https://example.org/a"))
        #expect(ExternalReference.isExternal("HTTP://example.org"))
        for other in ["mailto:a@example.org", "symptoms.md", "../x/", "#top", "ftp://example.org/", "https:///nohost", "tel:123"] {
            #expect(!ExternalReference.isExternal(other), "\(other)")
        }
    }

    /// The command line: warnings in text and JSON (category `links`), exit 0, or 2 with --strict,
    /// and no progress line when stderr is not a terminal.
    @Test func commandLine() async throws {
        let log = LinkServerLog()
        let server = try await LinkTestServer.start(log: log)
        defer { Task { await server.stop() } }
        let site = try TestSite([
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nsources:\n  - title: Myositis UK\n    url: \(server.base)/missing\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        let text = try await Self.sitegen(["check", "--external"], in: site.root)
        #expect(text.status == 0)
        #expect(text.output.contains("content/imnm/symptoms.md:5: warning: source 'Myositis UK' (\(server.base)/missing) answered 404 Not Found\n"))
        #expect(text.output.contains("Checked 3 pages and 1 external address: 0 errors, "))
        #expect(!text.errors.contains("Checking external links"))
        #expect(await log.count("HEAD", "/missing") == 1)

        let json = try await Self.sitegen(["check", "--external", "--format", "json", "--strict"], in: site.root)
        #expect(json.status == 2)
        #expect(json.output.contains("\"category\" : \"links\""))
        // The first run cached the 404.
        #expect(await log.count("HEAD", "/missing") == 1)

        let again = try await Self.sitegen(["check", "--external", "--no-cache"], in: site.root)
        #expect(again.status == 0)
        #expect(await log.count("HEAD", "/missing") == 2)

        let plain = try await Self.sitegen(["check"], in: site.root)
        #expect(plain.status == 0)
        #expect(!plain.output.contains("Myositis UK"))
        #expect(await log.count("HEAD", "/missing") == 2)

        let alone = try await Self.sitegen(["check", "--no-cache"], in: site.root)
        #expect(alone.status == 64)
        #expect(alone.errors.contains("--no-cache only applies with --external"))
    }

    /// Runs the binary on a thread of its own: waiting for it on Swift's shared pool could starve
    /// the server it talks to.
    static func sitegen(_ arguments: [String], in folder: URL) async throws -> CommandLineTests.Run {
        try await withCheckedThrowingContinuation { done in
            Thread { done.resume(with: Result { try CommandLineTests().run(arguments, in: folder) }) }.start()
        }
    }

    /// Not a test of speed (figures only): `SITEGEN_MEASURE_LINKS=1 swift test --filter ExternalLinkTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITEGEN_MEASURE_LINKS"] != nil))
    func measureTwoHundredAddresses() async throws {
        for (hosts, delay) in [(1, 0), (5, 0), (5, 50), (20, 50)] {
            let log = LinkServerLog()
            var servers: [LinkTestServer] = []
            for last in 1...hosts { servers.append(try await LinkTestServer.start(host: "127.0.0.\(last)", log: log, delay: .milliseconds(delay))) }
            let links = (0..<200).map { "[x](\(servers[$0 % hosts].base)/page\($0))" }
            let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n" + links.joined(separator: "\n") + "\n"])
            let start = ContinuousClock.now
            let result = try await Self.check(site, cache: false)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            print("external check: 200 addresses on \(hosts) host(s), \(delay) ms per answer: \(String(format: "%.2f", seconds)) s, \(result.requested) requested, \(await log.total) requests, most at once \(await log.mostAtOnce)")
            _ = try await Self.check(site)
            let cachedStart = ContinuousClock.now
            let cached = try await Self.check(site)
            let cachedSeconds = (ContinuousClock.now - cachedStart) / .seconds(1)
            print("external check: the same from the cache: \(String(format: "%.3f", cachedSeconds)) s, \(cached.requested) requested")
            for server in servers { await server.stop() }
            site.cleanUp()
        }
    }
}
