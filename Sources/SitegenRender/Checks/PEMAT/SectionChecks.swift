import Foundation
import SitegenModel

/// PEMAT items 8 (short sections) and 9 (informative headings), from the page's headings.
enum SectionChecks {
    /// Words between two headings (or before the first) above which a section is too long to take
    /// in at once. docs/pemat.md gives the reasons: about two plain-language paragraphs, and about
    /// what a phone shows on two screens.
    static let longSection = 250

    struct LongSection: Equatable {
        /// Nil for the text before the first heading.
        var heading: String?
        var line: Int
        var words: Int
        /// Whether the page has no heading at all.
        var pageHasNoHeading: Bool
    }

    /// PEMAT's "very short material" (two paragraphs or fewer) has no sections to judge.
    static func isVeryShort(_ page: PEMATPage) -> Bool {
        page.text.blocks.lazy.filter { $0.kind == .paragraph || $0.kind == .listItem }.count <= 2
    }

    static func longSections(_ page: PEMATPage) -> [LongSection] {
        let hasHeading = page.text.blocks.contains(where: \.isHeading)
        var found: [LongSection] = []
        var current: LongSection?
        func close() {
            if let section = current, section.words > longSection { found.append(section) }
        }
        for (block, words) in zip(page.text.blocks, page.words) {
            if block.isHeading {
                close()
                current = LongSection(heading: block.string(0..<block.text.count).trimmedWhitespace, line: block.line, words: 0, pageHasNoHeading: false)
                continue
            }
            if current == nil { current = LongSection(heading: nil, line: block.line, words: 0, pageHasNoHeading: !hasHeading) }
            current?.words += words.count
        }
        close()
        return found
    }

    static func message(_ section: LongSection) -> String {
        let advice = "split it into parts of about \(longSection) words or fewer, each under a heading that says what it holds"
        let label = PEMATCheck.longSections.label
        if section.pageHasNoHeading { return "\(label): the page has \(section.words) words and no headings; \(advice)" }
        guard let heading = section.heading else { return "\(label): the text before the first heading has \(section.words) words; \(advice)" }
        return "\(label): the section '\(heading)' has \(section.words) words; \(advice)"
    }

    struct GenericHeading: Equatable {
        var text: String
        var line: Int
    }

    static func genericHeadings(_ page: PEMATPage) -> [GenericHeading] {
        let generic = page.isEnglish ? PEMATWordLists.genericHeadings : PEMATWordLists.spanishGenericHeadings
        return page.text.blocks.filter(\.isHeading).compactMap { block in
            let text = block.string(0..<block.text.count).trimmedWhitespace
            // Only short headings can be generic: most are not lowercased at all.
            guard text.utf8.count <= 32 else { return nil }
            let key = text.lowercased().trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":.…")))
            return generic.contains(key) ? GenericHeading(text: text, line: block.line) : nil
        }
    }

    static func message(_ heading: GenericHeading, english: Bool) -> String {
        let examples = english ? "'What causes it' or 'How it is treated'" : "'Qué lo causa' or 'Cómo se trata'"
        return "\(PEMATCheck.genericHeadings.label): the heading '\(heading.text)' does not say what its section is about; name what the reader will learn there, like \(examples)"
    }
}
