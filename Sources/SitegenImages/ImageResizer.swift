import CVipsShim

/// Makes an image's smaller copies with libvips. The bytes depend only on the source's bytes,
/// the width, the format, `settings` and the libvips version: metadata is stripped, and
/// libvips' PNG, JPEG and WebP encoders give the same bytes every time (checked in the tests).
package enum ImageResizer {
    /// Everything besides the source, width and format that changes a copy's bytes; part of the
    /// image cache's key, so a change here makes every copy again. (Mirrors vips_shim.c.)
    package static let settings = "thumbnail;jpeg Q80 strip;webp Q80 strip;png strip"

    /// `bytes` (a whole image file) `width` pixels wide, encoded as `format` ("png", "jpeg",
    /// "webp"), or libvips' reason why not.
    package static func resize(_ bytes: [UInt8], width: Int, format: String) -> Result<[UInt8], ResizeFailure> {
        var output: UnsafeMutableRawPointer?
        var length = 0
        var message = [CChar](repeating: 0, count: 512)
        let result = bytes.withUnsafeBytes { buffer in
            sitegen_image_resize(buffer.baseAddress, buffer.count, Int32(width), format, &output, &length, &message, message.count)
        }
        guard result == 0, let output else {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(ResizeFailure(message: text.split(separator: "\n").first.map(String.init) ?? "unknown error"))
        }
        defer { sitegen_image_free(output) }
        return .success(Array(UnsafeRawBufferPointer(start: output, count: length)))
    }

    package struct ResizeFailure: Error, Sendable {
        /// libvips' first line.
        package var message: String
    }
}
