import SitegenModel

/// The reading level of a page that could be graded.
public struct ReadingLevel: Sendable, Equatable {
    public var scale: ReadingScale
    /// Syllables by the language's rules.
    public var syllables: Int
    /// The grade (English) or the reading ease (Spanish), not rounded.
    public var value: Double
    /// English only: the Flesch reading ease, which reports show beside the grade.
    public var fleschReadingEase: Double?

    public init(scale: ReadingScale, syllables: Int, value: Double, fleschReadingEase: Double? = nil) {
        self.scale = scale
        self.syllables = syllables
        self.value = value
        self.fleschReadingEase = fleschReadingEase
    }

    /// `value` to one decimal, as reports show it and targets are compared with it.
    public var rounded: Double { (value * 10).rounded() / 10 }

    /// Whether the page is harder than `target` allows: a grade above it, a reading ease below it.
    public func missesTarget(_ target: Double) -> Bool {
        switch scale {
        case .fleschKincaidGrade: rounded > target
        case .fernandezHuerta: rounded < target
        }
    }

    /// What a report calls it: "reading grade 7.2", "reading ease 64.3 (Fernández-Huerta)".
    public var summary: String {
        switch scale {
        case .fleschKincaidGrade: "reading grade \(rounded)"
        case .fernandezHuerta: "reading ease \(rounded) (Fernández-Huerta)"
        }
    }

    /// The editor's warning when the page misses `target`, or nil. The English text is the one
    /// sitegen has always written.
    public func warning(target: Double) -> String? {
        guard missesTarget(target) else { return nil }
        switch scale {
        case .fleschKincaidGrade:
            return "\(summary) is above the target \(target.shortText); use shorter sentences and everyday words"
        case .fernandezHuerta:
            return "\(summary) is below the target \(target.shortText) (higher is easier); use shorter sentences and shorter words"
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

    public init(words: Int, sentences: Int, outcome: Outcome) {
        self.words = words
        self.sentences = sentences
        self.outcome = outcome
    }

    public var level: ReadingLevel? {
        if case .graded(let level) = outcome { level } else { nil }
    }

    /// The warning for a page that misses `target`; never one for a page without a score.
    public func warning(target: Double) -> String? { level?.warning(target: target) }
}
