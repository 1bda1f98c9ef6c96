import Foundation

/// What the preview serves right now: the last good build, the errors of the latest build if it
/// failed, and the open event streams (one per browser tab).
///
/// An actor, so the site is swapped in one step: a request reads one complete `PreviewSite`, never a
/// mix of two builds.
actor PreviewState {
    /// The last site that built; nil until the first good build.
    private(set) var site: PreviewSite?
    /// The errors of the latest build, formatted `path:line: error: message`; empty when it built.
    private(set) var errors: [String] = []
    /// How long the latest build (good or not) took.
    private(set) var lastBuildMilliseconds: Int?

    private var listeners: [UInt64: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextListener: UInt64 = 0
    private var isClosed = false

    func current() -> (site: PreviewSite?, errors: [String]) { (site, errors) }

    /// A good build: serve it from now on, clear the errors and tell every tab to reload.
    func publish(_ newSite: PreviewSite, milliseconds: Int) {
        site = newSite
        errors = []
        lastBuildMilliseconds = milliseconds
        broadcast(LiveReload.reload(version: newSite.version))
    }

    /// A failed build: keep serving the last good site and show the errors in every tab.
    func publishFailure(_ messages: [String], milliseconds: Int) {
        errors = messages
        lastBuildMilliseconds = milliseconds
        broadcast(LiveReload.error(messages))
    }

    /// A new event stream, starting with the current state.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        continuation.yield(LiveReload.hello(version: site?.version))
        if !errors.isEmpty { continuation.yield(LiveReload.error(errors)) }
        return stream
    }

    func keepAlive() { broadcast(LiveReload.keepAlive) }

    /// Ends every event stream (the server is stopping); later subscribers get an empty stream.
    func close() {
        isClosed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UInt64) {
        listeners[id] = nil
    }

    private func broadcast(_ bytes: [UInt8]) {
        for (id, continuation) in listeners {
            if case .terminated = continuation.yield(bytes) { listeners[id] = nil }
        }
    }
}
