import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenReport
@testable import SitegenPreview
#if canImport(Glibc)
import Glibc
private let systemSocket = Glibc.socket, systemClose = Glibc.close, systemSend = Glibc.send, systemShutdown = Glibc.shutdown
private let streamSocket = Int32(SOCK_STREAM.rawValue), noSignal = Int32(MSG_NOSIGNAL), shutBoth = Int32(SHUT_RDWR)
#elseif canImport(Darwin)
import Darwin
private let systemSocket = Darwin.socket, systemClose = Darwin.close, systemSend = Darwin.send, systemShutdown = Darwin.shutdown
private let streamSocket = SOCK_STREAM, noSignal = Int32(0), shutBoth = SHUT_RDWR
#endif

// MARK: - The polling watcher, on a real site folder

@Suite("Serve: the polling watcher")
struct PollingWatcherTests {
    @Test("The polling watcher sees new, changed and deleted files and new folders")
    func pollingScan() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let watcher = PollingWatcher(root: site.root.path)
        let before = watcher.scan()
        #expect(before["content/imnm/symptoms.md"] != nil)
        #expect(before["site.yml"] != nil)
        try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms changed\n---\nLonger text.\n".utf8))
        try site.write("content/lupus/_index.md", Data("---\ntitle: Lupus\n---\n".utf8))
        try site.remove("content/imnm/_index.md")
        try site.write("content/.swp", Data("x".utf8))
        let after = watcher.scan()
        #expect(after["content/imnm/symptoms.md"] != before["content/imnm/symptoms.md"])
        #expect(after["content/lupus"] != nil && after["content/lupus/_index.md"] != nil)
        #expect(after["content/imnm/_index.md"] == nil)
        #expect(after["content/.swp"] == nil)
    }
}

extension PollingWatcherTests {
    @Test("The polling watcher walks a folder reached through a link back to it once")
    func pollingScanStopsAtALinkLoop() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        // One link to `.`: the old walk went down content/imnm/a/a/a/… until paths grew too long
        // (two such links made it endless). Each folder is walked once now.
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/imnm/a").path, withDestinationPath: ".")
        let scan = PollingWatcher(root: site.root.path).scan()
        #expect(scan["content/imnm/a"] != nil)
        #expect(scan["content/imnm/symptoms.md"] != nil)
        #expect(!scan.keys.contains { $0.hasPrefix("content/imnm/a/") })
    }
}


// MARK: - The running server

@Suite("Serve: the preview server", .serialized, .timeLimit(.minutes(2)))
struct ServeTests {
    @Test("A page is served with its type, no-store and the reload script; HEAD has no body")
    func servesPages() async throws {
        try await withPreview(["templates/static/site.css": "body { color: #222 }\n"]) { preview in
            let page = try await preview.get("/imnm/symptoms/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.headers["cache-control"] == "no-store")
            #expect(page.body.contains("Muscle weakness"))
            #expect(page.body.contains("new EventSource(\"/__sitegen/events\")"))

            let home = try await preview.get("/")
            #expect(home.status == 200)
            #expect(home.body.contains("Welcome."))

            let css = try await preview.get("/site.css")
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(css.body == "body { color: #222 }\n")

            // base_url is the preview's own address, so absolute links work locally.
            let sitemap = try await preview.get("/sitemap.xml")
            #expect(sitemap.headers["content-type"] == "application/xml; charset=utf-8")
            #expect(sitemap.body.contains("http://127.0.0.1:\(preview.port)/imnm/symptoms/"))

            let head = try await preview.request("HEAD", "/imnm/symptoms/")
            #expect(head.status == 200)
            #expect(head.headers["content-type"] == "text/html; charset=utf-8")
            #expect(head.headers["content-length"] == String(page.body.utf8.count))
            #expect(head.body.isEmpty)

            // The preview never writes public/.
            #expect(!FileManager.default.fileExists(atPath: preview.site.output))
        }
    }

    @Test("Each page's warnings and suggestions are listed for its panel; an edit updates them")
    func notesOfAPage() async throws {
        try await withPreview(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n---\n[click here](_index.md)\n"]) { preview in
            func notes(_ page: String) async throws -> [PreviewNote] {
                let reply = try await preview.get("/__sitegen/notes?page=" + (page.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
                return try JSONDecoder().decode([String: [PreviewNote]].self, from: Data(reply.body.utf8))["notes"] ?? []
            }
            let symptoms = try await notes("/imnm/symptoms/")
            #expect(symptoms.map(\.severity).allSatisfy { $0 == "warning" || $0 == "suggestion" })
            #expect(symptoms.contains { $0.text.hasPrefix("content/imnm/symptoms.md:5: warning: link text 'click here'") })
            #expect(!symptoms.contains { $0.text.contains("content/imnm/_index.md") }, "only this page's own")
            #expect(try await notes("/nowhere/").isEmpty)
            #expect(try await notes("/../etc/passwd").isEmpty)
            // The script asks for them.
            #expect(try await preview.get("/imnm/symptoms/").body.contains("/__sitegen/notes?page="))

            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: 10\n---\nSee [the overview](_index.md).\n".utf8))
            #expect(try await eventually { try await !notes("/imnm/symptoms/").contains { $0.text.contains("click here") } })
        }
    }

    @Test("A folder without its slash redirects; unknown paths get the site's 404 page")
    func redirectsAndNotFound() async throws {
        try await withPreview { preview in
            let folder = try await preview.get("/imnm")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/imnm/")
            let withQuery = try await preview.get("/imnm?lang=en")
            #expect(withQuery.headers["location"] == "/imnm/?lang=en")

            for path in ["/nope", "/nope/", "/imnm/symptoms", "/imnm/symptoms/index.htm", "/site.yml", "/content/imnm/symptoms.md"] {
                let reply = try await preview.get(path)
                if path == "/imnm/symptoms" {
                    #expect(reply.status == 301, "\(path)")
                    continue
                }
                #expect(reply.status == 404, "\(path)")
                #expect(reply.headers["content-type"] == "text/html; charset=utf-8", "\(path)")
                #expect(reply.body.contains("Not found"), "\(path)")
                #expect(reply.body.contains("/__sitegen/events"), "\(path)")
            }
        }
    }

    @Test("Traversal attempts get 404 and never a source file")
    func traversal() async throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-secret-\(UUID().uuidString).txt")
        try Data("top secret".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        try await withPreview { preview in
            // A link from the site to a file outside it is never published, so never served.
            try FileManager.default.createSymbolicLink(atPath: preview.site.root.appendingPathComponent("content/imnm/secret.txt").path,
                                                       withDestinationPath: secret.path)
            try preview.site.write("content/imnm/inside.txt", Data("inside".utf8))
            #expect(try await eventually { try await preview.get("/imnm/inside.txt").status == 200 })
            let linked = try await preview.get("/imnm/secret.txt")
            #expect(linked.status == 404)
            #expect(!linked.body.contains("top secret"))

            for path in [
                "/../site.yml", "/%2e%2e/site.yml", "/imnm/..%2f..%2fsite.yml", "/imnm/%2e%2e/%2e%2e/site.yml",
                "/..\\site.yml", "/%5c..%5csite.yml", "/imnm/../../content/imnm/symptoms.md",
                "/index.html%00", "//etc/passwd", "/../../../../etc/passwd",
            ] {
                let reply = try await preview.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(!reply.body.contains("base_url"), "\(path)")
                #expect(!reply.body.contains("weight: 10"), "\(path)")
            }
        }
    }

    @Test("Methods other than GET and HEAD get 405 with Allow")
    func methods() async throws {
        try await withPreview { preview in
            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
                let reply = try await preview.request(method, "/imnm/symptoms/")
                #expect(reply.status == 405, "\(method)")
                #expect(reply.headers["allow"] == "GET, HEAD", "\(method)")
            }
        }
    }

    @Test("An edit is picked up and open pages are told to reload", arguments: [false, true])
    func editIsPickedUp(polling: Bool) async throws {
        try await withPreview(polling: polling) { preview in
            let events = try EventReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("hello") != nil)

            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: 10\n---\n## Muscle weakness\n\nUpdated text.\n".utf8))
            #expect(await events.waitFor("reload") != nil)
            let page = try await preview.get("/imnm/symptoms/")
            #expect(page.body.contains("Updated text."))

            // A new folder, then a file in it (so the new folder is watched too).
            try preview.site.write("content/lupus/_index.md", Data("---\ntitle: Lupus\n---\nAbout lupus.\n".utf8))
            #expect(try await eventually { try await preview.get("/lupus/").status == 200 })
            try preview.site.write("content/lupus/flares.md", Data("---\ntitle: Flares\n---\nFlare text.\n".utf8))
            #expect(try await eventually { try await preview.get("/lupus/flares/").body.contains("Flare text.") })
            try preview.site.write("content/lupus/flares.md", Data("---\ntitle: Flares\n---\nFlare text, edited.\n".utf8))
            #expect(try await eventually { try await preview.get("/lupus/flares/").body.contains("Flare text, edited.") })

            // A deleted page disappears.
            try preview.site.remove("content/lupus/flares.md")
            #expect(try await eventually { try await preview.get("/lupus/flares/").status == 404 })

            // Templates are watched too.
            try preview.site.write("templates/404.mustache", Data("{{<base}}{{$main}}Nothing here{{/main}}{{/base}}\n".utf8))
            #expect(try await eventually { try await preview.get("/nope").body.contains("Nothing here") })
        }
    }

    @Test("A broken edit keeps the last good page and reports the error; fixing it clears the error")
    func brokenEditKeepsLastGoodSite() async throws {
        try await withPreview { preview in
            let events = try EventReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("hello") != nil)
            let good = try await preview.status()
            #expect(good.ok)

            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: ten\n---\nBroken text.\n".utf8))
            let error = await events.waitFor("error")
            #expect(error?.contains("content/imnm/symptoms.md:3: error:") == true)

            let broken = try await preview.status()
            #expect(!broken.ok)
            #expect(broken.version == good.version)
            #expect(broken.errors.count == 1)
            #expect(broken.errors.first?.hasPrefix("content/imnm/symptoms.md:3: error:") == true)
            let page = try await preview.get("/imnm/symptoms/")
            #expect(page.status == 200)
            #expect(page.body.contains("Muscle weakness"))
            #expect(!page.body.contains("Broken text."))

            // A tab opened now learns about the errors as soon as it connects.
            let late = try EventReader(port: preview.port)
            defer { late.close() }
            #expect(await late.waitFor("hello") != nil)
            #expect(await late.waitFor("error")?.contains("content/imnm/symptoms.md:3") == true)

            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: 10\n---\nFixed text.\n".utf8))
            #expect(await events.waitFor("reload") != nil)
            let fixed = try await preview.status()
            #expect(fixed.ok)
            #expect(fixed.errors.isEmpty)
            #expect(fixed.version != good.version)
            #expect(try await preview.get("/imnm/symptoms/").body.contains("Fixed text."))
        }
    }

    @Test("A link loop in content/ is reported by the preview, which keeps watching", arguments: [false, true])
    func linkLoopIsReported(polling: Bool) async throws {
        try await withPreview(polling: polling) { preview in
            #expect(try await preview.status().ok)
            try FileManager.default.createSymbolicLink(atPath: preview.site.root.appendingPathComponent("content/imnm/a").path, withDestinationPath: ".")
            #expect(try await eventually { try await !preview.status().ok })
            let errors = try await preview.status().errors
            #expect(errors == ["content/imnm/a: error: is a link to content/imnm, a folder it is inside of, so the folder would contain itself without end; remove the link"])
            try preview.site.remove("content/imnm/a")
            #expect(try await eventually { try await preview.status().ok })
        }
    }

    @Test("Rapid saves are coalesced into few builds, and the last one wins")
    func rapidSavesAreCoalesced() async throws {
        let log = EventLog()
        try await withPreview(report: log.record) { preview in
            // An editor's "save all" or a tool rewriting files: many writes within a few milliseconds.
            for n in 1...20 {
                try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\nVersion \(n).\n".utf8))
            }
            #expect(try await eventually { try await preview.get("/imnm/symptoms/").body.contains("Version 20.") })
            try await Task.sleep(for: .milliseconds(300))
            #expect(log.rebuilds >= 1)
            #expect(log.rebuilds <= 3)
        }
    }

    @Test("Warnings are printed once, not again on every rebuild")
    func warningsOnce() async throws {
        let log = EventLog()
        try await withPreview(["content/imnm/_index.md": "---\ntitle: IMNM\ncolour: blue\n---\nAbout IMNM.\n"], report: log.record) { preview in
            #expect(log.warnings.contains { $0.contains("content/imnm/_index.md:3: warning:") })
            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\nEdited.\n".utf8))
            #expect(try await eventually { log.rebuilds == 1 })
            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nsurprise: x\n---\nEdited.\n".utf8))
            #expect(try await eventually { log.rebuilds == 2 })
            // The unchanged warning about _index.md was not repeated; the new one was printed.
            #expect(log.warnings.count == Set(log.warnings).count, "\(log.warnings)")
            #expect(log.warnings.contains { $0.contains("content/imnm/symptoms.md:3: warning:") })
        }
    }

    @Test("A site that does not build at first is served once it is fixed")
    func firstBuildFails() async throws {
        let log = EventLog()
        try await withPreview(["content/imnm/symptoms.md": "---\ntitle: [unclosed\n---\n"], report: log.record) { preview in
            let page = try await preview.get("/")
            #expect(page.status == 503)
            #expect(page.body.contains("/__sitegen/events"))
            let status = try await preview.status()
            #expect(!status.ok)
            #expect(status.version == nil)
            #expect(status.errors.first?.hasPrefix("content/imnm/symptoms.md:") == true)
            #expect(log.failures == 1)

            try preview.site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\nNow it builds.\n".utf8))
            #expect(try await eventually { try await preview.get("/imnm/symptoms/").body.contains("Now it builds.") })
            #expect(try await preview.status().ok)
        }
    }

    @Test("A port already in use is reported")
    func portInUse() async throws {
        try await withPreview { preview in
            let second = PreviewServer(options: ServeOptions(source: preview.site.root.path, port: preview.port))
            await #expect(throws: ServeError.self) { try await second.start() }
            await second.stop()
        }
    }
}

// MARK: - Harness

/// A temporary site served on a free port; always stopped and removed.
struct Preview {
    let site: TestSite
    let server: PreviewServer
    let port: Int

    func request(_ method: String, _ target: String) async throws -> HTTPReply {
        try await HTTPReply.fetch(method: method, target: target, port: port)
    }

    func get(_ target: String) async throws -> HTTPReply { try await request("GET", target) }

    func status() async throws -> PreviewHandler.Status {
        let reply = try await get("/__sitegen/status")
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        return try JSONDecoder().decode(PreviewHandler.Status.self, from: Data(reply.body.utf8))
    }
}

func withPreview(_ changes: [String: String?] = [:], polling: Bool = false, idleTimeout: Duration = .seconds(30),
                 report: @escaping ServeReporter = { _ in }, _ body: (Preview) async throws -> Void) async throws {
    let site = try TestSite(changes)
    let server = PreviewServer(options: ServeOptions(source: site.root.path, port: 0, polling: polling, idleTimeout: idleTimeout),
                               report: report)
    do {
        try await server.start()
        let port = try #require(await server.port)
        try await body(Preview(site: site, server: server, port: port))
    } catch {
        await server.stop()
        site.cleanUp()
        throw error
    }
    await server.stop()
    site.cleanUp()
}

/// Polls `check` until it is true or `timeout` passes.
func eventually(timeout: Duration = .seconds(10), _ check: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await check() { return true }
        try await Task.sleep(for: .milliseconds(25))
    }
    return try await check()
}

/// Counts what the server reported.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [ServeEvent] = []

    var record: ServeReporter { { [self] event in lock.withLock { events.append(event) } } }

    var rebuilds: Int {
        lock.withLock { events.filter { if case .rebuilt = $0 { true } else { false } }.count }
    }

    /// Every warning printed, formatted.
    var warnings: [String] {
        lock.withLock {
            events.flatMap { event -> [String] in
                if case .warnings(let list) = event { return list.map(\.description) }
                return []
            }
        }
    }

    var failures: Int {
        lock.withLock { events.filter { if case .failed = $0 { true } else { false } }.count }
    }
}

/// A plain HTTP/1.1 exchange over a socket, so the request target is sent exactly as written
/// (URL types would normalise `/../` away). Runs on its own thread: blocking calls stay off the
/// concurrency pool the server uses.
struct HTTPReply: Sendable {
    var status: Int
    /// Lower-cased names.
    var headers: [String: String]
    var body: String

    static func fetch(method: String, target: String, port: Int) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    let socket = try TestSocket(port: port)
                    defer { socket.close() }
                    try socket.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
                    return try parse(socket.readToEnd())
                })
            }
            thread.start()
        }
    }

    static func parse(_ data: Data) throws -> HTTPReply {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else { throw TestSocket.Failure("no complete response: \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = head[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw TestSocket.Failure("bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(decoding: data[end.upperBound...], as: UTF8.self))
    }
}

/// A blocking TCP connection to 127.0.0.1 with a 10 s receive timeout.
final class TestSocket: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    let fd: Int32

    init(port: Int) throws {
        fd = systemSocket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw Failure("socket() failed") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            _ = systemClose(fd)
            throw Failure("cannot connect to port \(port)")
        }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { systemSend(fd, $0.baseAddress, $0.count, noSignal) }
            guard n > 0 else { throw Failure("send failed") }
            sent += n
        }
    }

    /// Next bytes, or nil at the end of the stream, on timeout or after `close()`.
    func read() -> Data? {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Data(buffer[..<n]) : nil
    }

    func readToEnd() throws -> Data {
        var data = Data()
        while let chunk = read() { data.append(chunk) }
        return data
    }

    /// Wakes a thread blocked in `read()`.
    func shutdown() { _ = systemShutdown(fd, shutBoth) }

    func close() { _ = systemClose(fd) }
}

/// Listens to `/__sitegen/events` like a browser tab and keeps every event it receives.
final class EventReader: @unchecked Sendable {
    private let socket: TestSocket
    private let lock = NSLock()
    private var events: [(name: String, data: String)] = []
    private var taken = 0
    private let finished = DispatchSemaphore(value: 0)

    init(port: Int) throws {
        socket = try TestSocket(port: port)
        try socket.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in
            var pending: [UInt8] = []
            var name = ""
            while let chunk = socket.read() {
                pending += chunk
                // Lines end in "\n" (events) or "\r\n" (chunked framing, whose lines never start
                // with "event:" or "data:"), so reading lines is enough.
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    var line = pending[..<newline]
                    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                    let text = String(decoding: line, as: UTF8.self)
                    pending.removeSubrange(...newline)
                    if text.hasPrefix("event: ") {
                        name = String(text.dropFirst(7))
                    } else if text.hasPrefix("data: ") {
                        let data = String(text.dropFirst(6))
                        lock.withLock { events.append((name, data)) }
                    }
                }
            }
            finished.signal()
        }
        thread.start()
    }

    /// The data of the next event called `name` not yet taken (earlier events of other names are
    /// skipped), or nil after `timeout`.
    func waitFor(_ name: String, timeout: Duration = .seconds(10)) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found: String? = lock.withLock {
                while taken < events.count {
                    let event = events[taken]
                    taken += 1
                    if event.name == name { return event.data }
                }
                return nil
            }
            if let found { return found }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }

    func close() {
        socket.shutdown()
        finished.wait()
        socket.close()
    }
}
