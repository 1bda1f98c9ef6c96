import Testing
@testable import SitegenModel

@Suite struct SlugTests {
    @Test func lowercasesAndHyphenates() {
        #expect(Slug.make("Risk Factors") == "risk-factors")
        #expect(Slug.make("  What is IMNM?  ") == "what-is-imnm")
    }

    @Test func foldsAccentsAndDropsApostrophes() {
        #expect(Slug.make("Sjögren’s syndrome") == "sjogrens-syndrome")
        #expect(Slug.make("patient's") == "patients")
    }

    @Test func cannotEscapeTheOutputFolder() {
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("...") == "")
    }

    @Test func asciiAndUnicodePathsAgree() {
        // ASCII text takes a byte path; the same text with one accent takes Foundation's folding.
        for text in ["Risk Factors", "IgG4-related disease: what's new?", "Step 1 -- rest_and 2", "COVID-19 & you", "  a  b  ", "'quoted' words"] {
            let accented = text + " é"
            #expect(Slug.make(text) + "-e" == Slug.make(accented) || Slug.make(text).isEmpty)
        }
    }

    @Test func uniqueWithinAPage() {
        var slugs = UniqueSlugs(reserved: ["main"])
        #expect(slugs.claim("Dosage") == "dosage")
        #expect(slugs.claim("Dosage") == "dosage-2")
        #expect(slugs.claim("dosage!") == "dosage-3")
        #expect(slugs.claim("Main") == "main-2")
        #expect(slugs.claim("???") == "section")
    }
}
