import Testing
@testable import SitegenModel

@Suite struct LanguageDateTests {
    func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func englishIsUnchangedInEveryRegion() throws {
        let date = try day("2026-11-01")
        for code in ["en", "en-GB", "en-US"] { #expect(date.longText(inLanguage: code) == "1 November 2026") }
        #expect(date.longText(inLanguage: "en") == date.longText)
    }

    @Test func spanish() throws {
        let date = try day("2026-11-01")
        #expect(date.longText(inLanguage: "es") == "1 de noviembre de 2026")
        #expect(date.longText(inLanguage: "es-MX") == "1 de noviembre de 2026")
        #expect(try day("2027-09-30").longText(inLanguage: "es") == "30 de septiembre de 2027")
        #expect(try day("2028-01-15").longText(inLanguage: "ES") == "15 de enero de 2028")
    }

    @Test func otherLanguagesFromFoundation() throws {
        let date = try day("2026-11-01")
        #expect(date.longText(inLanguage: "fr") == "1 novembre 2026")
        #expect(date.longText(inLanguage: "de") == "1. November 2026")
        #expect(date.longText(inLanguage: "pt-BR") == "1 de novembro de 2026")
        #expect(date.longText(inLanguage: "cy") == "1 Tachwedd 2026")
        #expect(date.longText(inLanguage: "zh-Hans") == "2026年11月1日")
        #expect(date.longText(inLanguage: "tl") == "Nobyembre 1, 2026")
    }

    @Test func aLanguageFoundationDoesNotKnowGetsTheISODate() throws {
        let date = try day("2026-11-01")
        #expect(date.longText(inLanguage: "kj") == "2026-11-01")
        // Foundation answers Haitian Creole in French ("1 novembre 2026"): not a date a reader of it writes.
        #expect(date.longText(inLanguage: "ht") == "2026-11-01")
    }
}
