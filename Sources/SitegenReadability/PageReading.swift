import SitegenModel

/// The reading level of a page that could be graded.
public struct ReadingLevel: Sendable, Equatable {
    /// The scale that sets the warning and the target's meaning.
    public var scale: ReadingScale
    /// Syllables by the language's rules.
    public var syllables: Int
    /// The page's value on `scale`: a grade (English) or the reading ease (Spanish), not rounded.
    public var value: Double
    /// English only: the Flesch reading ease, which reports show beside the grade.
    public var fleschReadingEase: Double?
    /// English only, whichever scale judges the page: both grades, for reports.
    public var fleschKincaidGrade: Double?
    public var smogGrade: Double?
    /// English only: words of 3 syllables or more, SMOG's polysyllables.
    public var polysyllables: Int

    public init(scale: ReadingScale, syllables: Int, value: Double, fleschReadingEase: Double? = nil,
                fleschKincaidGrade: Double? = nil, smogGrade: Double? = nil, polysyllables: Int = 0) {
        self.scale = scale
        self.syllables = syllables
        self.value = value
        self.fleschReadingEase = fleschReadingEase
        self.fleschKincaidGrade = fleschKincaidGrade
        self.smogGrade = smogGrade
        self.polysyllables = polysyllables
    }

    /// `value` to one decimal, as reports show it and targets are compared with it.
    public var rounded: Double { Self.rounded(value) }

    /// One decimal, as reports show every score.
    public static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// Whether the page is harder than `target` allows: a grade above it, a reading ease below it.
    public func missesTarget(_ target: Double) -> Bool {
        switch scale {
        case .fleschKincaidGrade, .smogGrade: rounded > target
        case .fernandezHuerta: rounded < target
        }
    }

    /// What a report calls it, naming the measure: "SMOG grade 7.2", "Flesch–Kincaid grade 7.2",
    /// "reading ease 64.3 (Fernández-Huerta)".
    public var summary: String {
        switch scale {
        case .fleschKincaidGrade: "Flesch–Kincaid grade \(rounded)"
        case .smogGrade: "SMOG grade \(rounded)"
        case .fernandezHuerta: "reading ease \(rounded) (Fernández-Huerta)"
        }
    }

    /// The editor's warning when the page misses `target`, or nil: the measure, the page's
    /// `hardWords` (hardest first), each with what `everyday` knows of it, and what to do.
    public func warning(target: Double, hardWords: [String] = [], everyday: (String) -> EverydayWord? = { _ in nil }) -> String? {
        guard missesTarget(target) else { return nil }
        let words = hardWords.isEmpty ? "" : "; hardest words: " + hardWords.map { word in
            everyday(word).map { "\(word) (\($0.note))" } ?? word
        }.joined(separator: ", ")
        switch scale {
        case .fleschKincaidGrade, .smogGrade:
            return "\(summary) is above the target \(target.shortText)\(words); use shorter sentences and everyday words"
        case .fernandezHuerta:
            return "\(summary) is below the target \(target.shortText) (higher is easier)\(words); use shorter sentences and shorter words"
        }
    }
}

/// What the warning can say about a hard word, besides naming it.
public enum EverydayWord: Sendable, Equatable {
    /// An everyday word or phrase for it: "corticosteroids (say 'steroids')".
    case say(String)
    /// No everyday word, but the site's glossary explains it to readers: "myopathy (in the glossary)".
    case inGlossary

    var note: String {
        switch self {
        case .say(let word): "say '\(word)'"
        case .inGlossary: "in the glossary"
        }
    }
}

/// The readability of a page in its language: a reading level, or no score at all.
public struct PageReading: Sendable, Equatable {
    /// Why a page has no score. None of these is a warning.
    public enum NotGraded: Sendable, Equatable {
        /// A language sitegen has no formula for (its code as given).
        case language(String)
        /// Most of the letters are not in Latin script (Greek, Chinese…), whatever the language says.
        case script
        /// No words to read.
        case noWords
    }

    public enum Outcome: Sendable, Equatable {
        case graded(ReadingLevel)
        case notGraded(NotGraded)
    }

    public var words: Int
    public var sentences: Int
    public var outcome: Outcome
    /// The page's hardest words, hardest first, at most `HardWords.shown` (English and Spanish
    /// pages with a score; see `HardWords`).
    public var hardWords: [String]

    public init(words: Int, sentences: Int, outcome: Outcome, hardWords: [String] = []) {
        self.words = words
        self.sentences = sentences
        self.outcome = outcome
        self.hardWords = hardWords
    }

    public var level: ReadingLevel? {
        if case .graded(let level) = outcome { level } else { nil }
    }

    /// The warning for a page that misses `target`, naming its hardest words; never one for a
    /// page without a score.
    public func warning(target: Double, everyday: (String) -> EverydayWord? = { _ in nil }) -> String? {
        level?.warning(target: target, hardWords: hardWords, everyday: everyday)
    }
}
