import SitegenModel

/// The formula a page's language is graded with. The two run in opposite directions, so a
/// target is a maximum on one and a minimum on the other.
public enum ReadingScale: Sendable, Hashable {
    /// English: the Flesch–Kincaid grade, a US school grade. Lower is easier; the target is the
    /// highest grade allowed.
    case fleschKincaidGrade
    /// Spanish: the Fernández-Huerta reading ease, about 0 to 100. Higher is easier; the target
    /// is the lowest reading ease allowed (60–70 is plain Spanish for adults).
    case fernandezHuerta

    /// The scale of a BCP 47 language code ("en", "en-GB", "es", "es-MX", "es-419"; case and `_`
    /// instead of `-` do not matter), or nil for a language sitegen cannot grade ("el", "zh").
    public init?(language code: String) {
        let primary = code.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        switch primary {
        case "en": self = .fleschKincaidGrade
        case "es": self = .fernandezHuerta
        default: return nil
        }
    }

    /// The target when the site sets none: grade 8 for English (as before), reading ease 60 for
    /// Spanish, the bottom of "normal (for adults)" on Fernández-Huerta's scale, which matches a
    /// 7th–8th grade reader.
    public var defaultTarget: Double {
        switch self {
        case .fleschKincaidGrade: 8
        case .fernandezHuerta: 60
        }
    }

    public var higherIsEasier: Bool { self == .fernandezHuerta }

    /// A problem with `target` as a target on this scale, in words for the editor, or nil. A
    /// Fernández-Huerta target outside 0–100 cannot be met or missed meaningfully, and one below
    /// 30 is most likely an English grade copied over.
    public func targetProblem(_ target: Double) -> String? {
        switch self {
        case .fleschKincaidGrade:
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
