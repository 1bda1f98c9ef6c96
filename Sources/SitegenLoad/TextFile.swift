import Foundation
import SitegenModel
import SitegenFileSystem

/// Reads a file the user wrote as text, turning every way that can fail into a clear message.
package enum TextFile {
    /// - Parameters:
    ///   - file: absolute path to read.
    ///   - path: the same file relative to the site folder, for messages.
    package static func read(_ file: String, path: String) -> Result<String, Diagnostic> {
        readWithBytes(file, path: path).map(\.text)
    }

    /// The text and the bytes it was read from (with a byte order mark, if it had one), for a
    /// command that writes the file back (`sitegen move`).
    package static func readWithBytes(_ file: String, path: String) -> Result<(text: String, bytes: [UInt8]), Diagnostic> {
        let kind = Kind(path)
        switch FileBytes.read(file, limit: kind.limit) {
        case .success(let bytes): return decode(bytes, path: path).map { ($0, bytes) }
        case .failure(let error) where error.code == EFBIG:
            return .failure(.error(path, "the file is larger than \(kind.limit.described), the most sitegen reads as \(kind.name); \(kind.fix)"))
        case .failure(let error) where error.code == ENODEV:
            return .failure(.error(path, "is not a regular file (\(FileStatus(file, followingLinks: true)?.kind.name ?? "a special file")), so it is not read; remove it or replace it with a regular file"))
        case .failure(let error):
            return .failure(.error(path, "cannot read the file (\(reason(for: error))); check that it exists and that you may read it"))
        }
    }

    /// What a text file is, by its name, which decides how large it may be.
    enum Kind {
        case page, template, yaml

        init(_ path: String) {
            let name = path.lowercased()
            self = name.hasSuffix(".md") ? .page : name.hasSuffix(".mustache") ? .template : .yaml
        }

        var limit: ReadLimit {
            switch self {
            case .page: .page
            case .template: .template
            case .yaml: .yaml
            }
        }

        var name: String {
            switch self {
            case .page: "a page"
            case .template: "a template"
            case .yaml: "a YAML file"
            }
        }

        var fix: String {
            switch self {
            case .page: "split it into several pages"
            case .template: "move parts of it into partials in templates/partials/"
            case .yaml: "make it smaller"
            }
        }
    }

    /// UTF-8 only: a file saved as Latin-1 or UTF-16 would otherwise publish garbled text.
    package static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])  // editors on Windows add a BOM
        let content = bytes[(hasBOM ? 3 : 0)...]
        // The standard library's validation is the fast path; the scalar walk below only finds
        // where a bad file goes wrong, for the message.
        if let text = String(validating: content, as: UTF8.self) {
            // Valid UTF-8 may hold U+0000, which cmark ends a document at (losing the rest of
            // the page) and HTML does not allow.
            if let nul = content.firstIndex(of: 0) {
                let line = content[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                return .failure(.error(path, line: line, "the file contains a NUL character (byte 0x00), which cannot be published; delete it (it often comes from text pasted out of another program)"))
            }
            // Other controls HTML forbids pass through cmark into the page (Word's line break
            // pastes as U+000B). C0 controls and DEL are single bytes; C1 ones are 0xC2 0x80–0x9F.
            if let (offset, scalar) = firstForbiddenControl(content) {
                let line = content[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                return .failure(.error(path, line: line, "the file contains the control character \(scalar.codePointName), which no web page may contain; delete it (it often comes from text pasted out of another program)"))
            }
            return .success(text)
        }
        let body = Array(content)
        guard let bad = firstInvalidUTF8(body) else { return .success(String(decoding: body, as: UTF8.self)) }
        let line = body[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let byte = String(body[bad], radix: 16, uppercase: true)
        return .failure(.error(path, line: line, "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte) cannot be read); save it as UTF-8 in your editor"))
    }

    /// The offset and character of the first control HTML forbids in valid UTF-8, or nil.
    static func firstForbiddenControl(_ bytes: ArraySlice<UInt8>) -> (Int, Unicode.Scalar)? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F, Unicode.Scalar(byte).isControlForbiddenInHTML { return (index, Unicode.Scalar(byte)) }
            if byte == 0xC2, index + 1 < bytes.endIndex, (0x80...0x9F).contains(bytes[index + 1]) {
                return (index, Unicode.Scalar(bytes[index + 1]))
            }
            index += 1
        }
        return nil
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

    private static func reason(for error: SystemError) -> String {
        switch error.code {
        case EISDIR: "it is a folder"
        case ENOENT, ENOTDIR, ELOOP: "it does not exist or is a broken link"
        case EACCES, EPERM: "permission denied"
        default: String(cString: strerror(error.code))
        }
    }
}
