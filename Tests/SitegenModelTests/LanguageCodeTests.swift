import Testing
@testable import SitegenModel

@Suite struct LanguageCodeTests {
    @Test func everyISO639OneCode() {
        #expect(LanguageCode.twoLetter.count == 184)
        #expect(LanguageCode.twoLetter.allSatisfy { LanguageCode.problem($0) == nil })
    }

    @Test(arguments: ["en", "EN", "en-GB", "es-MX", "es-419", "pt-BR", "zh-Hant", "zh-TW", "zh-Hant-TW", "sr-Latn", "hmn", "fil"])
    func knownCodes(code: String) {
        #expect(LanguageCode.problem(code) == nil)
    }

    @Test func refusedCodes() {
        #expect(LanguageCode.problem("xx") == .unknownLanguage("xx"))
        #expect(LanguageCode.problem("XX-GB") == .unknownLanguage("XX"))
        #expect(LanguageCode.problem("eng") == .unknownLanguage("eng"))
        for code in ["", "e", "english", "es_MX", "es-", "es-M", "es-MXX", "es-MX-extra", "e1", "es-Latn-MX-1", "ñu"] {
            #expect(LanguageCode.problem(code) == .malformed, "\(code)")
        }
    }

    @Test func primaryAndDirection() {
        #expect(LanguageCode.primary("pt-BR") == "pt")
        #expect(LanguageCode.primary("ES") == "es")
        #expect(LanguageCode.isRightToLeft("ar-EG"))
        #expect(LanguageCode.isRightToLeft("he"))
        #expect(!LanguageCode.isRightToLeft("es"))
    }
}
