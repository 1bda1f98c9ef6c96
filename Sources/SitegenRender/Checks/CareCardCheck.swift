import SitegenModel

/// NHS's rules for "when to get help" cards, as `care-card` suggestions (docs/care-cards.md):
/// a heading that is the call to action ending in "if:" before a list of signs, at most 5 signs,
/// one call to action; and an `[!URGENT]` card (now "get help today") that names the emergency
/// number, which was what `[!URGENT]` meant before `[!EMERGENCY]` came.
enum CareCardCheck {
    /// More signs than this and a reader cannot take them in at a glance (NHS service manual).
    static let maximumSigns = 5

    static func check(_ cards: [CareCardFacts], path: String, language: String, emergencyNumber: String?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for card in cards {
            let marker = "'[!\(card.kind.rawValue.uppercased())]'"
            func suggest(_ message: String) { found.append(.suggestion(path, line: card.line, message, category: .careCard)) }
            if let heading = card.heading, !heading.isEmpty {
                if card.lists > 0, let ending = conditionEnding(language), !heading.lowercased().hasSuffix(ending.word) {
                    suggest("the heading '\(heading)' of this \(marker) card does not end in '\(ending.word)'; a card says the action, then '\(ending.word)' and the signs in a list, like '\(ending.example)'")
                }
            } else {
                suggest("this \(marker) card has no heading; write its call to action after the marker, like '> [!\(card.kind.rawValue.uppercased())] \(example(card.kind, language))', then list the signs")
            }
            if card.longestList > maximumSigns {
                suggest("this \(marker) card lists \(card.longestList) signs; a card lists at most \(maximumSigns), so a reader takes them in at a glance: keep the \(maximumSigns) that matter most and move the rest out of the card")
            }
            if card.lists > 1 {
                suggest("this \(marker) card has \(card.lists) lists; a card gives one call to action: make one card for each action")
            }
            if card.blocksAfterLists > 1 {
                suggest("this \(marker) card has \(card.blocksAfterLists) paragraphs after its list; a card ends with at most one line of action: move the rest out of the card, under a heading of its own")
            }
            if card.kind == .emergency, card.links > 1 {
                suggest("this \(marker) card has \(card.links) links; an emergency card has at most one (to find the nearest emergency department), so that nothing draws a reader away from calling: move the others out of the card")
            }
            if card.kind == .urgent, let named = namedEmergencyNumber(in: card.text, siteNumber: emergencyNumber) {
                suggest("this '[!URGENT]' card names the emergency number ('\(named)'), but '[!URGENT]' means 'get help today' (an urgent appointment); when readers must call the emergency number now, make it '> [!EMERGENCY]'")
            }
        }
        return found
    }

    /// The word a card's heading ends in before its list of signs, in the languages sitegen
    /// knows the pattern in; nil in others (not checked).
    static func conditionEnding(_ language: String) -> (word: String, example: String)? {
        switch LanguageCode.primary(language) {
        case "en": ("if:", "Ask for an urgent appointment if:")
        case "es": ("si:", "Pida una cita urgente si:")
        default: nil
        }
    }

    private static func example(_ kind: CalloutKind, _ language: String) -> String {
        let spanish = LanguageCode.primary(language) == "es"
        switch kind {
        case .emergency: return spanish ? "Llame al {emergency_number} si:" : "Call {emergency_number} if:"
        case .urgent: return spanish ? "Pida una cita urgente si:" : "Ask for an urgent appointment if:"
        default: return spanish ? "Hable con su médico si:" : "Speak to your doctor if:"
        }
    }

    /// Words that name the emergency number in English and Spanish.
    static let emergencyWords = ["emergency number", "número de emergencia", "numero de emergencia"]
    /// Emergency numbers in many countries (UK, North America, the EU), named in a card whatever
    /// the site's own number is.
    static let commonNumbers = ["999", "911", "112"]

    /// How `text` (lower case) names the emergency number: the placeholder, words for it, or one
    /// of the common numbers or the site's own as a number of its own (not inside `1120`).
    static func namedEmergencyNumber(in text: String, siteNumber: String?) -> String? {
        if text.contains(EmergencyNumber.placeholder) { return EmergencyNumber.placeholder }
        if let words = emergencyWords.first(where: { text.contains($0) }) { return words }
        let numbers = Set(commonNumbers + (siteNumber.map { [$0] } ?? []))
        var digits = ""
        for character in text + " " {
            if ("0"..."9").contains(character) { digits.append(character); continue }
            if numbers.contains(digits) { return digits }
            digits = ""
        }
        return nil
    }

    /// The warning for a section none of whose pages has an emergency or urgent card. sitegen
    /// writes no advice itself: it shows the syntax, and a clinician writes the card.
    static func sectionWithoutCard(_ section: Section) -> Diagnostic {
        .warning(section.index.sourcePath, "no page about '\(section.title)' says when to get help; once a clinician has written that advice, put it in a care card on the page where it belongs, like:\n> [!EMERGENCY] Call {emergency_number} if:\n> - …\n(or '> [!URGENT] … if:' for an urgent appointment; see docs/care-cards.md)", category: .careCard)
    }
}
