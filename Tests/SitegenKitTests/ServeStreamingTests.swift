import Foundation
import Testing
@testable import SitegenPreview
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Large files are sent as the client takes them: a client that does not read holds no copy of
/// the file in the server, and a file changed while it is sent never arrives as a whole mix.
@Suite("Serve: large files are streamed", .serialized, .timeLimit(.minutes(2)))
struct ServeStreamingTests {
    /// Each request for a copied file made a whole copy of it for the response, kept until the
    /// client took it: 80 unread requests for a 50 MB image held 4.1 GB. Here 16 unread requests
    /// for a 16 MB file made the old preview grow by at least 256 MB (`scripts/serve-memory`
    /// measures the 80 × 50 MB case).
    @Test("Unread downloads of a large file do not make the server hold copies of it")
    func unreadDownloadsHoldLittle() async throws {
        #if os(Linux)
        let site = try TestSite()
        defer { site.cleanUp() }
        let size = 16 * 1024 * 1024
        try site.write("content/imnm/scan.pdf", Data(repeating: 0x25, count: size))
        let serve = try RunningServe(site: site)
        defer { serve.kill() }
        // One whole download first: whatever the server keeps of the file counts in the baseline.
        let whole = try await RawExchange.send("GET /imnm/scan.pdf HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: serve.port)
        #expect(whole.headers["content-length"] == String(size))
        let before = try #require(Self.residentMegabytes(of: serve.process.processIdentifier))

        let unread = try (0..<16).map { _ in try TestSocket(port: serve.port) }
        defer { unread.forEach { $0.close() } }
        for socket in unread { try socket.send("GET /imnm/scan.pdf HTTP/1.1\r\nHost: x\r\n\r\n") }
        try await Task.sleep(for: .seconds(1))
        let after = try #require(Self.residentMegabytes(of: serve.process.processIdentifier))
        #expect(after - before < 64, "the server grew from \(before) MB to \(after) MB")
        // The server still answers.
        #expect(try await HTTPReply.fetch(method: "GET", target: "/", port: serve.port).status == 200)
        _ = await serve.stop(with: SIGTERM)
        #endif
    }

    @Test("A large copied file and a large page arrive whole; HEAD gives their length")
    func largeBodiesArriveWhole() async throws {
        // ASCII, so that the reply's body compares as text; no two chunks alike.
        let file = (0..<200_000).map { String(format: "%09d\n", $0) }.joined()
        let paragraphs = (0..<3_000).map { "Paragraph \($0) about muscle weakness and what helps.\n\n" }.joined()
        try await withPreview(["content/imnm/notes.txt": file,
                               "content/imnm/long.md": "---\ntitle: Long\n---\n" + paragraphs + "The end.\n"]) { preview in
            let copied = try await preview.get("/imnm/notes.txt")
            #expect(copied.status == 200)
            #expect(copied.headers["content-length"] == String(file.utf8.count))
            #expect(copied.body == file)
            let copiedHead = try await preview.request("HEAD", "/imnm/notes.txt")
            #expect(copiedHead.headers["content-length"] == String(file.utf8.count))
            #expect(copiedHead.body.isEmpty)

            let page = try await preview.get("/imnm/long/")
            #expect(page.status == 200)
            #expect(page.body.utf8.count > 2 * 64 * 1024)  // several chunks
            #expect(page.headers["content-length"] == String(page.body.utf8.count))
            #expect(page.body.contains("<p>The end.</p>"))
            #expect(page.body.components(separatedBy: "/* sitegen serve: live reload").count == 2)
            let pageHead = try await preview.request("HEAD", "/imnm/long/")
            #expect(pageHead.headers["content-length"] == String(page.body.utf8.count))
        }
    }

    /// The file is read as it is sent. An editor that overwrites it meanwhile must not make the
    /// browser show half of each version as if it were the file: the answer is cut short, which
    /// the browser reports, and the next request gets the new version whole.
    @Test("A file overwritten while it is sent is cut short, never sent whole as a mix")
    func fileChangedWhileSent() async throws {
        let size = 24 * 1024 * 1024
        try await withPreview { preview in
            try preview.site.write("content/imnm/scan.pdf", Data(repeating: UInt8(ascii: "a"), count: size))
            #expect(try await eventually { try await preview.get("/imnm/scan.pdf").status == 200 })
            let socket = try TestSocket(port: preview.port)
            defer { socket.close() }
            try socket.send("GET /imnm/scan.pdf HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            var received = try #require(socket.read())
            // The server fills the connection's buffers and waits for the client.
            try await Task.sleep(for: .milliseconds(300))
            let handle = try FileHandle(forWritingTo: preview.site.root.appendingPathComponent("content/imnm/scan.pdf"))
            handle.write(Data(repeating: UInt8(ascii: "b"), count: size))
            try handle.close()
            received.append(try socket.readToEnd())
            let reply = try HTTPReply.parse(received)
            #expect(reply.headers["content-length"] == String(size))
            #expect(reply.body.utf8.count < size, "a body of full length was sent after the file changed")

            #expect(try await eventually {
                let next = try await preview.get("/imnm/scan.pdf")
                return next.body.utf8.count == size && next.body.first == "b" && next.body.last == "b"
            })
        }
    }

    /// With streaming, a client that stops reading leaves the response under way, which
    /// Hummingbird's idle timeout does not count: `ConnectionDeadlines` closes it instead.
    @Test("A client that stops reading a large file is disconnected after the idle timeout")
    func stalledClientIsDisconnected() async throws {
        let size = 24 * 1024 * 1024
        try await withPreview(["content/imnm/notes.txt": String(repeating: "n", count: size)], idleTimeout: .milliseconds(300)) { preview in
            let socket = try TestSocket(port: preview.port)
            defer { socket.close() }
            try socket.send("GET /imnm/notes.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            try await Task.sleep(for: .milliseconds(1500))
            // Closed by now: reading ends short of the file, and well before the 10 s timeout.
            let started = ContinuousClock.now
            let received = try socket.readToEnd()
            #expect(received.count < size)
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    /// VmRSS of a process, in MB (Linux).
    static func residentMegabytes(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }.map { $0 / 1024 }
        }
        return nil
    }
}
