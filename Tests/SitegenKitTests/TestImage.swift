import Foundation
import SitegenImages

/// Real image files for sites in tests: sitegen reads every image's size, so a few bytes that only
/// look like a PNG are an error.
enum TestImage {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SitegenImagesTests/Fixtures/wide.png")

    /// A PNG `width` pixels wide and half as high (at least 1), made with libvips.
    static func png(width: Int = 2) -> Data {
        guard let bytes = try? [UInt8](Data(contentsOf: source)), case .success(let png) = ImageResizer.resize(bytes, width: width, format: "png") else {
            return Data()
        }
        return Data(png)
    }
}
