import CVipsShim
import SitegenModel

/// The size of an image beside the pages, read from its header with libvips (never decoded
/// here: libvips opens files lazily), and the smaller copies it will get.
package enum ImageHeader {
    /// The files read as images, by extension: the formats every browser shows.
    package static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp"]

    /// Larger images are refused: a small file can hold a huge picture, which would take minutes
    /// to make smaller (and a browser's memory to show).
    package static let largestPixels = 100_000_000

    /// Whether the file at `outputPath` (or any path) is read as an image.
    package static func isImage(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The image at `file` (absolute), published at `outputPath`; `stamp` tells this version of
    /// the file from the next.
    package static func read(_ file: String, outputPath: String, stamp: String) -> ImageReading {
        var header = sitegen_image_header()
        let result = sitegen_image_read_header(file, &header)
        let format = withUnsafeBytes(of: header.format) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch Int(result) {
        case Int(SITEGEN_IMAGE_OK): break
        case Int(SITEGEN_IMAGE_UNREADABLE):
            return .problem("is damaged (its header cannot be read); open it in an image editor and save it again as PNG or JPEG")
        case Int(SITEGEN_IMAGE_NO_LIBRARY):
            return .problem("could not be read, because libvips (the image library) did not start; reinstall sitegen with its libraries")
        default:
            return .problem("is not a PNG, JPEG, GIF or WebP image (its bytes are no image format sitegen knows); save it as PNG or JPEG from an image editor")
        }
        guard ["png", "jpeg", "gif", "webp"].contains(format) else {
            return .problem("is a \(format.uppercased()) image, which not every browser shows; save it as PNG or JPEG")
        }
        let width = Int(header.width), height = Int(header.height)
        if width * height > largestPixels {
            return .problem("is \(width) × \(height) pixels, more than the \(largestPixels / 1_000_000) megapixels sitegen publishes; make it smaller in an image editor (\(ImageFacts.largestVariant * 2) pixels wide is plenty)")
        }
        // An animated image's copies would keep only its first frame.
        let variants = header.pages > 1 ? [] : plan(width: width, format: format, outputPath: outputPath)
        return .image(ImageFacts(width: width, height: height, variants: variants, stamp: stamp))
    }

    /// The smaller copies of an image `width` pixels wide: none up to `ImageFacts.largestVariant`.
    /// A GIF's are PNG (browsers show it, and it keeps every colour); the others keep their format.
    package static func plan(width: Int, format: String, outputPath: String) -> [ImageVariant] {
        guard width > ImageFacts.largestVariant else { return [] }
        let copyFormat = format == "gif" ? "png" : format
        let slash = outputPath.lastIndex(of: "/").map { outputPath.index(after: $0) } ?? outputPath.startIndex
        let dot = outputPath[slash...].lastIndex(of: ".") ?? outputPath.endIndex
        let stem = outputPath[..<dot]
        let written = dot < outputPath.endIndex ? String(outputPath[outputPath.index(after: dot)...]) : ""
        let fits = copyFormat == "jpeg" ? ["jpg", "jpeg"].contains(written.lowercased()) : written.lowercased() == copyFormat
        let ext = fits ? written : (copyFormat == "jpeg" ? "jpg" : copyFormat)
        return ImageFacts.variantWidths.filter { $0 < width }.map {
            ImageVariant(width: $0, outputPath: "\(stem)-\($0)w.\(ext)", format: copyFormat)
        }
    }
}
