import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
@testable import SitegenPreview

/// What the test servers saw: requests per method and path, and the most requests at once.
actor LinkServerLog {
    private(set) var counts: [String: Int] = [:]
    private var runningByHost: [String: Int] = [:]
    private var running = 0
    private(set) var mostAtOnceByHost: [String: Int] = [:]
    private(set) var mostAtOnce = 0

    func begin(_ method: String, _ path: String, host: String) -> Int {
        counts["\(method) \(path)", default: 0] += 1
        runningByHost[host, default: 0] += 1
        running += 1
        mostAtOnceByHost[host] = max(mostAtOnceByHost[host] ?? 0, runningByHost[host] ?? 0)
        mostAtOnce = max(mostAtOnce, running)
        return counts["\(method) \(path)"] ?? 0
    }

    func end(host: String) {
        runningByHost[host, default: 1] -= 1
        running -= 1
    }

    /// The long bodies sent: bytes written, and whether the client read to the end.
    private(set) var bodies: [(bytes: Int, finished: Bool)] = []
    func endBody(bytes: Int, finished: Bool) { bodies.append((bytes, finished)) }

    var total: Int { counts.values.reduce(0, +) }
    func count(_ method: String, _ path: String) -> Int { counts["\(method) \(path)"] ?? 0 }
}

/// Answers each path the way a real server might, for the external link check.
struct LinkServerResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let host: String
    let log: LinkServerLog
    let slowSeconds: Double
    let delay: Duration

    func respond(to request: Request, context: Context) async throws -> Response {
        let head = request.method == .head
        let path = request.uri.path
        let seen = await log.begin(head ? "HEAD" : "GET", path, host: host)
        // Every answer takes a moment, so requests overlap and the caps can be seen.
        try? await Task.sleep(for: path == "/slow" ? .milliseconds(Int(slowSeconds * 1000)) : delay)
        await log.end(host: host)
        func answer(_ status: HTTPResponse.Status, _ headers: HTTPFields = [:]) -> Response {
            Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: "page")))
        }
        switch path {
        case "/endless":
            // Refuses HEAD, so GET is asked; its body is as long as a client reads, up to 256 MB
            // at about 64 MB/s (4 s), so a client that goes away is noticed long before the end.
            guard !head else { return answer(.methodNotAllowed) }
            return Response(status: .ok, body: ResponseBody { [log] writer in
                let chunk = ByteBuffer(repeating: UInt8(ascii: "a"), count: 64 * 1024)
                var sent = 0
                do {
                    while sent < 256 * 1024 * 1024 {
                        try await writer.write(chunk)
                        sent += chunk.readableBytes
                        try await Task.sleep(for: .milliseconds(1))
                    }
                    try await writer.finish(nil)
                    await log.endBody(bytes: sent, finished: true)
                } catch {
                    await log.endBody(bytes: sent, finished: false)
                    throw error
                }
            })
        case "/trickle":
            // Refuses HEAD; GET's head comes at once, then 40 bytes of body, one every 250 ms.
            guard !head else { return answer(.methodNotAllowed) }
            return Response(status: .ok, headers: [.contentLength: "40"], body: ResponseBody { [log] writer in
                var sent = 0
                do {
                    while sent < 40 {
                        try await Task.sleep(for: .milliseconds(250))
                        try await writer.write(ByteBuffer(string: "a"))
                        sent += 1
                    }
                    try await writer.finish(nil)
                    await log.endBody(bytes: sent, finished: true)
                } catch {
                    await log.endBody(bytes: sent, finished: false)
                    throw error
                }
            })
        case "/missing": return answer(.notFound)
        case "/gone": return answer(.gone)
        case "/no-head": return head ? answer(.methodNotAllowed) : answer(.ok)
        case "/flaky": return seen == 1 ? answer(.serviceUnavailable) : answer(.ok)
        case "/down": return answer(.serviceUnavailable)
        case "/temporary": return answer(.found, [.location: "/ok"])
        default:
            // `/moved/3` and `/far/7`: that many permanent redirects, then 200.
            let parts = path.split(separator: "/")
            if parts.count == 2, let hops = Int(parts[1]), hops > 0 {
                return answer(.movedPermanently, [.location: "/\(parts[0])/\(hops - 1)"])
            }
            return answer(.ok)
        }
    }
}

/// A local HTTP server on a loopback address and a free port; never anything off this machine.
struct LinkTestServer {
    let base: String
    private let task: Task<Void, any Error>

    static func start(host: String = "127.0.0.1", log: LinkServerLog, slowSeconds: Double = 2, delay: Duration = .milliseconds(40)) async throws -> LinkTestServer {
        var logger = Logger(label: "link-test-server")
        logger.logLevel = .critical
        let port = PortBox()
        let app = Application(
            responder: LinkServerResponder(host: host, log: log, slowSeconds: slowSeconds, delay: delay),
            server: .http1(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: 0), serverName: nil),
            onServerRunning: { channel in await port.set(channel.localAddress?.port) },
            logger: logger
        )
        // Off Swift's shared thread pool (as the preview does), so a test that waits on it
        // cannot starve the server.
        let task = Task { try await withTaskExecutorPreference(ConnectionExecutor.shared) { try await app.run() } }
        for _ in 0..<500 {
            if let number = await port.value { return LinkTestServer(base: "http://\(host):\(number)", task: task) }
            try await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        throw CancellationError()
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

actor PortBox {
    private(set) var value: Int?
    func set(_ port: Int?) { value = port }
}

/// A server that answers every connection with the head of a 200 response, one byte at a time
/// (a byte each `interval`), whatever was asked: a server that never goes quiet long enough for
/// an idle timeout. Written with NIO directly, since an HTTP server library sends a head at once.
struct TricklingServer {
    static let head = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8)
    let base: String
    private let task: Task<Void, any Error>

    static func start(interval: Duration) async throws -> TricklingServer {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let port = server.channel.localAddress?.port ?? 0
        let task = Task {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask {
                            try? await connection.executeThenClose { _, outbound in
                                for byte in head {
                                    try await outbound.write(ByteBuffer(bytes: [byte]))
                                    try await Task.sleep(for: interval)
                                }
                            }
                        }
                    }
                }
            }
        }
        return TricklingServer(base: "http://127.0.0.1:\(port)", task: task)
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}
