import SitegenModel

/// A page ready for the PEMAT checks: its text, each block's words (split once for every check),
/// and its language.
struct PEMATPage {
    var text: PEMATText
    var words: [[PEMATWord]]
    /// English; otherwise Spanish (the checks that read words run in no other language).
    var isEnglish: Bool
}

/// Words a suggestion quotes from the page, and their line.
struct PEMATExample: Equatable {
    var phrase: String
    var line: Int
}

enum PEMATList {
    /// "a", "a and b", "a, b and c".
    static func joined(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}

/// The PEMAT checks a site has on (`site.yml` `pemat:`), run on one page: its suggestions, and how
/// many of the items that apply to it the page meets. The home page is a list of sections, not
/// patient information: it is not checked.
package enum PEMATReview {
    /// Pages over this many words need a summary (item 11) and visual cues (item 12): PEMAT
    /// excuses "very short material" from a summary, and 300 words is about three plain-language
    /// paragraphs, more than a phone shows at once.
    static let summaryWords = 300

    private enum Outcome {
        case notApplicable
        case judged([Diagnostic])
    }

    /// `words` is the page's word count as the reports give it (`PageReport.words`).
    package static func review(_ page: Page, text: PEMATText, words: Int, site: Site, glossaryAcronyms: [[String]]) -> (diagnostics: [Diagnostic], score: PEMATScore?) {
        let checks = site.config.pematChecks
        guard page.kind != .home, !checks.isEmpty else { return ([], nil) }
        let language = LanguageCode.primary(site.config.language)
        let readsWords = language == "en" || language == "es"
        let english = language == "en"
        let prepared = PEMATPage(text: text, words: text.blocks.map { PEMATWords.words(in: $0.text) }, isEnglish: english)
        let path = page.sourcePath
        func suggestion(_ message: String, line: Int? = nil) -> Diagnostic { .suggestion(path, line: line, message, category: .pemat) }

        var diagnostics: [Diagnostic] = []
        var score = PEMATScore(met: 0, checked: 0, missed: [])
        func judge(_ check: PEMATCheck, _ outcome: () -> Outcome) {
            guard checks.contains(check), case .judged(let found) = outcome() else { return }
            score.checked += 1
            if found.isEmpty { score.met += 1 } else { score.missed.append(check.item) }
            diagnostics += found
        }

        judge(.acronyms) {
            guard readsWords else { return .notApplicable }
            let found = AcronymCheck.findings(prepared, title: page.frontMatter.title, glossaryAcronyms: glossaryAcronyms)
            return .judged(found.map { suggestion(AcronymCheck.message($0), line: $0.line) })
        }
        judge(.passiveVoice) {
            guard readsWords else { return .notApplicable }
            let measure = PassiveVoiceCheck.measure(prepared)
            guard measure.sentences > 0 else { return .notApplicable }
            return .judged(measure.isTooMuch ? [suggestion(PassiveVoiceCheck.message(measure, english: english), line: measure.passive.first?.line)] : [])
        }
        judge(.numbers) {
            guard readsWords else { return .notApplicable }
            let found = NumberCheck.findings(prepared)
            return .judged(NumberCheck.message(found).map { [suggestion($0, line: found.first?.line)] } ?? [])
        }
        judge(.longSections) {
            guard !SectionChecks.isVeryShort(prepared) else { return .notApplicable }
            return .judged(SectionChecks.longSections(prepared).map { suggestion(SectionChecks.message($0), line: $0.line) })
        }
        judge(.genericHeadings) {
            guard readsWords, text.blocks.contains(where: \.isHeading) else { return .notApplicable }
            return .judged(SectionChecks.genericHeadings(prepared).map { suggestion(SectionChecks.message($0, english: english), line: $0.line) })
        }
        judge(.summary) {
            guard words > summaryWords else { return .notApplicable }
            let label = site.strings.text(.callout_summary)
            return .judged(text.hasSummary ? [] : [suggestion("\(PEMATCheck.summary.label): the page has \(words) words and no summary; put its key points in a '> [!SUMMARY]' callout (shown as '\(label)') at the top or the end")])
        }
        judge(.visualCues) {
            guard words > summaryWords else { return .notApplicable }
            return .judged(text.hasVisualCue ? [] : [suggestion("\(PEMATCheck.visualCues.label): the page has \(words) words and nothing that draws the eye to its key points; put them in a list, in **bold**, or in a callout such as '> [!SUMMARY]'")])
        }
        let reading = readsWords && words >= PageReport.minimumWordsToGrade && (checks.contains(.action) || checks.contains(.you)) ? ActionCheck.read(prepared) : nil
        judge(.action) {
            guard let reading else { return .notApplicable }
            return .judged(reading.addressesReader || reading.indirectAction != nil ? [] : [suggestion(ActionCheck.actionMessage(english: english))])
        }
        judge(.you) {
            guard let reading, reading.addressesReader || reading.indirectAction != nil else { return .notApplicable }
            guard !reading.addressesReader, let action = reading.indirectAction else { return .judged([]) }
            return .judged([suggestion(ActionCheck.youMessage(action, english: english), line: action.line)])
        }
        return (diagnostics, score.checked > 0 ? score : nil)
    }
}
