import FlyingFox
import FlyingSocks

/// A response body that never ends by itself: the bytes of Server-Sent Events as they are sent to
/// one client. FlyingFox sends it with chunked transfer encoding; it ends when the stream is
/// finished (server stopping) or the client goes away (the write fails, the iterator is dropped).
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            guard await fill() else { return nil }
            let size = Swift.min(Swift.max(count, 1), pending.count)
            let chunk = pending.prefix(size)
            pending = pending.dropFirst(size)
            return chunk
        }

        /// Waits for the next event if everything so far was sent; false at the end of the stream.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let next = await base.next() else { return false }
                pending = next[...]
            }
            return true
        }
    }
}
