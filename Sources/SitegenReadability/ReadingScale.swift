import SitegenModel

/// The formula a page's language is graded with. The two run in opposite directions, so a
/// target is a maximum on one and a minimum on the other.
public enum ReadingScale: Sendable, Hashable {
    /// English: the Flesch–Kincaid grade, a US school grade. Lower is easier; the target is the
    /// highest grade allowed.
    case fleschKincaidGrade
    /// English: McLaughlin's SMOG grade, also a US school grade (the grade a reader needs to
    /// understand all of the text, so about 3 above Flesch–Kincaid). Lower is easier.
    case smogGrade
    /// Spanish: the Fernández-Huerta reading ease, about 0 to 100. Higher is easier; the target
    /// is the lowest reading ease allowed (60–70 is plain Spanish for adults).
    case fernandezHuerta

    /// The scale of a BCP 47 language code ("en", "en-GB", "es", "es-MX", "es-419"; case and `_`
    /// instead of `-` do not matter), or nil for a language sitegen cannot grade ("el", "zh").
    /// English pages are graded with `measure`; Spanish ones always with Fernández-Huerta.
    public init?(language code: String, measure: ReadabilityMeasure = .standard) {
        let primary = code.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        switch primary {
        case "en": self = measure == .smog ? .smogGrade : .fleschKincaidGrade
        case "es": self = .fernandezHuerta
        default: return nil
        }
    }

    /// The target when the site sets none: grade 8 for English on either grade (hospital
    /// guidance asks for SMOG 8 or lower), reading ease 60 for Spanish, the bottom of "normal
    /// (for adults)" on Fernández-Huerta's scale, which matches a 7th–8th grade reader.
    public var defaultTarget: Double {
        switch self {
        case .fleschKincaidGrade, .smogGrade: 8
        case .fernandezHuerta: 60
        }
    }

    public var higherIsEasier: Bool { self == .fernandezHuerta }

    /// A problem with `target` as a target on this scale, in words for the editor, or nil. A
    /// Fernández-Huerta target outside 0–100 cannot be met or missed meaningfully, and one below
    /// 30 is most likely an English grade copied over.
    public func targetProblem(_ target: Double) -> String? {
        switch self {
        case .fleschKincaidGrade, .smogGrade:
            return nil
        case .fernandezHuerta:
            guard target.isFinite, target >= 30, target <= 100 else {
                return "a Spanish readability_target is a Fernández-Huerta reading ease from 30 to 100, where higher is easier "
                    + "(60 is plain Spanish for adults), not a school grade (found \(target.shortText))"
            }
            return nil
        }
    }
}
