/// Which formula grades an English page for its warning and target (`readability:` in site.yml).
/// Spanish pages are always graded with Fernández-Huerta, whatever this says.
public enum ReadabilityMeasure: String, Sendable, Hashable, CaseIterable {
    /// McLaughlin's SMOG grade: the measure of health literacy work (NHS.UK, US hospital
    /// guidance). It predicts full comprehension, so it reads about 3 grades above Flesch–Kincaid.
    case smog
    /// The Flesch–Kincaid grade level, sitegen's only measure before SMOG.
    case fleschKincaid = "flesch-kincaid"

    /// What a site without `readability:` gets (docs/settings.md, "Which reading grade", says why).
    public static let standard: ReadabilityMeasure = .smog

    /// As messages and reports name it: "SMOG", "Flesch–Kincaid".
    public var name: String {
        switch self {
        case .smog: "SMOG"
        case .fleschKincaid: "Flesch–Kincaid"
        }
    }
}
