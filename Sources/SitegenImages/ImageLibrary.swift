import CVipsShim

/// libvips as sitegen uses it: its version (part of the image cache's key) and glib's SHA-256,
/// which comes with it.
package enum ImageLibrary {
    /// Like "8.14.1"; "" if libvips did not start.
    package static var version: String {
        guard sitegen_vips_start() == 0, let text = sitegen_vips_version() else { return "" }
        return String(cString: text)
    }

    /// The SHA-256 of `bytes`, in lower-case hex.
    package static func sha256(_ bytes: [UInt8]) -> String {
        var hex = [CChar](repeating: 0, count: 65)
        bytes.withUnsafeBytes { buffer in sitegen_sha256_hex(buffer.baseAddress, buffer.count, &hex) }
        return String(decoding: hex.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
