/// The items of AHRQ's Patient Education Materials Assessment Tool for printable materials
/// (PEMAT-P, 2013) that sitegen judges from the Markdown, one check each. `site.yml` turns a
/// check off by its name (`pemat: {passive_voice: false}`); docs/pemat.md lists every item.
public enum PEMATCheck: String, CaseIterable, Sendable, Hashable, Comparable {
    case acronyms
    case passiveVoice = "passive_voice"
    case numbers
    case longSections = "long_sections"
    case genericHeadings = "generic_headings"
    case summary
    case visualCues = "visual_cues"
    case action
    case you

    /// The item's number in PEMAT-P.
    public var item: Int {
        switch self {
        case .acronyms: 3
        case .passiveVoice: 5
        case .numbers: 6
        case .longSections: 8
        case .genericHeadings: 9
        case .summary: 11
        case .visualCues: 12
        case .action: 20
        case .you: 21
        }
    }

    /// What a suggestion calls the item: "PEMAT 11 (summary)".
    public var label: String {
        let topic = switch self {
        case .acronyms: "acronyms"
        case .passiveVoice: "active voice"
        case .numbers: "clear numbers"
        case .longSections: "short sections"
        case .genericHeadings: "informative headings"
        case .summary: "summary"
        case .visualCues: "visual cues"
        case .action: "action"
        case .you: "addressing the reader"
        }
        return "PEMAT \(item) (\(topic))"
    }

    public static func < (a: PEMATCheck, b: PEMATCheck) -> Bool { a.item < b.item }

    /// "acronyms, passive_voice, …", for messages about the setting.
    public static let names = allCases.map(\.rawValue).joined(separator: ", ")
}

/// How a page fares on the PEMAT items sitegen checks: the dashboard's "5 of 7".
public struct PEMATScore: Sendable, Equatable, Codable {
    /// Items that apply to the page (a check that is on, and not excused: a page of two
    /// paragraphs has no sections to judge) and that it meets.
    public var met: Int
    public var checked: Int
    /// The numbers of the items it misses, in order.
    public var missed: [Int]

    public init(met: Int, checked: Int, missed: [Int]) {
        self.met = met
        self.checked = checked
        self.missed = missed
    }

    /// "5 of 7".
    public var text: String { "\(met) of \(checked)" }

    /// "misses items 11 and 20", or nil when it misses none.
    public var missedText: String? {
        guard let last = missed.last else { return nil }
        guard missed.count > 1 else { return "misses item \(last)" }
        return "misses items " + missed.dropLast().map(String.init).joined(separator: ", ") + " and \(last)"
    }
}
