/// A condition's code in a medical code system (`codes:` in the front matter), with the file line
/// it is written on. Written into the page's JSON-LD as schema.org's `MedicalCode` and listed for
/// editors; never shown to patients.
///
/// Only the form of a code is checked here: whether it names the right condition is for the
/// clinician who reviews the page (sitegen holds no copy of the code systems).
public struct MedicalCode: Sendable, Hashable {
    public var system: System
    public var code: String
    public var line: Int

    public init(_ system: System, _ code: String, line: Int) {
        self.system = system
        self.code = code
        self.line = line
    }

    public enum System: String, Sendable, CaseIterable {
        case icd10, icd10cm, icd11, snomed

        /// The front matter key: `icd10`.
        public var key: String { rawValue }

        /// The system's name as schema.org's `codingSystem` and the editor's report give it.
        public var name: String {
            switch self {
            case .icd10: "ICD-10"
            case .icd10cm: "ICD-10-CM"
            case .icd11: "ICD-11"
            case .snomed: "SNOMED-CT"
            }
        }

        /// The system in words, for messages and the docs' list of systems.
        public var title: String {
            switch self {
            case .icd10: "WHO ICD-10"
            case .icd10cm: "ICD-10-CM"
            case .icd11: "ICD-11"
            case .snomed: "SNOMED CT"
            }
        }

        /// A code of the system's form, for messages. Only L20.9 (WHO ICD-10's atopic eczema,
        /// the example) is given a meaning anywhere; the others show the form alone.
        public var example: String {
            switch self {
            case .icd10: "L20.9"
            case .icd10cm: "L20.84"
            case .icd11: "EA80"
            case .snomed: "24079001"
            }
        }

        /// What a code of the system looks like, in an editor's words.
        public var form: String {
            switch self {
            case .icd10: "a capital letter, two digits and, for a subcategory, a point and one or two digits"
            case .icd10cm: "3 to 7 characters: a capital letter, a digit, a digit or capital letter, then, after a point, up to 4 more digits or capital letters"
            case .icd11: "4 characters (a digit or letter, a letter, a digit, a digit or letter; no I or O), then, after a point, 1 or 2 more; an extension code (starting with X) is added with '&', another stem code with '/'"
            case .snomed: "a concept id of 6 to 18 digits, not starting with 0, whose last digit is its check digit"
            }
        }

        /// Why `code` is not of this system's form; nil when it is well-formed.
        public func problem(_ code: String) -> Problem? {
            switch self {
            case .icd10: MedicalCodeForm.isICD10(code) ? nil : .notTheForm
            case .icd10cm: MedicalCodeForm.isICD10CM(code) ? nil : .notTheForm
            case .icd11: MedicalCodeForm.isICD11(code) ? nil : .notTheForm
            case .snomed: MedicalCodeForm.snomedProblem(code)
            }
        }
    }

    public enum Problem: Sendable, Equatable {
        /// Not the system's `form` at all.
        case notTheForm
        /// Of the form, but one of its parts is wrong (a SNOMED CT id's partition or check digit).
        case wrongPart(String)
    }

    /// `codes:` as a message shows it.
    public static let example = "codes:\n  icd10: L20.9\n  snomed: 24079001"
}

extension MedicalCode {
    /// The codes that JSON-LD and the reports give a page: its own, else its section's (a
    /// condition's codes are written once, on its `_index.md`), with the file they are written in.
    public static func of(_ page: Page, section: Section?) -> (codes: [MedicalCode], source: String)? {
        if !page.frontMatter.codes.isEmpty { return (page.frontMatter.codes, page.sourcePath) }
        guard let section, !section.index.frontMatter.codes.isEmpty else { return nil }
        return (section.index.frontMatter.codes, section.index.sourcePath)
    }
}

/// A code as the editor's reports list it (`--report`, `sitegen report`): the system's name, the
/// code, and the file and line it is written on, where an editor checks and corrects it.
public struct ListedCode: Sendable, Equatable, Codable {
    /// As the JSON-LD's `codingSystem`: `ICD-10`.
    public var system: String
    public var code: String
    /// `content/eczema/_index.md:5`: the section's file for codes a page takes from its section.
    public var source: String

    public init(_ code: MedicalCode, in path: String) {
        system = code.system.name
        self.code = code.code
        source = "\(path):\(code.line)"
    }

    /// The codes `MedicalCode.of` gives the page, listed; nil when it has none.
    public static func of(_ page: Page, section: Section?) -> [ListedCode]? {
        MedicalCode.of(page, section: section).map { found in found.codes.map { ListedCode($0, in: found.source) } }
    }
}
