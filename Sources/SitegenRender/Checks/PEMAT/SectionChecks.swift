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

    private static let headingTrim = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":.…"))
    private static let englishLengths = Set(PEMATWordLists.genericHeadings.map(\.utf8.count))
    private static let spanishLengths = Set(PEMATWordLists.spanishGenericHeadings.map(\.utf8.count))

    /// The bytes of a heading without the spaces, ":", "." and "…" around it (as `headingTrim`).
    private static func trimmedCount(_ text: [UInt8]) -> Int {
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") }
        func isEllipsis(at index: Int) -> Bool { index >= 0 && index + 2 < text.count && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0xA6 }
        var start = 0, end = text.count
        while start < end {
            if isTrimmed(text[start]) { start += 1 } else if end - start >= 3, isEllipsis(at: start) { start += 3 } else { break }
        }
        while end > start {
            if isTrimmed(text[end - 1]) { end -= 1 } else if end - start >= 3, isEllipsis(at: end - 3) { end -= 3 } else { break }
        }
        return end - start
    }

    static func genericHeadings(_ page: PEMATPage) -> [GenericHeading] {
        let generic = page.isEnglish ? PEMATWordLists.genericHeadings : PEMATWordLists.spanishGenericHeadings
        let lengths = page.isEnglish ? englishLengths : spanishLengths
        return page.text.blocks.compactMap { block in
            // Only a heading as long as a generic one can be one: most are not made into text.
            guard block.isHeading, lengths.contains(trimmedCount(block.text)) else { return nil }
            let text = block.string(0..<block.text.count).trimmedWhitespace
            guard text.utf8.count <= 32 else { return nil }
            let key = text.lowercased().trimmingCharacters(in: headingTrim)
            return generic.contains(key) ? GenericHeading(text: text, line: block.line) : nil
        }
    }

    static func message(_ heading: GenericHeading, english: Bool) -> String {
        let examples = english ? "'What causes it' or 'How it is treated'" : "'Qué lo causa' or 'Cómo se trata'"
        return "\(PEMATCheck.genericHeadings.label): the heading '\(heading.text)' does not say what its section is about; name what the reader will learn there, like \(examples)"
    }
}
