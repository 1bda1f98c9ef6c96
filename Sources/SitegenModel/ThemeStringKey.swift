/// The name of one text of the theme, as `i18n/<code>.yml` writes it (`skip_to_content: …`).
public enum ThemeStringKey: String, Sendable, Hashable, CaseIterable, Comparable {
    // Every page: base, header, breadcrumbs, footer.
    case skip_to_content, site_nav_label, home, conditions_az, search, search_this_site, glossary
    case breadcrumb_label, disclaimer_heading, printed_from, languages_label
    // Home, section and topic pages.
    case conditions_by_letter, on_this_page, sources, last_reviewed, reviewed_by, not_reviewed
    case pager_label, previous, next, in_this_section, about_section, print_link
    // The printable handout.
    case print_description, printable_handout, handout_intro, handout_online_version, contents
    case handout_online, handout_not_reviewed
    // The glossary.
    case glossary_intro, glossary_description, glossary_letters_label, also_called
    // The search page and its script.
    case search_description, search_label, search_noscript, search_needs_javascript, search_more, search_unavailable
    case search_keep_typing, search_no_results, search_result_one, search_results, search_at_least, search_some
    // The 404 page.
    case not_found_title, not_found_description, not_found_sorry, not_found_reassure
    case not_found_home, not_found_conditions
    // The page left at an old address (`aliases:`).
    case page_moved, page_moved_title, page_moved_to
    // Glossary words on touch: the link inside a word's toggletip (term.js).
    case term_glossary_link
    // Callouts (`> [!NOTE]`, BodyRenderer) and the handout's "Words to know" (issue 16, content).
    case callout_note, callout_tip, callout_important, callout_warning, callout_caution, callout_urgent, callout_ask
    case callout_summary
    // "When to get help" cards (issue 26): the labels of the two new kinds, and the visually
    // hidden prefix each card's heading starts with, for screen readers (NHS's care cards).
    case callout_emergency, callout_non_urgent, care_card_emergency, care_card_urgent, care_card_non_urgent
    // Beside "Last reviewed" (issue 26): `last_reviewed` plus the review interval.
    case next_review_due
    case handout_words_note, words_to_know, words_to_know_intro
    // The home page's A–Z (issue 28, requirement 3): "Other name — see Condition".
    case conditions_az_see
    // Issue 28, requirement 5: the Print button of every page and handout (shown by header.js),
    // and the glossary's intro on a touch screen (`glossary_intro` is the one for a pointer and
    // the keyboard; the style sheet shows one of the two).
    case print_button, glossary_intro_touch
    // Languages that say when they fall back (issue 28, requirement 2): the mark after a link to
    // a page not translated yet, the switcher's note for a language that has no version of the
    // page (in that language's own words), and the addresses of the glossary and search pages.
    case link_in_language, language_missing, glossary_address, search_address

    /// The `{name}`s the renderer fills in for this text; a translation may leave one out or
    /// move it, but not name another.
    public var placeholders: [String] {
        switch self {
        case .printed_from: ["url"]
        case .about_section, .print_link, .print_description, .handout_intro: ["section"]
        case .search_description: ["site"]
        case .search_no_results, .search_some: ["query"]
        case .search_result_one, .search_results, .search_at_least: ["count", "query"]
        case .page_moved_title: ["title", "site"]
        case .link_in_language, .language_missing: ["language"]
        default: []
        }
    }

    public static func < (a: ThemeStringKey, b: ThemeStringKey) -> Bool { a.rawValue < b.rawValue }
}
