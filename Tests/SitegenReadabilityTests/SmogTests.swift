import Testing
import SitegenModel
@testable import SitegenReadability

/// McLaughlin's SMOG grade and the hardest words behind it (issue 26, requirement 1). The
/// expected values are worked out by hand from the formula; the syllables of the words used are
/// those of the CMU dictionary (ReadabilityTests.cmuWords checks them).
@Suite struct SmogTests {
    /// 10 sentences, 12 words of 3 syllables or more: a heading, two list items and a callout's
    /// title have no full stop and still count as sentences (as NHS prepares text for SMOG).
    static let leaflet = [
        "Your medicine",  // heading: 1 sentence; medicine
        "Take your medicine with food. Do not stop the therapy on your own.",  // 2; medicine, therapy
        "Ask about therapy",  // list item: 1; therapy
        "Tell us if swallowing is hard",  // list item: 1; swallowing
        "The drip is intravenous. It can ease inflammation.",  // 2; intravenous, inflammation
        "A diagnosis takes time. Your antibodies and cholesterol are checked. Call us immediately if swallowing gets worse.",
        // 3; diagnosis, antibodies, cholesterol, immediately, swallowing
    ]

    @Test func smogOfAKnownText() {
        let score = Readability.score(blocks: Self.leaflet)
        #expect(score.sentences == 10)
        #expect(score.polysyllables == 12)
        #expect(score.words == 49)
        // 1.0430 × √(12 × 30 / 10) + 3.1291 = 1.0430 × 6 + 3.1291
        #expect(abs(score.smog - 9.3871) < 1e-9)
        let reading = Readability.score(blocks: Self.leaflet, language: "en", measure: .smog)
        #expect(reading.level?.scale == .smogGrade)
        #expect(reading.level?.rounded == 9.4)
        #expect(reading.level?.smogGrade == score.smog)
        #expect(reading.level?.fleschKincaidGrade == score.grade)
        #expect(reading.level?.polysyllables == 12)
    }

    @Test func moreKnownValues() {
        // No word of 3 syllables: the lowest SMOG grade there is.
        #expect(Readability.score(blocks: ["The cat sat on the mat."]).smog == 3.1291)
        // 30 sentences with 9 polysyllables: 1.0430 × 3 + 3.1291 = 6.2581
        let thirty = Array(repeating: "Take the pill.", count: 21) + Array(repeating: "Take your medicine.", count: 9)
        let score = Readability.score(blocks: thirty)
        #expect(score.sentences == 30 && score.polysyllables == 9)
        #expect(abs(score.smog - 6.2581) < 1e-9)
        // Text without words: 0, like the Flesch scores, never a division by zero.
        #expect(Readability.score(blocks: []).smog == 0)
    }

    /// The same words run together in one paragraph, without the breaks a heading and list items
    /// give, are fewer and longer sentences: a higher grade for the same words.
    @Test func headingsAndListItemsAreSentences() {
        let joined = Readability.score(blocks: [Self.leaflet[0] + " " + Self.leaflet[1] + " " + Self.leaflet[2] + " " + Self.leaflet[3]])
        let apart = Readability.score(blocks: Array(Self.leaflet[0...3]))
        #expect(apart.sentences == 5)
        #expect(joined.sentences == 3)  // "Your medicine Take … food.", "Do not … own." and "Ask about therapy Tell us … hard"
        #expect(apart.polysyllables == joined.polysyllables)
        #expect(joined.smog > apart.smog)
    }

    // MARK: - Hardest words

    @Test func hardestWordsHaveTheMostSyllablesThenTheMostUses() {
        let reading = Readability.score(blocks: Self.leaflet, language: "en")
        // immediately 5; then the 4s in the order they come; cholesterol (4) is the sixth.
        #expect(reading.hardWords == ["immediately", "intravenous", "inflammation", "diagnosis", "antibodies"])
        let uses = Readability.score(blocks: ["Ask about your diagnosis.", "Inflammation can come back.", "Inflammation can hurt."], language: "en")
        #expect(uses.hardWords == ["inflammation", "diagnosis"])
        #expect(HardWords.shown == 5)
    }

    @Test func namesAcronymsAndNumbersAreNotHardWords() {
        let reading = Readability.score(blocks: [
            "Doctor Adebayo works at Addenbrooke's Hospital.",  // names: capitalised inside the sentence, never in lower case
            "IMNM and COVID-19 and mRNA are not words to change.",  // an acronym, digits, a capital inside
            "Hospital staff can help. Medication is given at the hospital.",  // capitalised at the start, and once in lower case
            "Medication helps. Your patient's medication.",  // a possessive goes with its word
            "Note: Physiotherapy helps.",  // after a colon, a capital is a sentence's
        ], language: "en")
        #expect(reading.hardWords == ["physiotherapy", "medication", "hospital"])
    }

    @Test func aBlockInCapitalsIsReadAsWords() {
        let reading = Readability.score(blocks: ["PLEASE TAKE YOUR MEDICINE WITH WATER"], language: "en")
        #expect(reading.hardWords == ["medicine"])
    }

    @Test func spanishHardWordsCountSpanishSyllablesFromFour() {
        let reading = Readability.score(blocks: [
            "Tome el medicamento con comida.",  // me-di-ca-men-to 5
            "La enfermedad afecta a los músculos.",  // en-fer-me-dad 4; mús-cu-los 3 is not hard
            "El médico de Barcelona le ayudará.",  // a name; a-yu-da-rá 4
        ], language: "es")
        #expect(reading.hardWords == ["medicamento", "enfermedad", "ayudará"])
    }

    // MARK: - Warnings

    /// If the warning stops naming the words behind the grade, this fails, whatever the measure.
    @Test func everyMeasuresWarningNamesTheHardestWords() {
        for measure in ReadabilityMeasure.allCases {
            let reading = Readability.score(blocks: Self.leaflet, language: "en", measure: measure)
            let warning = reading.warning(target: 0)
            for word in reading.hardWords { #expect(warning?.contains(word) == true, "\(measure): \(String(describing: warning))") }
            #expect(warning?.hasPrefix(measure == .smog ? "SMOG grade 9.4 is above the target 0; hardest words: immediately, " : "Flesch–Kincaid grade ") == true)
        }
        let spanish = Readability.score(blocks: ["Tome el medicamento con comida todos los días."], language: "es")
        #expect(spanish.warning(target: 100)?.contains("; hardest words: medicamento; use shorter sentences and shorter words") == true)
    }

    @Test func theWarningSaysWhatItKnowsOfAWord() {
        let reading = Readability.score(blocks: Self.leaflet, language: "en")
        let warning = reading.warning(target: 8) { word in
            switch word {
            case "intravenous": .say("into a vein")
            case "diagnosis": .inGlossary
            default: nil
            }
        }
        #expect(warning == "SMOG grade 9.4 is above the target 8; hardest words: immediately, intravenous (say 'into a vein'), inflammation, "
            + "diagnosis (in the glossary), antibodies; use shorter sentences and everyday words")
        #expect(reading.warning(target: 9.4) == nil)  // 9.4 is not above 9.4
        // A page whose grade comes from long sentences, with no hard word, is told only that.
        let long = ReadingLevel(scale: .smogGrade, syllables: 1, value: 12)
        #expect(long.warning(target: 8, hardWords: []) == "SMOG grade 12.0 is above the target 8; use shorter sentences and everyday words")
    }

    @Test func everydayWordsHaveNoHardWordAndAreNotAcronyms() {
        #expect(Readability.isEveryday("steroids", language: "en"))
        #expect(Readability.isEveryday("a drip into a vein", language: "en-GB"))
        #expect(!Readability.isEveryday("immunosuppressive medications", language: "en"))
        #expect(!Readability.isEveryday("CK", language: "en"))
        #expect(!Readability.isEveryday("IVIG", language: "en"))
        #expect(Readability.isEveryday("pastilla", language: "es"))
        #expect(!Readability.isEveryday("medicamento", language: "es"))
        #expect(!Readability.isEveryday("pill", language: "el"))  // no syllable rules for Greek
        #expect(!Readability.isEveryday(" ", language: "en"))
    }
}
