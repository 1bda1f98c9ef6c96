import Foundation
import SitegenImages
import SitegenModel
import Testing

/// Sizes read from real files with libvips, and the copies planned for wide ones.
@Suite struct ImageHeaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    func read(_ name: String, outputPath: String? = nil) -> ImageReading {
        ImageHeader.read(Self.fixtures + "/" + name, outputPath: outputPath ?? "imnm/" + name, stamp: "s")
    }

    @Test func sizesOfEveryFormatComeFromTheHeader() {
        #expect(read("small.gif") == .image(ImageFacts(width: 300, height: 150, stamp: "s")))
        guard case .image(let jpeg) = read("wide.jpg"), case .image(let webp) = read("wide.webp") else {
            Issue.record("not read")
            return
        }
        #expect([jpeg.width, jpeg.height, webp.width, webp.height] == [1600, 800, 1320, 660] as [Int])
    }

    @Test func aWideImageGetsCopiesBesideItNarrowerThanItself() {
        guard case .image(let png) = read("wide.png", outputPath: "imnm/Wide Chart.png"),
              case .image(let webp) = read("wide.webp") else {
            Issue.record("not read")
            return
        }
        #expect(png.variants.map(\.outputPath) == ["imnm/Wide Chart-480w.png", "imnm/Wide Chart-800w.png", "imnm/Wide Chart-1200w.png"])
        #expect(webp.variants.map(\.width) == [480, 800, 1200])
        #expect(webp.variants.map(\.format) == ["webp", "webp", "webp"])
    }

    @Test func aGIFsCopiesArePNG() {
        #expect(ImageHeader.plan(width: 1500, format: "gif", outputPath: "a/b.gif").map(\.outputPath) == ["a/b-480w.png", "a/b-800w.png", "a/b-1200w.png"])
        #expect(ImageHeader.plan(width: 1500, format: "jpeg", outputPath: "a/b.JPG").map(\.outputPath) == ["a/b-480w.JPG", "a/b-800w.JPG", "a/b-1200w.JPG"])
        #expect(ImageHeader.plan(width: 1200, format: "png", outputPath: "b.png").isEmpty)
    }

    @Test func aFileThatIsNoImageIsAProblem() {
        #expect(read("not-an-image.png") == .problem("is not a PNG, JPEG, GIF or WebP image (its bytes are no image format sitegen knows); save it as PNG or JPEG from an image editor"))
    }

    /// A TIFF (a scanner's format) saved with the name of a JPEG.
    @Test func anImageInAFormatNotEveryBrowserShowsIsAProblem() {
        #expect(read("tiff-named-jpg.jpg") == .problem("is a TIFF image, which not every browser shows; save it as PNG or JPEG"))
    }

    /// 10,001 × 10,001 black pixels in 12 KB: refused from its header, never decoded.
    @Test func aPictureOfTooManyPixelsIsAProblem() {
        #expect(read("too-many-pixels.png") == .problem("is 10001 × 10001 pixels, more than the 100 megapixels sitegen publishes; make it smaller in an image editor (2400 pixels wide is plenty)"))
    }

    @Test func aCutOffImageIsAProblem() {
        #expect(read("cut-off.png") == .problem("is damaged (its header cannot be read); open it in an image editor and save it again as PNG or JPEG"))
    }
}

/// Copies made with libvips: the width asked for, and the same bytes every time.
@Suite struct ImageResizerTests {
    @Test(arguments: ["png", "jpeg", "webp"])
    func copiesAreTheWidthAskedForAndTheSameBytesEveryTime(format: String) throws {
        let source = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ImageHeaderTests.fixtures + "/wide.png")))
        let first = try ImageResizer.resize(source, width: 480, format: format).get()
        let second = try ImageResizer.resize(source, width: 480, format: format).get()
        #expect(first == second)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-resize-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(first).write(to: file)
        #expect(ImageHeader.read(file.path, outputPath: "x.\(format)", stamp: "") == .image(ImageFacts(width: 480, height: 240, stamp: "")))
    }

    @Test func bytesThatAreNoImageAreAFailureWithLibvipsReason() {
        guard case .failure(let failure) = ImageResizer.resize(Array("no picture".utf8), width: 480, format: "png") else {
            Issue.record("resized")
            return
        }
        #expect(failure.message == "VipsForeignLoad: buffer is not in a known format")
    }
}
