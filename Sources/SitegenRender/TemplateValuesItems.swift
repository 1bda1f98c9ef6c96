// The objects inside lists and values (see TemplateValues.swift).

/// A breadcrumb, or the previous or next page.
enum LinkValue: String, TemplateValueKey {
    case title, url
    static let shapeName = "a link"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .title: "the page's title"
        case .url: "relative to the current page (it already includes `root`): write `href=\"{{url}}\"`"
        }
    }
}

/// A `##` heading in the "On this page" contents.
enum TocEntryValue: String, TemplateValueKey {
    case id, title, children, has_children
    static let shapeName = "a contents entry"
    var kind: TemplateValueKind {
        switch self {
        case .id, .title: .text
        case .children: .list(TemplateShape(TocChildValue.self))
        case .has_children: .flag
        }
    }
    var note: String {
        switch self {
        case .id: "the heading's id, for `href=\"#{{id}}\"`"
        case .title: "the heading's text"
        case .children: "its `###` headings (maybe none)"
        case .has_children: "`true` when there are `children`"
        }
    }
}

/// A `###` heading under a contents entry.
enum TocChildValue: String, TemplateValueKey {
    case id, title
    static let shapeName = "a contents sub-entry"
    var kind: TemplateValueKind { .text }
    var note: String { self == .id ? "the heading's id" : "the heading's text" }
}

/// One of a page's `sources`.
enum SourceValue: String, TemplateValueKey {
    case title, url
    static let shapeName = "a source"
    var kind: TemplateValueKind { .text }
    var note: String { self == .title ? "as in the front matter" : "the address given in the front matter" }
}

/// A page's medical review.
enum ReviewValue: String, TemplateValueKey {
    case date_iso, date_text, by
    case next_date_iso, next_date_text
    static let shapeName = "a review"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .date_iso: "`2026-11-01`, for `<time datetime>`"
        case .date_text: "in the site's language: `1 November 2026`, `1 de noviembre de 2026`"
        case .by: "front matter `reviewed_by`; absent without one"
        case .next_date_iso: "when the next review is due: `last_reviewed` plus the page's `review_interval_days` (else the site's), like `2028-11-01`"
        case .next_date_text: "the same day in the site's language: `1 November 2028`, `1 de noviembre de 2028`"
        }
    }
}

/// A section or topic page in a list of them.
enum ListingValue: String, TemplateValueKey {
    case title, url, description
    static let shapeName = "a listed page"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .title: "the page's title"
        case .url: "relative to the current page"
        case .description: "front matter `description`; absent without one. Write it as `{{#.description}}<p>{{.}}</p>{{/.description}}`: a plain `{{description}}` would show the current page's own description where it is absent"
        }
    }
}

/// A first letter of the home page's A–Z list of sections.
enum SectionLetterValue: String, TemplateValueKey {
    case letter, id, sections, entries
    static let shapeName = "a letter of the sections"
    var kind: TemplateValueKind {
        switch self {
        case .letter, .id: .text
        case .sections: .list(TemplateShape(ListingValue.self))
        case .entries: .list(TemplateShape(AZEntryValue.self))
        }
    }
    var note: String {
        switch self {
        case .letter: "`A`–`Z`, a letter the language counts as its own (Spanish `Ñ`), or `#` for the others; an accented letter is listed under its letter (`Á` under `A`)"
        case .id: "a fragment id: `letter-a`, `letter-ñ`, `letter-other`"
        case .sections: "the sections whose title is under this letter"
        case .entries: "the entries of the A–Z under this letter: sections and other names"
        }
    }
}

/// An entry of the home page's A–Z: a section, or one of its `other_names` pointing to it.
enum AZEntryValue: String, TemplateValueKey {
    case title, url, description, other_name
    static let shapeName = "an entry of the A–Z"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .title: "the section's title"
        case .url: "the section's address, relative to the current page"
        case .description: "front matter `description` of a section's own entry; absent on an other name's entry and without one. Write it as `{{#.description}}<p>{{.}}</p>{{/.description}}`"
        case .other_name: "the other name the entry lists (\"Other name — see Condition\"); absent on a section's own entry. Write it as `{{#.other_name}}…{{/.other_name}}`"
        }
    }
}

/// One page of a handout.
enum HandoutPageValue: String, TemplateValueKey {
    case title, id, content_html, url, url_text, sources, has_sources, review
    static let shapeName = "a handout page"
    var kind: TemplateValueKind {
        switch self {
        case .title, .id, .url, .url_text: .text
        case .content_html: .html
        case .sources: .list(TemplateShape(SourceValue.self))
        case .has_sources: .flag
        case .review: .object(TemplateShape(ReviewValue.self))
        }
    }
    var note: String {
        switch self {
        case .title: "the page's title (\"About …\" for the section page)"
        case .id: "the page's anchor; its headings' ids are `<id>--<heading id>`"
        case .content_html: "the page's body, one heading level down (`##` becomes `<h3>`), with absolute links, since a printout is read away from the site (relative ones while the site's address is unknown)"
        case .url: "the page's absolute address, percent-encoded; absent while the site's address is unknown (see `has_canonical`)"
        case .url_text: "the same address as a reader types it, for showing as text (see `canonical_text`)"
        case .sources, .has_sources, .review: "as on a page"
        }
    }
}

/// A first letter of the glossary.
enum GlossaryLetterValue: String, TemplateValueKey {
    case letter, id, terms
    static let shapeName = "a letter of the glossary"
    var kind: TemplateValueKind { self == .terms ? .list(TemplateShape(TermValue.self)) : .text }
    var note: String {
        switch self {
        case .letter: "`A`–`Z`, or `#` for the others"
        case .id: "a fragment id: `letter-a`, `letter-other`"
        case .terms: "the terms under this letter"
        }
    }
}

/// A term of the glossary.
enum TermValue: String, TemplateValueKey {
    case term, id, definition, aliases
    static let shapeName = "a glossary term"
    var kind: TemplateValueKind { .text }
    var note: String {
        switch self {
        case .term: "the word, as in `glossary.yml`"
        case .id: "the fragment other pages link to"
        case .definition: "the plain-words explanation"
        case .aliases: "the other names, comma-separated; absent when there are none"
        }
    }
}
