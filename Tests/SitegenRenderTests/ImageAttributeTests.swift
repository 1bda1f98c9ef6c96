import Testing
@testable import SitegenModel
@testable import SitegenRender

/// The attributes sitegen adds to cmark's `<img>`: sizes, copies, lazy loading.
@Suite struct ImageAttributeTests {
    let facts = ImageFacts(width: 2400, height: 1200, variants: [
        ImageVariant(width: 480, outputPath: "imnm/muscle chart-480w.png", format: "png", source: .bytes([1])),
        ImageVariant(width: 800, outputPath: "imnm/muscle chart-800w.png", format: "png", source: nil),
    ], stamp: "")

    @Test func copiesAreBesideTheImageWithTheirNamesEncodedAndOnlyThoseMade() {
        #expect(MarkdownDocument.imageAttributes(facts, url: "../muscle%20chart.png", lazy: false)
            == #" width="2400" height="1200" srcset="../muscle%20chart-480w.png 480w, ../muscle%20chart.png 2400w" sizes="(min-width: 48rem) 44rem, 100vw""#)
    }

    @Test func anAbsoluteAddressWithAQueryKeepsItsFolder() {
        #expect(MarkdownDocument.imageAttributes(facts, url: "https://example.org/imnm/muscle%20chart.png?v=2", lazy: true)
            == #" width="2400" height="1200" srcset="https://example.org/imnm/muscle%20chart-480w.png 480w, https://example.org/imnm/muscle%20chart.png 2400w" sizes="(min-width: 48rem) 44rem, 100vw" loading="lazy" decoding="async""#)
    }

    @Test func anImageOfUnknownSizeOnlyLoadsLazily() {
        #expect(MarkdownDocument.imageAttributes(nil, url: "https://example.org/x.svg", lazy: true) == #" loading="lazy" decoding="async""#)
        #expect(MarkdownDocument.imageAttributes(nil, url: "x.svg", lazy: false) == "")
    }

    @Test func namesInOtherScriptsAreEncodedAsCmarkEncodesTheSource() {
        let chinese = ImageFacts(width: 1600, height: 800, variants: [ImageVariant(width: 480, outputPath: "糖尿病/图表-480w.png", format: "png", source: .bytes([1]))], stamp: "")
        #expect(MarkdownDocument.imageAttributes(chinese, url: "../%E5%9B%BE%E8%A1%A8.png", lazy: false)
            == #" width="1600" height="800" srcset="../%E5%9B%BE%E8%A1%A8-480w.png 480w, ../%E5%9B%BE%E8%A1%A8.png 1600w" sizes="(min-width: 48rem) 44rem, 100vw""#)
    }
}
