import Foundation

/// Reads a file the user wrote as text, turning every way that can fail into a clear message.
enum TextFile {
    /// - Parameters:
    ///   - file: absolute path to read.
    ///   - path: the same file relative to the site folder, for messages.
    static func read(_ file: String, path: String) -> Result<String, Diagnostic> {
        switch bytes(of: file) {
        case .success(let bytes): return decode(bytes, path: path)
        case .failure(let error):
            return .failure(.error(path, "cannot read the file (\(reason(for: error, file: file))); check that it exists and that you may read it"))
        }
    }

    /// The whole file, sized by `fstat` so one `read` usually takes it all: every page is read on
    /// every build, and Foundation's `Data(contentsOf:)` with a file `URL` cost more than the read.
    static func bytes(of file: String) -> Result<[UInt8], POSIXError> {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Self.error(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Self.error(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(POSIXError(.EISDIR)) }
        // One spare byte: a read that does not fill the buffer tells the end was reached.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Self.error(errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    private static func error(_ number: Int32) -> POSIXError { POSIXError(POSIXErrorCode(rawValue: number) ?? .EIO) }

    /// UTF-8 only: a file saved as Latin-1 or UTF-16 would otherwise publish garbled text.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])  // editors on Windows add a BOM
        let content = bytes[(hasBOM ? 3 : 0)...]
        // The standard library's validation is the fast path; the scalar walk below only finds
        // where a bad file goes wrong, for the message.
        if let text = String(validating: content, as: UTF8.self) { return .success(text) }
        let body = Array(content)
        guard let bad = firstInvalidUTF8(body) else { return .success(String(decoding: body, as: UTF8.self)) }
        let line = body[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let byte = String(body[bad], radix: 16, uppercase: true)
        return .failure(.error(path, line: line, "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte) cannot be read); save it as UTF-8 in your editor"))
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil if all is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func reason(for error: POSIXError, file: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            return "it is a folder"
        }
        if !FileManager.default.fileExists(atPath: file) {
            return "it does not exist or is a broken link"
        }
        if !FileManager.default.isReadableFile(atPath: file) { return "permission denied" }
        return String(cString: strerror(error.code.rawValue))
    }
}
