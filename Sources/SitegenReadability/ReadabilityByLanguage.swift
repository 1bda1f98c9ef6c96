import SitegenModel

/// Readability in the page's language: English and Spanish scales, and no score for the rest.
extension Readability {
    /// The readability of a page in its language (a BCP 47 code, "en", "es-MX"): English is graded
    /// with `measure`, SMOG or Flesch–Kincaid (both are computed, with the same counts as
    /// `score(blocks:memo:)`), Spanish with Fernández-Huerta and Spanish syllables. A language
    /// without a formula, text mostly in a script other than Latin (whatever its language says),
    /// and text without words get no score. English and Spanish pages get their hardest words.
    public static func score(blocks: [String], language: String, measure: ReadabilityMeasure = .standard, memo: inout SyllableMemo) -> PageReading {
        guard let scale = ReadingScale(language: language, measure: measure) else {
            // Still counted: reports show the words of every page.
            let page = counts(blocks: blocks, scale: nil, memo: &memo)
            return PageReading(words: page.words, sentences: page.sentences, outcome: .notGraded(.language(language)))
        }
        let page = counts(blocks: blocks, scale: scale, memo: &memo)
        guard page.words > 0, page.sentences > 0 else {
            return PageReading(words: page.words, sentences: page.sentences, outcome: .notGraded(.noWords))
        }
        // Mostly not Latin: a Greek or Chinese page with an English or Spanish language setting.
        guard page.otherScriptLetters <= page.latinLetters else {
            return PageReading(words: page.words, sentences: page.sentences, outcome: .notGraded(.script))
        }
        let level: ReadingLevel
        switch scale {
        case .fleschKincaidGrade, .smogGrade:
            let english = ReadabilityScore(words: page.words, sentences: page.sentences, syllables: page.syllables, polysyllables: page.polysyllables)
            level = ReadingLevel(scale: scale, syllables: page.syllables, value: scale == .smogGrade ? english.smog : english.grade,
                                 fleschReadingEase: english.readingEase, fleschKincaidGrade: english.grade,
                                 smogGrade: english.smog, polysyllables: english.polysyllables)
        case .fernandezHuerta:
            level = ReadingLevel(scale: scale, syllables: page.syllables,
                                 value: fernandezHuerta(words: page.words, sentences: page.sentences, syllables: page.syllables))
        }
        return PageReading(words: page.words, sentences: page.sentences, outcome: .graded(level), hardWords: page.hardWords)
    }

    /// The same with a memo of its own.
    public static func score(blocks: [String], language: String, measure: ReadabilityMeasure = .standard) -> PageReading {
        var memo = SyllableMemo(expectedWords: blocks.reduce(0) { $0 + $1.utf8.count } / 6)
        return score(blocks: blocks, language: language, measure: measure, memo: &memo)
    }

    /// Fernández-Huerta reading ease (1959), as corrected by Gwillim Law (2011) and used by
    /// textstat and legible.es: 206.84 − 0.60 P − 1.02 F, with P the syllables per 100 words and F
    /// the words per sentence. (The form often quoted, with F the sentences per 100 words, lowers
    /// the score when sentences get shorter: the misprint Law pointed out.) Needs words and
    /// sentences.
    public static func fernandezHuerta(words: Int, sentences: Int, syllables: Int) -> Double {
        let syllablesPer100Words = 100 * Double(syllables) / Double(words)
        let wordsPerSentence = Double(words) / Double(sentences)
        return 206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence
    }
}
