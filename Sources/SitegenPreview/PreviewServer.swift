import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import SitegenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `sitegen serve` needs to know.
public struct ServeOptions: Sendable {
    /// The site folder: holds `site.yml`, `content/` and `templates/`.
    public var source: String
    /// An IP address to listen on: `127.0.0.1` (default), `::1`, `0.0.0.0` or `::` for every
    /// interface, or `localhost` (= `127.0.0.1`).
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var includeDrafts: Bool
    /// Check files for changes every 100 ms instead of using inotify (network folders, containers).
    public var polling: Bool
    /// How long the files must be quiet before a rebuild starts.
    public var debounce: Duration
    /// A connection with no request under way for this long is closed (also one that sends half a
    /// request head and stops).
    public var idleTimeout: Duration

    public init(source: String = ".", host: String = "127.0.0.1", port: Int = 8080, includeDrafts: Bool = false,
                polling: Bool = false, debounce: Duration = .milliseconds(50), idleTimeout: Duration = .seconds(30)) {
        self.source = source
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.polling = polling
        self.debounce = debounce
        self.idleTimeout = idleTimeout
    }
}

public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The live preview: builds the site into memory, serves it over HTTP, watches the source files,
/// rebuilds on every change and tells open browser tabs to reload (or shows the errors).
///
/// It never writes `public/`: the preview's pages differ from the published ones (the base URL is
/// the preview's address and every HTML page gets the live-reload script).
public actor PreviewServer {
    public nonisolated let options: ServeOptions
    private let report: ServeReporter
    let state = PreviewState()

    private var isRunning = false
    private var runTask: Task<Void, Never>?
    /// Runs the HTTP server; stopped by a graceful shutdown, never by cancelling `runTask`.
    private var services: ServiceGroup?
    private var runError: (any Error)?
    private var rebuildTask: Task<Void, Never>?
    private var keepAliveTask: Task<Void, Never>?
    private var watcher: (any SourceWatcher)?
    private var isStopped = false
    private var stopWaiters: [CheckedContinuation<Void, Never>] = []

    /// `http://127.0.0.1:8080/` once started.
    public private(set) var url: String?
    /// The port listened on (the one picked when `options.port` is 0).
    public private(set) var port: Int?

    public init(options: ServeOptions, report: @escaping ServeReporter = { _ in }) {
        self.options = options
        self.report = report
    }

    /// Listens, builds the site once and starts watching. Returns the preview's address. When the
    /// first build fails the server still runs (showing the errors) and rebuilds on every change.
    @discardableResult
    public func start() async throws(ServeError) -> String {
        guard !isRunning, !isStopped else { throw ServeError(description: "the preview server was already started") }
        let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
        guard FileStamp(path: root)?.isDirectory == true else {
            throw ServeError(description: "the site folder '\(options.source)' does not exist")
        }
        guard (0...65535).contains(options.port) else {
            throw ServeError(description: "--port must be between 1 and 65535 (or 0 for any free port), not \(options.port)")
        }
        let address = try Self.address(host: options.host, port: UInt16(options.port))

        isRunning = true
        let app = Self.makeApplication(address: address, port: options.port, idleTimeout: options.idleTimeout,
                                       handler: PreviewHandler(state: state)) { [weak self] port in
            await self?.listening(on: port)
        }
        // No signals here: `StopSignals` handles Ctrl-C and calls `stop()`.
        let services = ServiceGroup(configuration: .init(services: [app], logger: app.logger))
        self.services = services
        runTask = Task { [weak self] in
            do {
                // Every task of the server (one per connection) inherits the preference.
                try await withTaskExecutorPreference(ConnectionExecutor.shared) { try await services.run() }
            } catch {
                await self?.serverStopped(with: error)
            }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while port == nil {
            if let runError {
                await stop()
                throw ServeError(description: Self.explain(runError, host: options.host, port: options.port))
            }
            guard ContinuousClock.now < deadline else {
                await stop()
                throw ServeError(description: "cannot listen on \(options.host):\(options.port): timed out")
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        let boundPort = port ?? options.port
        let url = "http://\(address.urlHost):\(boundPort)/"
        self.url = url

        // Watch before the first build, so an edit made during it is not missed.
        let (watcher, note) = makeSourceWatcher(root: root, polling: options.polling)
        if let note { report(.note(note)) }
        do {
            try watcher.start()
            self.watcher = watcher
        } catch {
            report(.note("\(error); the preview will not rebuild by itself"))
        }
        let rebuilder = Rebuilder(
            options: BuildOptions(source: root, baseURL: url, includeDrafts: options.includeDrafts),
            state: state, debounce: options.debounce, preciseEvents: watcher.reportsEveryPath, report: report
        )

        let outcome = await rebuilder.initialBuild()
        var listening = ""
        if address.isWildcard { listening = "listening on every network interface" }
        switch outcome {
        case .built(let site, _, let milliseconds):
            report(.started(url: url, listening: listening, pages: site.pageCount, files: await site.fileCount(), milliseconds: milliseconds, drafts: site.drafts))
        case .failed:
            report(.started(url: url, listening: listening, pages: 0, files: 0, milliseconds: 0))
        }
        // Ctrl-C during the first build: `stop()` has run already, start nothing more.
        guard !isStopped else { return url }
        rebuildTask = Task { await rebuilder.run(watcher.changes) }
        let state = self.state
        keepAliveTask = Task {
            while !Task.isCancelled {
                do { try await Task.sleep(for: .seconds(15)) } catch { return }
                await state.keepAlive()
            }
        }
        return url
    }

    /// Stops watching, closes every connection and returns when the server is down.
    ///
    /// The server is shut down gracefully, never cancelled. Cancelling the task that runs it
    /// (as this did before) drops the connections NIO has accepted but the server has not taken
    /// yet, and each of them traps in `NIOAsyncWriter`'s deinit ("Deinited NIOAsyncWriter without
    /// calling finish()"): with clients connecting, Ctrl-C crashed the preview 21 times in 24. That
    /// is SwiftNIO's https://github.com/apple/swift-nio/issues/2637 (and #3481), whose advice is
    /// this: a graceful shutdown closes the listening socket, then the server takes every
    /// connection already accepted, answers the requests under way and closes them all.
    /// `ShutdownDeadline` bounds how long a response may still take (a client that stopped
    /// reading would hold it forever).
    public func stop() async {
        guard !isStopped else { return }
        isStopped = true
        watcher?.stop()
        rebuildTask?.cancel()
        keepAliveTask?.cancel()
        // Event streams end first, so that no response is left running.
        await state.close()
        await services?.triggerGracefulShutdown()
        await runTask?.value
        await rebuildTask?.value
        for waiter in stopWaiters { waiter.resume() }
        stopWaiters = []
    }

    /// Returns when `stop()` was called or the server failed.
    public func waitUntilStopped() async {
        guard !isStopped else { return }
        await withCheckedContinuation { stopWaiters.append($0) }
    }

    /// The error the server stopped with, if it stopped by itself.
    public var failure: String? { runError.map { Self.explain($0, host: options.host, port: options.port) } }

    private func serverStopped(with error: any Error) async {
        guard !isStopped else { return }
        runError = error
        if url != nil { await stop() }
    }

    private func listening(on boundPort: Int?) {
        port = boundPort ?? options.port
    }

    // MARK: Addresses

    struct Address {
        /// The address to bind, without brackets.
        var host: String
        /// How the host is written in a URL: `127.0.0.1`, `[::1]`.
        var urlHost: String
        var isWildcard: Bool
    }

    static func address(host: String, port: UInt16) throws(ServeError) -> Address {
        let host = host == "localhost" ? "127.0.0.1" : host
        let trimmed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var ip4 = in_addr()
        var ip6 = in6_addr()
        if inet_pton(AF_INET, trimmed, &ip4) == 1 {
            let wildcard = trimmed == "0.0.0.0"
            // Browsers cannot open 0.0.0.0: the address to visit is the loopback one.
            return Address(host: trimmed, urlHost: wildcard ? "127.0.0.1" : trimmed, isWildcard: wildcard)
        }
        if inet_pton(AF_INET6, trimmed, &ip6) == 1 {
            let wildcard = trimmed == "::"
            return Address(host: trimmed, urlHost: wildcard ? "[::1]" : "[\(trimmed)]", isWildcard: wildcard)
        }
        throw ServeError(description: "--host must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0 (or localhost), not '\(host)'")
    }

    private static func makeApplication(address: Address, port: Int, idleTimeout: Duration, handler: PreviewHandler,
                                        listening: @escaping @Sendable (Int?) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        return Application(
            responder: handler,
            server: HTTPServerBuilder { responder in PreviewChannel(responder: responder, idleTimeout: idleTimeout) },
            // SO_REUSEADDR only lets a restarted preview take its port back at once; a port another
            // server listens on is still refused.
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: port), serverName: nil),
            onServerRunning: { channel in await listening(channel.localAddress?.port) },
            logger: logger
        )
    }

    static func explain(_ error: any Error, host: String, port: Int) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE:
                return "cannot listen on \(host):\(port): the port is already in use (is another preview running?); choose another with --port"
            case EADDRNOTAVAIL:
                return "cannot listen on \(host):\(port): this computer has no such address"
            case EACCES:
                return "cannot listen on \(host):\(port): ports below 1024 need administrator rights; use --port 8080"
            default:
                return "cannot listen on \(host):\(port): \(String(cString: strerror(error.errnoCode)))"
            }
        }
        return "cannot listen on \(host):\(port): \(error)"
    }
}
