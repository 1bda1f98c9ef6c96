import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests one external address with Foundation's URLSession and says what it found.
///
/// HEAD first, because it does not download the page. Any answer of 400 or above to HEAD is asked
/// again with GET before it is reported: servers that mishandle HEAD answer it with 405 or 501
/// (the standard refusals) but also with 403, 404, 400 or 500 while GET works. Each of the two is
/// tried a second time after a timeout, a failed connection or a 5xx answer.
struct LinkProbe: Sendable {
    var timeout: Double
    var maxRedirects: Int

    func check(_ url: URL) async -> LinkOutcome {
        var attempt = await twice("HEAD", url)
        if let status = attempt.status, status >= 400 { attempt = await twice("GET", url) }
        return outcome(of: attempt, url: url)
    }

    /// One request, and a second where the first failed in a way that often passes.
    private func twice(_ method: String, _ url: URL) async -> Attempt {
        let first = await request(method, url)
        return first.isWorthRetrying ? await request(method, url) : first
    }

    struct Attempt: Sendable {
        var status: Int?
        var redirects: [RedirectLog.Hop] = []
        var error: URLError?

        var isWorthRetrying: Bool {
            if let status { return status >= 500 }
            switch error?.code {
            case .timedOut, .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet: return true
            default: return false
            }
        }
    }

    /// One exchange, ended at the response's head: the check needs the status and the redirects,
    /// never the body, so no body is read at all (a 1 GB or endless one costs nothing). The
    /// timeout is a deadline for the whole exchange, redirects included: URLSession's own timeouts
    /// only bound the wait between two packets, so a server sending a byte a second never meets them.
    private func request(_ method: String, _ url: URL) async -> Attempt {
        let log = RedirectLog(limit: maxRedirects)
        let (events, sink) = AsyncStream.makeStream(of: ExchangeEvent.self)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration, delegate: ExchangeWatcher(log: log, events: sink), delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("sitegen link check", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        let seconds = timeout
        let first = await withTaskGroup(of: ExchangeEvent?.self) { group in
            // The stream's iterator ends when its task is cancelled, so the loser of the race returns at once.
            group.addTask { await events.first { _ in true } }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return Task.isCancelled ? nil : .ended(URLError(.timedOut))
            }
            let winner = await group.next() ?? nil
            group.cancelAll()
            return winner
        }
        task.cancel()
        sink.finish()
        switch first {
        case .head(let status):
            return Attempt(status: status, redirects: await log.hops)
        case .ended(let error):
            return Attempt(status: nil, redirects: await log.hops, error: error ?? URLError(.unknown))
        case nil:
            return Attempt(status: nil, redirects: await log.hops, error: URLError(.cancelled))
        }
    }

    private func outcome(of attempt: Attempt, url: URL) -> LinkOutcome {
        if let error = attempt.error { return Self.outcome(of: error, host: url.host ?? "") }
        // The redirect past the limit was refused, so its 3xx answer is what came back.
        if attempt.redirects.count > maxRedirects { return .tooManyRedirects }
        guard let status = attempt.status else { return .unreachable("no answer") }
        if status >= 400 { return .status(status) }
        let permanent = attempt.redirects.prefix { $0.status == 301 || $0.status == 308 }
        if let last = permanent.last { return .movedPermanently(to: last.location) }
        return .ok
    }

    static func outcome(of error: URLError, host: String) -> LinkOutcome {
        let detail = error.localizedDescription
        switch error.code {
        case .timedOut:
            return .timedOut
        case .cannotFindHost, .dnsLookupFailed:
            return .hostNotFound(host)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .secureConnectionFailed(detail)
        case .httpTooManyRedirects:
            return .tooManyRedirects
        default:
            // libcurl's TLS failures arrive on Linux as an unknown error naming SSL.
            if detail.contains("SSL") || detail.contains("TLS") || detail.contains("certificate") {
                return .secureConnectionFailed(detail)
            }
            return .unreachable(detail)
        }
    }
}

/// The redirects of one request, kept in an actor because URLSession calls its delegate on
/// its own queue.
actor RedirectLog {
    struct Hop: Sendable {
        var status: Int
        var location: String
    }

    let limit: Int
    private(set) var hops: [Hop] = []

    init(limit: Int) { self.limit = limit }

    /// Records a redirect and says whether to follow it.
    func follow(_ hop: Hop) -> Bool {
        hops.append(hop)
        return hops.count <= limit
    }
}

/// What ended one exchange: the head of the final response, or the task's end without one.
enum ExchangeEvent: Sendable {
    case head(status: Int?)
    case ended(URLError?)
}

/// Follows at most the log's limit of redirects and records each one, so a permanent move can be
/// reported with its new address; cancels the task as soon as the final response's head arrives,
/// so its body is never read.
final class ExchangeWatcher: NSObject, URLSessionDataDelegate, Sendable {
    let log: RedirectLog
    let events: AsyncStream<ExchangeEvent>.Continuation

    init(log: RedirectLog, events: AsyncStream<ExchangeEvent>.Continuation) {
        self.log = log
        self.events = events
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let hop = RedirectLog.Hop(status: response.statusCode, location: request.url?.absoluteString ?? "")
        let log = log
        Task {
            // nil stops following: the task ends with this redirect's own answer.
            completionHandler(await log.follow(hop) ? request : nil)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        events.yield(.head(status: (response as? HTTPURLResponse)?.statusCode))
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        // After `.cancel` above this is the cancellation, which comes second and is not read.
        events.yield(.ended(error.map { $0 as? URLError ?? URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: "\($0)"]) }))
        events.finish()
    }
}
