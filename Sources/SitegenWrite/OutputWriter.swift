import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a finished site so that readers and deploy tools only ever see a whole one, and so that
/// files whose bytes did not change keep their modification time (rsync and deploy tools then
/// send only what changed).
///
/// The new site is assembled in a hidden sibling folder: a file identical to the one already
/// published is hard-linked from it (same inode, same mtime), any other file is written anew, and
/// files that no longer belong are simply not carried over. Only when every file is in place is the
/// folder swapped with the old output. A failure at any point leaves the previous site as it was.
/// The output is sitegen's by proof: see `StagedSite` (the manifest) and `OutputLock`.
public enum OutputWriter {
    public struct Outcome: Sendable, Equatable {
        /// Files whose bytes are new or changed.
        public var written: Int
        /// Files carried over untouched.
        public var unchanged: Int
        /// Files of the previous site that are gone.
        public var removed: Int
        /// Things the user should know though the site was published.
        public var warnings: [String] = []
    }

    /// Writes `files` as the whole new site (see `StagedSite` to hand them over in batches).
    /// - Parameters:
    ///   - output: absolute path of the output folder.
    ///   - displayPath: the same folder as the user named it, for messages.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: String, displayPath: String) async throws(BuildFailure) -> Outcome {
        let location = try OutputLocation(output: output, shown: displayPath)
        let lock = try await OutputLock.acquire(location, whileWaiting: nil)
        defer { lock.release() }
        let site = try StagedSite(location)
        await site.add(files)
        return try site.commit()
    }

    /// Puts one file into the staging folder: a hard link to the published file when the bytes
    /// are the same (so it keeps its modification time), else the new bytes. True when written.
    static func place(_ file: OutputFile, in staging: String, replacing target: String, existed: Bool) throws(BuildFailure) -> Bool {
        let destination = staging + "/" + file.path
        let old = target + "/" + file.path
        do {
            switch file.contents {
            case .text(var text):
                // Pages are most of a build's files: their bytes go from the string to the file
                // (or are compared with the published one) with no copy.
                return try text.withUTF8 { try place(UnsafeRawBufferPointer($0), at: destination, replacing: old, existed: existed) }
            case .copy(let source):
                let bytes = try FileBytes.read(source, limit: .copied).get()
                return try bytes.withUnsafeBytes { try place($0, at: destination, replacing: old, existed: existed) }
            case .bytes(let bytes):
                return try bytes.withUnsafeBytes { try place($0, at: destination, replacing: old, existed: existed) }
            }
        } catch {
            throw BuildFailure([.error(file.path, "cannot write \(file.path) (\(error.localizedDescription))")])
        }
    }

    private static func place(_ bytes: UnsafeRawBufferPointer, at destination: String, replacing old: String, existed: Bool) throws -> Bool {
        if existed, unchanged(old, bytes), link(old, destination) == 0 { return false }
        try create(destination, with: bytes)
        return true
    }

    /// A new file holding `bytes` (permissions 0666 less the umask, as Foundation creates them).
    private static func create(_ path: String, with bytes: UnsafeRawBufferPointer) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw SystemError(code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            offset += written
        }
    }

    /// Byte-for-byte comparison with the published file: exact, and as cheap as hashing both.
    private static func unchanged(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        // Only a file exactly as long as the new bytes is read, and no longer than a copied file may be.
        guard FileStatus(path)?.size == bytes.count, case .success(let existing) = FileBytes.read(path, limit: .copied) else { return false }
        return existing.withUnsafeBytes { old in
            guard old.count == bytes.count, let oldStart = old.baseAddress, let newStart = bytes.baseAddress else { return old.count == bytes.count }
            return memcmp(oldStart, newStart, bytes.count) == 0
        }
    }
}

/// The C library's `write`, which `OutputWriter.write` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
