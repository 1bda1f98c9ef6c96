import NIOCore

/// Closes a connection that would otherwise stay open for as long as its client likes, holding
/// a task and a socket:
///
/// - a client that asked for a file and stopped reading it: once NIO's buffer for it is full
///   (the channel is not writable), it has `stalledAfter` to read some of it, as long as an idle
///   connection is kept (Hummingbird's idle timeout does not count a response being written);
/// - any connection, `RequestLimits.finishAfterStop` after the server began to stop: requests
///   under way get that long to finish (most take milliseconds), then the connection is closed,
///   so that the graceful shutdown in `PreviewServer.stop` always ends.
///
/// It sits first in the pipeline, where both events arrive, and only watches: every event is
/// passed on unchanged.
final class ConnectionDeadlines: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let stalledAfter: TimeAmount
    private var stalled: Scheduled<Void>?
    private var stopping: Scheduled<Void>?

    init(stalledAfter: TimeAmount) {
        self.stalledAfter = stalledAfter
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            stalled?.cancel()
            stalled = nil
        } else if stalled == nil {
            stalled = closeLater(context, in: stalledAfter)
        }
        context.fireChannelWritabilityChanged()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent, stopping == nil {
            stopping = closeLater(context, in: RequestLimits.finishAfterStop)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimers()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimers()
    }

    private func closeLater(_ context: ChannelHandlerContext, in delay: TimeAmount) -> Scheduled<Void> {
        let loopBound = context.loopBound
        return context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            loopBound.value.close(promise: nil)
        }
    }

    private func cancelTimers() {
        stalled?.cancel()
        stopping?.cancel()
        stalled = nil
        stopping = nil
    }
}
