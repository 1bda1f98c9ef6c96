import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers every request of the preview from the in-memory site in `PreviewState`.
///
/// - `GET`/`HEAD` only; any other method, made-up ones included, is `405 Method Not Allowed` with
///   `Allow: GET, HEAD`.
/// - `/imnm/` serves `imnm/index.html`; `/imnm` redirects (301) to `/imnm/`.
/// - Anything else not in the site, and any path that tries to leave it (`..`, `%2e%2e`, `%2f`,
///   backslashes, NUL), gets the site's `404.html` with status 404.
/// - HTML gets the live-reload script; every answer has `Cache-Control: no-store`, so the browser
///   always shows the latest build.
/// - `/__sitegen/events` is the Server-Sent Events stream; `/__sitegen/status` the state as JSON.
struct PreviewHandler: HTTPResponder {
    typealias Context = PreviewRequestContext
    let state: PreviewState

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            return Self.response(.methodNotAllowed, type: "text/plain; charset=utf-8",
                                 body: Data("405 Method Not Allowed: the preview answers GET and HEAD only\n".utf8),
                                 head: false, extra: [.allow: "GET, HEAD"])
        }
        // The target as sent (still percent-encoded): `RequestPath` decides what it may reach.
        let target = request.head.path ?? ""
        let rawPath = target.firstIndex(of: "?").map { String(target[..<$0]) } ?? target
        switch rawPath {
        case LiveReload.eventsPath:
            return await eventStream(head: isHead)
        case LiveReload.statusPath:
            return await status(head: isHead)
        case LiveReload.notesPath:
            return await notes(target: target, head: isHead)
        default:
            break
        }

        let (site, errors) = await state.current()
        guard let site else {
            // No good build yet: a page that shows the errors (over the event stream) and reloads
            // by itself when the site builds.
            return Self.response(.serviceUnavailable, type: ContentType.html,
                                 body: LiveReload.inject(into: Data(Self.placeholderPage(errors: errors).utf8), version: ""),
                                 head: isHead)
        }

        switch await site.lookup(RequestPath(raw: rawPath)) {
        case .file(let path, .bytes(let data)):
            let type = ContentType.forPath(path)
            let parts = ContentType.isHTML(type) ? LiveReload.parts(of: data, version: site.version) : [data]
            return Self.response(.ok, type: type, parts: parts, head: isHead, pace: context.eventLoop)
        case .file(let path, .source(let source)):
            guard let stamp = FileStamp(path: source), stamp.isRegularFile else {
                // Deleted since the build (the rebuild that follows drops it): not found.
                return notFound(site, head: isHead, pace: context.eventLoop)
            }
            return Self.response(.ok, type: ContentType.forPath(path), length: Int(stamp.size),
                                 body: isHead ? ResponseBody() : ChunkedBody.file(at: source, stamp: stamp, pace: context.eventLoop))
        case .folder:
            let query = target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) } ?? ""
            let location = rawPath + "/" + (query.isEmpty ? "" : "?" + query)
            return Self.response(.movedPermanently, type: "text/plain; charset=utf-8",
                                 body: Data("Moved to \(location)\n".utf8), head: isHead, extra: [.location: location])
        case .notFound:
            return notFound(site, head: isHead, pace: context.eventLoop)
        }
    }

    private func notFound(_ site: PreviewSite, head: Bool, pace: any EventLoop) -> Response {
        if let page = site.notFoundPage {
            return Self.response(.notFound, type: ContentType.html, parts: LiveReload.parts(of: page, version: site.version),
                                 head: head, pace: pace)
        }
        return Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data("404 Not Found\n".utf8), head: head)
    }

    private func eventStream(head: Bool) async -> Response {
        var headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-store",
        ]
        guard !head else { return Response(status: .ok, headers: headers) }
        headers[.accelBuffering] = "no"
        let stream = await state.subscribe()
        return Response(status: .ok, headers: headers, body: EventStreamBody.body(stream))
    }

    struct Status: Codable, Equatable {
        /// True when the latest build succeeded.
        var ok: Bool
        /// Version of the site being served; nil before the first good build.
        var version: String?
        /// The latest build's errors, `path:line: error: message`.
        var errors: [String]
        var pages: Int
        var files: Int
        var lastBuildMilliseconds: Int?
    }

    private func status(head: Bool) async -> Response {
        let (site, errors) = await state.current()
        let milliseconds = await state.lastBuildMilliseconds
        let status = Status(ok: errors.isEmpty && site != nil, version: site?.version, errors: errors,
                            pages: site?.pageCount ?? 0, files: await site?.fileCount() ?? 0,
                            lastBuildMilliseconds: milliseconds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(status)) ?? Data("{}".utf8)
        return Self.response(.ok, type: "application/json; charset=utf-8", body: body + Data("\n".utf8), head: head)
    }

    /// The warnings and suggestions of the page `?page=/imnm/symptoms/` names (as the page's own
    /// address, percent-encoded), as JSON: `{"notes":[{"severity":…,"text":…}]}`. None for an
    /// address that is no page.
    private func notes(target: String, head: Bool) async -> Response {
        let query = target.firstIndex(of: "?").map { target[target.index(after: $0)...] } ?? ""
        let page = query.split(separator: "&").first { $0.hasPrefix("page=") }.map { String($0.dropFirst("page=".count)) } ?? ""
        // The page sends encodeURIComponent(location.pathname): decode once to the path as sent.
        let path = page.removingPercentEncoding ?? ""
        var notes: [PreviewNote] = []
        if case .file(let key) = RequestPath(raw: path), let site = await state.current().site { notes = site.notes(forPage: key) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(["notes": notes])) ?? Data("{\"notes\":[]}".utf8)
        return Self.response(.ok, type: "application/json; charset=utf-8", body: body + Data("\n".utf8), head: head)
    }

    static func response(_ status: HTTPResponse.Status, type: String, body: Data, head: Bool,
                         extra: [HTTPField.Name: String] = [:]) -> Response {
        response(status, type: type, parts: [body], head: head, extra: extra)
    }

    /// Large bodies go in chunks, as the client takes them (`ChunkedBody`).
    static func response(_ status: HTTPResponse.Status, type: String, parts: [Data], head: Bool,
                         pace: (any EventLoop)? = nil, extra: [HTTPField.Name: String] = [:]) -> Response {
        response(status, type: type, length: parts.reduce(0) { $0 + $1.count },
                 body: head ? ResponseBody() : ChunkedBody.memory(parts, pace: pace), extra: extra)
    }

    /// HEAD: the same headers as GET (its length included), no body.
    static func response(_ status: HTTPResponse.Status, type: String, length: Int, body: ResponseBody,
                         extra: [HTTPField.Name: String] = [:]) -> Response {
        var headers: HTTPFields = [
            .contentType: type,
            .cacheControl: "no-store",
            .contentTypeOptions: "nosniff",
        ]
        for (name, value) in extra { headers[name] = value }
        headers[.contentLength] = String(length)
        return Response(status: status, headers: headers, body: body)
    }

    static func placeholderPage(errors: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>The site does not build yet – sitegen serve</title></head>
        <body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
        <h1>The site does not build yet</h1>
        <p>sitegen found \(errors.count == 1 ? "an error" : "\(errors.count) errors"). They are listed in the terminal and below. \
        Fix them and save: this page reloads by itself when the site builds.</p>
        </body>
        </html>

        """
    }
}

/// Hummingbird's request context, and the event loop of the request's connection, which
/// `ChunkedBody` paces its writes by.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let eventLoop: any EventLoop

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        eventLoop = source.channel.eventLoop
    }
}

extension HTTPField.Name {
    static let accelBuffering = HTTPField.Name("X-Accel-Buffering")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
