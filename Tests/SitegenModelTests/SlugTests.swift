import Foundation
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

    /// Checked by hand: what a reader of each language expects in the address bar.
    @Test(arguments: [
        ("Maladie de Crohn — œsophage", "maladie-de-crohn-oesophage"),
        ("Œdème", "oedeme"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Ærø", "aero"),
        ("Łódź", "lodz"),
        ("Þórshöfn", "thorshofn"),
        ("Đakovo", "dakovo"),
        ("İstanbul ışık", "istanbul-isik"),
        ("Niño", "nino"),
        ("Việt Nam", "viet-nam"),
        ("ﬁsh Ｆｏｏ", "fish-foo"),
        ("糖尿病", "糖尿病"),
        ("糖尿病：症状", "糖尿病-症状"),
        ("糖尿病の症状", "糖尿病の症状"),
        ("당뇨병", "당뇨병"),
        ("Σακχαρώδης διαβήτης", "σακχαρώδης-διαβήτης"),
        ("ΔΙΑΒΗΤΗΣ", "διαβητης"),
        ("Сахарный диабет", "сахарный-диабет"),
        ("Йод", "йод"),
        ("मधुमेह", "मधुमेह"),
        ("السكري", "السكري"),
        ("סוכרת", "סוכרת"),
        ("dia\u{00AD}betes", "diabetes"),
        ("a \u{301}b", "a-b"),
    ])
    func keepsEveryScript(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test func decomposedNamesMeetComposedOnes() {
        // macOS lists file names decomposed: `Cre` + U+0300 + `me` is the folder `Crème`.
        #expect(Slug.make("Cre\u{300}me") == "creme")
        #expect(Slug.make("Crème") == "creme")
        let decomposedGreek = Slug.make("ω\u{301}μέγα")
        #expect(decomposedGreek == "ώμέγα")
        #expect(Array(decomposedGreek.unicodeScalars).count == 5)  // composed again (NFC)
        #expect(Slug.make("Ωμέγα") == Slug.make("ωμέγα"))
    }

    @Test func latin1TableAgreesWithTakingLettersApart() {
        // À…ÿ take a table instead of Foundation's decomposition; written decomposed they take
        // the general path (base letter, then a mark to fold), which must give the same.
        for value in UInt32(0xC0)...0xFF {
            let letter = String(Character(Unicode.Scalar(value)!))
            let decomposed = letter.decomposedStringWithCompatibilityMapping
            #expect(Slug.make("x" + letter + "x") == Slug.make("x" + decomposed + "x"), "\(letter)")
        }
        #expect(Slug.make("À la carte × 2") == "a-la-carte-2")
    }

    @Test func namesWithoutLettersOrDigitsGiveNothing() {
        for name in ["---", "!!!", " — ", "‘’", "\u{301}", "™ ©"] {
            #expect(Slug.make(name) == "", "\(name)")
        }
    }

    @Test func neverHoldsAPathStep() {
        for name in ["../糖尿病", "σ/../ω", "a\u{2215}b", "．．／ｅｔｃ"] {
            let slug = Slug.make(name)
            #expect(!slug.contains("/") && !slug.contains("."), "\(name) → \(slug)")
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
