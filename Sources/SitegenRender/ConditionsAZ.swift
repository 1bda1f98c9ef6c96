import Foundation
import SitegenModel

/// The home page's Conditions A–Z: each section under its title, and under each of its other
/// names (`other_names:`) as "Other name — see Condition", in the alphabetical order of the
/// site's language, grouped by first letter.
struct ConditionsAZ {
    struct Entry {
        /// What the entry is listed by: the section's title, or one of its other names.
        var name: String
        var section: SectionListing
        var isOtherName: Bool
    }

    /// From this many sections on the A–Z is grouped by letter, with links to each letter.
    static let groupingMinimum = 2

    let entries: [Entry]
    /// The sections alone, in the same order.
    let sections: [SectionListing]
    let collation: Collation

    init(_ listed: [SectionListing], collation: Collation) {
        self.collation = collation
        var entries: [Entry] = []
        for section in listed {
            entries.append(Entry(name: section.title, section: section, isOtherName: false))
            entries += section.otherNames.map { Entry(name: $0, section: section, isOtherName: true) }
        }
        // Equal names (two conditions sharing an other name): the title first, then by condition.
        entries.sort { a, b in
            let byName = collation.order(a.name, b.name)
            if byName != .orderedSame { return byName == .orderedAscending }
            if a.isOtherName != b.isOtherName { return !a.isOtherName }
            let byCondition = collation.order(a.section.title, b.section.title)
            if byCondition != .orderedSame { return byCondition == .orderedAscending }
            return a.section.url < b.section.url
        }
        self.entries = entries
        sections = entries.filter { !$0.isOtherName }.map(\.section)
    }

    var isGrouped: Bool { sections.count >= Self.groupingMinimum }

    /// The entries by first letter, letters in the order their first entry comes; a letter's
    /// entries are together even when the alphabet splits them (`#` for digits and for other
    /// scripts, which sort before and after the Latin letters).
    var letters: [(letter: String, entries: [Entry])] {
        var letters: [(letter: String, entries: [Entry])] = []
        var position: [String: Int] = [:]
        for entry in entries {
            let letter = collation.letter(of: entry.name)
            if let index = position[letter] {
                letters[index].entries.append(entry)
            } else {
                position[letter] = letters.count
                letters.append((letter, [entry]))
            }
        }
        return letters
    }

    /// `letter-a`, `letter-ñ`, or `letter-other` for "#".
    static func letterID(_ letter: String) -> String {
        "letter-" + (letter == "#" ? "other" : letter.lowercased())
    }
}
