import Testing
@testable import SitegenModel

@Suite struct URLPathTests {
    @Test func encodesUnicodeAsUTF8() {
        #expect(URLPath.encoded("糖尿病/") == "%E7%B3%96%E5%B0%BF%E7%97%85/")
        #expect(URLPath.encoded("ωμέγα/συμπτώματα/") == "%CF%89%CE%BC%CE%AD%CE%B3%CE%B1/%CF%83%CF%85%CE%BC%CF%80%CF%84%CF%8E%CE%BC%CE%B1%CF%84%CE%B1/")
    }

    @Test func leavesASCIISlugsAlone() {
        for location in ["", "imnm/", "imnm/symptoms/", "site.css", "imnm/diagram-2.png"] {
            #expect(URLPath.encoded(location) == location)
        }
    }

    @Test func encodesWhatAPathCannotHold() {
        #expect(URLPath.encoded("a b#c?d\"e<f>") == "a%20b%23c%3Fd%22e%3Cf%3E")
    }

    @Test func encodingTwiceChangesNothing() {
        for location in ["糖尿病/症状/", "a b/", "x%20y/", "ωμέγα/"] {
            let once = URLPath.encoded(location)
            #expect(URLPath.encoded(once) == once)
        }
    }

    @Test func relativeLinksAreEncoded() {
        #expect(RelativeURL.from("糖尿病/", to: "糖尿病/症状/") == "%E7%97%87%E7%8A%B6/")
        #expect(RelativeURL.from("糖尿病/症状/", to: "ωμέγα/") == "../../%CF%89%CE%BC%CE%AD%CE%B3%CE%B1/")
        #expect(RelativeURL.from("糖尿病/症状/", to: "糖尿病/") == "../")
        #expect(RelativeURL.from("imnm/symptoms/", to: "imnm/") == "../")
    }

    @Test func anEncodedTargetMeetsItsUnicodeFolder() {
        // A copied file's path comes encoded already; the link must still stay inside the folder.
        #expect(RelativeURL.from("糖尿病/症状/", to: URLPath.encoded("糖尿病/chart 1.png")) == "../chart%201.png")
    }

    @Test func absoluteAddressesAreEncoded() {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/health/")
        #expect(config.absoluteURL(of: "糖尿病/") == "https://example.org/health/%E7%B3%96%E5%B0%BF%E7%97%85/")
        #expect(config.absoluteURL(of: "imnm/") == "https://example.org/health/imnm/")
    }
}
