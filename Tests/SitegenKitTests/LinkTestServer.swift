import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
@testable import SitegenKit
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
