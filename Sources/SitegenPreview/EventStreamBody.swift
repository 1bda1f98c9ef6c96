import Hummingbird
import NIOCore

/// A response body that never ends by itself: the bytes of Server-Sent Events as they are sent to
/// one client (chunked transfer encoding). It ends when the stream is finished (server stopping)
/// or the client goes away (the write fails).
enum EventStreamBody {
    static func body(_ stream: AsyncStream<[UInt8]>) -> ResponseBody {
        ResponseBody { writer in
            for await bytes in stream {
                try await writer.write(ByteBuffer(bytes: bytes))
            }
            try await writer.finish(nil)
        }
    }
}
