import Testing
@testable import SitegenModel

/// The A–Z's order and letters in each language (issue 28, requirement 3).
@Suite struct CollationTests {
    let names = ["Nube", "Ñandú", "nariz", "Oído", "Ámbar", "abeja", "Azúcar", "Éxito", "eczema", "ñu", "Niño", "Chagas", "cáncer", "Zika", "2019 flu"]

    @Test func spanishSortsÑAfterNAndAccentsWithTheirLetter() {
        let collation = Collation(language: "es")
        #expect(names.sorted(by: collation.precedes) == [
            "2019 flu", "abeja", "Ámbar", "Azúcar", "cáncer", "Chagas", "eczema", "Éxito", "nariz", "Niño", "Nube", "Ñandú", "ñu", "Oído", "Zika",
        ])
    }

    @Test func englishSortsÑWithN() {
        let collation = Collation(language: "en")
        #expect(names.sorted(by: collation.precedes) == [
            "2019 flu", "abeja", "Ámbar", "Azúcar", "cáncer", "Chagas", "eczema", "Éxito", "Ñandú", "nariz", "Niño", "ñu", "Nube", "Oído", "Zika",
        ])
    }

    @Test func lettersFollowTheLanguage() {
        let spanish = Collation(language: "es"), english = Collation(language: "en")
        #expect(["Ámbar", "ñu", "Ñandú", "Niño", "éxito", "2019 flu", "“Quoted”", "Σ"].map(spanish.letter(of:)) == ["A", "Ñ", "Ñ", "N", "E", "#", "#", "#"])
        #expect(["Ámbar", "ñu", "Ñandú", "Niño", "éxito", "2019 flu", "“Quoted”", "Σ"].map(english.letter(of:)) == ["A", "N", "N", "N", "E", "#", "#", "#"])
        // A language whose accented letters are letters of their own, after z.
        #expect(["Åsa", "Ödem", "Ära", "Émile"].map(Collation(language: "sv").letter(of:)) == ["Å", "Ö", "Ä", "E"])
    }
}
