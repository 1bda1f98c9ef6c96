/// What the build knows of an image beside the pages (PNG, JPEG, GIF or WebP): read from its
/// header by Load, its smaller copies made by the build, so that Render writes `width`, `height`
/// and `srcset` without touching the disk.
public enum ImageReading: Sendable, Hashable {
    case image(ImageFacts)
    /// Why the file cannot be shown as an image, as the end of a sentence that starts "image
    /// 'rash.png' …", with the fix: reported at each line that shows it.
    case problem(String)
}

public struct ImageFacts: Sendable, Hashable {
    /// As shown, after the EXIF orientation a browser applies.
    public var width: Int
    public var height: Int
    /// Smaller copies for phones, narrowest first; none for an image at most
    /// `ImageFacts.largestVariant` pixels wide.
    public var variants: [ImageVariant]
    /// The file's size and modification time when its header was read: a file saved again is read
    /// again, and its copies made again.
    public var stamp: String

    /// Images wider than this get smaller copies, and copies are at most this wide: a phone's
    /// screen (390 px at 3 device pixels per px) or the text column on a computer needs no more.
    public static let largestVariant = 1200
    public static let variantWidths = [480, 800, largestVariant]

    package init(width: Int, height: Int, variants: [ImageVariant] = [], stamp: String) {
        self.width = width
        self.height = height
        self.variants = variants
        self.stamp = stamp
    }
}

/// One smaller copy of an image, published beside it (`rash-480w.png` beside `rash.png`).
public struct ImageVariant: Sendable, Hashable {
    public var width: Int
    /// Path relative to the output root.
    public var outputPath: String
    /// "png", "jpeg" or "webp": a GIF's copies are PNG (its one frame; an animated GIF gets none).
    public var format: String
    /// The copy's bytes, once the build has made them (a file in the site's image cache); nil
    /// before, and the `srcset` leaves the copy out.
    public var source: Asset.Source?

    package init(width: Int, outputPath: String, format: String, source: Asset.Source? = nil) {
        self.width = width
        self.outputPath = outputPath
        self.format = format
        self.source = source
    }

    /// The copy's file name (its output path's last part).
    public var fileName: String { String(outputPath.split(separator: "/").last ?? Substring(outputPath)) }
}
