import Foundation

/// Reads a file the user wrote as text, turning every way that can fail into a clear message.
enum TextFile {
    /// - Parameters:
    ///   - file: absolute path to read.
    ///   - path: the same file relative to the site folder, for messages.
    static func read(_ file: String, path: String) -> Result<String, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failure(.error(path, "cannot read the file (\(reason(for: error, file: file))); check that it exists and that you may read it"))
        }
        return decode(data, path: path)
    }

    /// UTF-8 only: a file saved as Latin-1 or UTF-16 would otherwise publish garbled text.
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // editors on Windows add a BOM
        if let bad = firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return .failure(.error(path, line: line, "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte) cannot be read); save it as UTF-8 in your editor"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
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

    private static func reason(for error: Error, file: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            return "it is a folder"
        }
        if !FileManager.default.fileExists(atPath: file) {
            return "it does not exist or is a broken link"
        }
        if !FileManager.default.isReadableFile(atPath: file) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}
