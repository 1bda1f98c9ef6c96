import Foundation
import Hummingbird
import NIOCore
import NIOFileSystem

/// Response bodies sent in chunks, each handed to the connection only once the client has taken
/// enough of the ones before, so that a client that reads slowly or not at all holds at most
/// NIO's buffer for the connection (64 KB, its high-water mark) and a chunk or two, whatever the
/// file's size. Before, every request for a file held a whole copy of it until the client took
/// it (80 unread requests for a 50 MB image held 4.1 GB).
///
/// Hummingbird's writer waits while the connection is not writable, but it learns that on the
/// connection's event loop: a writer faster than a busy event loop could queue many chunks there
/// before the first one made the connection unwritable (160 unread downloads of a 50 MB file held 1.8 GB).
/// So after each chunk the body also waits for the event loop to have taken it (`pace`).
enum ChunkedBody {
    static let chunkBytes = 64 * 1024

    /// Bytes in memory, given in parts (a page, the reload script, the rest of the page) that are
    /// sent one after another without being joined.
    static func memory(_ parts: [Data], pace: (any EventLoop)?) -> ResponseBody {
        let total = parts.reduce(0) { $0 + $1.count }
        if total <= chunkBytes {
            var buffer = ByteBuffer()
            buffer.reserveCapacity(total)
            for part in parts { buffer.writeBytes(part) }
            return ResponseBody(byteBuffer: buffer)
        }
        return ResponseBody(contentLength: total) { writer in
            for part in parts {
                var start = part.startIndex
                while start < part.endIndex {
                    let end = part.index(start, offsetBy: chunkBytes, limitedBy: part.endIndex) ?? part.endIndex
                    try await writer.write(ByteBuffer(bytes: part[start..<end]))
                    try await pace?.submit {}.get()
                    start = end
                }
            }
            try await writer.finish(nil)
        }
    }

    /// A file the build copies, read from disk as it is sent (on NIO's thread pool, not on the
    /// connections' queue). `stamp` is what `stat` said when the headers were made: the length
    /// sent is its size.
    ///
    /// A file that an editor changes while it is being sent must not reach the browser as a mix
    /// of two versions: the file is read through one descriptor (a save by rename leaves it on
    /// the old version), and before the last chunk is sent `fstat` must still give the same
    /// size, modification time and inode as at the start. If not, or if the file ends early, the
    /// connection is closed before the body is complete, which the browser reports as an error
    /// (its length is short of Content-Length) rather than showing it.
    static func file(at path: String, stamp: FileStamp, pace: any EventLoop) -> ResponseBody {
        ResponseBody(contentLength: Int(stamp.size)) { writer in
            let handle = try await FileSystem.shared.openFile(forReadingAt: FilePath(path), options: .init())
            do {
                guard try await unchanged(handle, since: stamp) else { throw FileChanged(path: path) }
                var offset: Int64 = 0
                while offset < stamp.size {
                    let length = min(Int64(chunkBytes), stamp.size - offset)
                    let chunk = try await handle.readChunk(fromAbsoluteOffset: offset, length: .bytes(length))
                    guard chunk.readableBytes > 0 else { throw FileChanged(path: path) }
                    offset += Int64(chunk.readableBytes)
                    if offset >= stamp.size, try await !unchanged(handle, since: stamp) { throw FileChanged(path: path) }
                    try await writer.write(chunk)
                    try await pace.submit {}.get()
                }
                try await handle.close()
            } catch {
                try? await handle.close()
                throw error
            }
            try await writer.finish(nil)
        }
    }

    private static func unchanged(_ handle: ReadFileHandle, since stamp: FileStamp) async throws -> Bool {
        let info = try await handle.info()
        if let status = info.platformSpecificStatus { return FileStamp(status) == stamp }
        let modified = Int64(info.lastDataModificationTime.seconds) * 1_000_000_000 + Int64(info.lastDataModificationTime.nanoseconds)
        return info.type == .regular && info.size == stamp.size && modified == stamp.modified
    }

    /// Ends the response early; Hummingbird then closes the connection.
    struct FileChanged: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) changed while it was being sent" }
    }
}
