import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// How much of a request's head the preview reads before it answers 414 or 431 and closes.
///
/// SwiftNIO's HTTP parser enforces them as the bytes arrive, on its own threads: an oversized
/// request costs what it sent, never more, and other clients are not slowed.
enum RequestLimits {
    /// The request target (`/imnm/symptoms/?q=…`), and a header's name or its value: NIO's
    /// `maxHeaderFieldSize` counts each of them alone.
    static let lineBytes = 16 * 1024
    /// All the headers of a request together, the target included.
    static let headBytes = 64 * 1024
    static let headerCount = 100
    /// How long a refused client gets to read the answer before the connection is closed.
    static let lingerAfterRefusal: TimeAmount = .seconds(1)
    /// How long a response under way may still take once the server is stopping.
    static let finishAfterStop: TimeAmount = .milliseconds(100)

    static let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
        maxHeaderFieldSize: lineBytes, maxHeaderListSize: headBytes, maxHeaderFieldCount: headerCount
    )
}

/// The preview's HTTP/1.1 connections: Hummingbird's, with the two handlers below, which turn
/// NIO's "head too large" and "invalid method" errors (Hummingbird answers both with a bare 400)
/// into the status that says what was wrong.
struct PreviewChannel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let http1: HTTP1Channel
    let idleTimeout: TimeAmount

    init(responder: @escaping HTTPChannelHandler.Responder, idleTimeout: Duration) {
        let nanoseconds = idleTimeout.components.seconds * 1_000_000_000 + idleTimeout.components.attoseconds / 1_000_000_000
        self.idleTimeout = .nanoseconds(max(1_000_000, nanoseconds))
        http1 = HTTP1Channel(responder: responder, configuration: .init(
            additionalChannelHandlers: [RefusedHeadResponder()],
            idleTimeout: self.idleTimeout,
            httpDecoderConfiguration: RequestLimits.decoder
        ))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(RequestLineWatcher(), position: .first)
            try channel.pipeline.syncOperations.addHandler(ConnectionDeadlines(stalledAfter: idleTimeout), position: .first)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// Sits before the HTTP parser and measures the current request's target (`/imnm/?q=…`, the
/// bytes between the first space of the request line and its last), so that an oversized head
/// can be answered 414 (the target passed `RequestLimits.lineBytes`) or 431 (a header, or all of
/// them, did). NIO reports "head too large" alike for both. It only looks for spaces and the
/// line feed in the raw bytes; the parsing is NIO's. (A pipelined request that arrived in the
/// same read as the head before it is measured from the wrong place: it may get 414 for its
/// headers or 431 for its target, still a refusal.)
final class RequestLineWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// Bytes of the current request line seen so far (while it has not ended).
    private var lineLength = 0
    private var firstSpace: Int?
    private var lastSpace: Int?
    /// The target's length once the request line ended; nil while it has not.
    private(set) var targetLength: Int?

    /// True when the head was refused for its target rather than its headers.
    var targetTooLong: Bool {
        guard let targetLength else { return true }  // the parser gave up inside the request line
        return targetLength > RequestLimits.lineBytes
    }

    /// A new request begins with the next byte.
    func reset() {
        (lineLength, firstSpace, lastSpace, targetLength) = (0, nil, nil, nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Past the limit and a little, the parser has refused the line already.
        if targetLength == nil, lineLength <= RequestLimits.lineBytes + 64 {
            measure(unwrapInboundIn(data).readableBytesView)
        }
        context.fireChannelRead(data)
    }

    private func measure(_ bytes: ByteBufferView) {
        for byte in bytes {
            if lineLength > RequestLimits.lineBytes + 64 { return }
            switch byte {
            case UInt8(ascii: " "):
                if firstSpace == nil { firstSpace = lineLength }
                lastSpace = lineLength
            case UInt8(ascii: "\n"):
                if let firstSpace, let lastSpace, lastSpace > firstSpace {
                    targetLength = lastSpace - firstSpace - 1
                } else {
                    targetLength = lineLength  // not `METHOD target VERSION`: the parser refuses it anyway
                }
                return
            default:
                break
            }
            lineLength += 1
        }
    }
}

/// After the HTTP parser: answers a head that broke `RequestLimits` with 414 URI Too Long or 431
/// Request Header Fields Too Large, and a method name the parser does not know (`BREW`) with 405
/// like any other method but GET and HEAD; then closes the connection.
final class RefusedHeadResponder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private var refused = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            (try? context.pipeline.syncOperations.handler(type: RequestLineWatcher.self))?.reset()
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // After the answer, the parser reports each further read as an error: ignore them.
        if refused { return }
        guard let parserError = error as? HTTPParserError, parserError == .headerOverflow || parserError == .invalidMethod else {
            context.fireErrorCaught(error)
            return
        }
        refused = true
        let status: HTTPResponse.Status
        let text: String
        var fields: HTTPFields = [:]
        if parserError == .invalidMethod {
            (status, text) = (.methodNotAllowed, "405 Method Not Allowed: the preview answers GET and HEAD only\n")
            fields[.allow] = "GET, HEAD"
        } else if !((try? context.pipeline.syncOperations.handler(type: RequestLineWatcher.self))?.targetTooLong ?? false) {
            (status, text) = (.requestHeaderFieldsTooLarge,
                              "431 Request Header Fields Too Large: the preview reads at most \(RequestLimits.headBytes / 1024) KB of headers, \(RequestLimits.lineBytes / 1024) KB in one header\n")
        } else {
            (status, text) = (.uriTooLong, "414 URI Too Long: the preview reads request lines of at most \(RequestLimits.lineBytes / 1024) KB\n")
        }
        let body = ByteBuffer(string: text)
        fields[.contentType] = "text/plain; charset=utf-8"
        fields[.contentLength] = String(body.readableBytes)
        fields[.connection] = "close"
        fields[.cacheControl] = "no-store"
        let head = HTTPResponse(status: status, headerFields: fields)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        // Close only our side at first: closing while the client is still sending would reset the
        // connection and could throw away the answer before the client reads it.
        let loopBound = context.loopBound
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            loopBound.value.close(mode: .output, promise: nil)
        }
        context.eventLoop.assumeIsolated().scheduleTask(in: RequestLimits.lingerAfterRefusal) {
            loopBound.value.close(promise: nil)
        }
    }
}
