import SitegenModel

// The values of each template (see TemplateValues.swift), with the notes docs/templates.md shows.

/// Values every template receives (base.mustache and its partials are rendered with all of them).
/// Some are absent on some pages; a flag is `true` or absent.
enum CommonValue: String, TemplateValueKey {
    case lang, is_rtl, site_title, site_description, title, head_title, description, canonical, canonical_text, has_canonical, root, conditions_url
    case disclaimer_html, glossary_url, has_glossary, search_url, has_search
    case breadcrumbs, has_breadcrumbs, og_type, jsonld_html, t
    case static_root, languages, has_languages, alternates, has_alternates
    case is_home, is_section, is_page, is_404, is_print, is_glossary, is_search

    static let shapeName = "the values of every page"

    var kind: TemplateValueKind {
        switch self {
        case .disclaimer_html, .jsonld_html: .html
        case .is_rtl, .has_canonical, .has_glossary, .has_search, .has_breadcrumbs, .is_home, .is_section, .is_page, .is_404, .is_print, .is_glossary, .is_search: .flag
        case .breadcrumbs: .list(TemplateShape(LinkValue.self))
        case .languages: .list(TemplateShape(LanguageLinkValue.self))
        case .alternates: .list(TemplateShape(AlternateValue.self))
        case .has_languages, .has_alternates: .flag
        case .static_root: .text
        case .t: .object(TemplateShape(ThemeStringKey.self))
        case .lang, .site_title, .site_description, .title, .head_title, .description, .canonical, .canonical_text, .root,
             .conditions_url, .glossary_url, .search_url, .og_type: .text
        }
    }

    var note: String {
        switch self {
        case .lang: "`site.yml: language`, like `en`"
        case .is_rtl: "`true` when the language is written right to left (`site.yml: direction: rtl`, or a language like Arabic or Hebrew): for `<html dir=\"rtl\">`"
        case .site_title: "`site.yml: title`"
        case .site_description: "`site.yml: description`"
        case .title: "front matter `title` (`t.glossary`, `t.search`, `t.not_found_title` on those pages)"
        case .head_title: "for `<title>`: `Symptoms – Lupus – Patient Health Library`"
        case .description: "front matter `description`, else the first paragraph, shortened"
        case .canonical: "the page's absolute address, from `base_url`, percent-encoded: for `href` and `<meta content>`; absent while the site's address is unknown (see `has_canonical`)"
        case .canonical_text: "the same address as a reader types it, letters of any script as written (`https://example.org/糖尿病/`): for showing as text, never in `href`; absent with `canonical`"
        case .has_canonical: "`true` when the site's address is known (`base_url` is set, to no example or local host like `example.org` or `localhost`): only then are there `canonical`, `canonical_text`, the handout pages' `url`, `alternates`, the search page's `search_site` and an address for `{url}` in the theme's texts. Put everything that shows an address inside it"
        case .static_root: "relative path to the site root, where `templates/static/` is copied: `{{static_root}}site.css`. The same as `root` except in a language other than the default, whose pages have their home in a folder (`es/`)"
        case .languages: "one entry per language of the site (`languages:` in site.yml), for a language switcher; absent when the site has one language"
        case .has_languages: "`true` when there are `languages`"
        case .alternates: "the page's address in every language it is published in, and `x-default` (the default language's), for `<link rel=\"alternate\" hreflang>`; absent when the page is in one language only, or the site's address is unknown"
        case .has_alternates: "`true` when there are `alternates`"
        case .root: "relative path to the home page of the page's language, always ending in `/` (`./` on the home page, `../../` two levels down): the site root in the default language, `es/` in Spanish. Prefix every link to a page with it. On `404.html` it is the path of `base_url` on its server (`/` or `/health/`), because a 404 page is served at any depth"
        case .conditions_url: "the A–Z list of conditions on the home page, like `../../#conditions`"
        case .disclaimer_html: "`site.yml: disclaimer`, rendered from Markdown"
        case .glossary_url: "the glossary page; absent when the site has no `glossary.yml`"
        case .has_glossary: "`true` when there is a `glossary_url`"
        case .search_url: "the search page; absent when the theme has no `search.mustache`"
        case .has_search: "`true` when there is a `search_url`"
        case .breadcrumbs: "ancestors of this page, home first (the current page is `title`); absent on the home page and `404.html`"
        case .has_breadcrumbs: "`true` when there are `breadcrumbs`"
        case .og_type: "`website` on the home page, `article` on section and topic pages, for `<meta property=\"og:type\">`; absent on the others"
        case .jsonld_html: "schema.org JSON-LD (`MedicalWebPage` and `BreadcrumbList`) on the home, section and topic pages, already safe inside `<script type=\"application/ld+json\">`; while the site's address is unknown, without addresses or breadcrumbs"
        case .t: "the theme's texts in the site's language, like `{{t.on_this_page}}`: built in for English and Spanish, changed or added with `i18n/<code>.yml`; listed below"
        case .is_home, .is_section, .is_page, .is_404, .is_print, .is_glossary, .is_search:
            "`true` on that kind of page only (`is_404` on `404.html`, `is_print` on a handout)"
        }
    }

    /// `is_home`, `is_section`… for the template a page is rendered with.
    static func flag(for template: PageTemplate) -> CommonValue {
        switch template {
        case .home: .is_home
        case .section: .is_section
        case .page: .is_page
        case .notFound: .is_404
        case .print: .is_print
        case .glossary: .is_glossary
        case .search: .is_search
        }
    }
}

/// Values of the pages written from Markdown: the home page, section pages and topic pages.
enum PageValue: String, TemplateValueKey {
    case content_html, toc, has_toc, sources, has_sources, review, section_title, prev, next, has_pager

    static let shapeName = "the values of a page written in Markdown"

    var kind: TemplateValueKind {
        switch self {
        case .content_html: .html
        case .has_toc, .has_sources, .has_pager: .flag
        case .toc: .list(TemplateShape(TocEntryValue.self))
        case .sources: .list(TemplateShape(SourceValue.self))
        case .review: .object(TemplateShape(ReviewValue.self))
        case .prev, .next: .object(TemplateShape(LinkValue.self))
        case .section_title: .text
        }
    }

    var note: String {
        switch self {
        case .content_html: "the rendered Markdown body"
        case .toc: "`##` headings with their `###` children; present only when the page has two or more `##` headings"
        case .has_toc: "`true` when there is a `toc`"
        case .sources: "front matter `sources`; absent when there are none"
        case .has_sources: "`true` when there are `sources`: use it to draw a heading and a list once, `{{#has_sources}}<h2>Sources</h2><ol>{{#sources}}…{{/sources}}</ol>{{/has_sources}}`"
        case .review: "absent when the front matter has no `last_reviewed`"
        case .section_title: "the condition, on section and topic pages"
        case .prev, .next: "the neighbours inside the section (the section page comes first); absent at the ends and on the home page"
        case .has_pager: "`true` when there is a `prev` or a `next`"
        }
    }
}

/// Values only a section page (`content/<section>/_index.md`) has.
enum SectionValue: String, TemplateValueKey {
    case pages, has_pages, print_url, has_print

    static let shapeName = "the values of a section page"

    var kind: TemplateValueKind {
        switch self {
        case .pages: .list(TemplateShape(ListingValue.self))
        case .has_pages, .has_print: .flag
        case .print_url: .text
        }
    }

    var note: String {
        switch self {
        case .pages: "the topic pages of the section, in order (weight, then title)"
        case .has_pages: "`true` when there are `pages`"
        case .print_url: "the section's printable handout (`print/`)"
        case .has_print: "`true` with `print_url`"
        }
    }
}

/// Values only the home page has.
enum HomeValue: String, TemplateValueKey {
    case sections, entries, letters, grouped

    static let shapeName = "the values of the home page"

    var kind: TemplateValueKind {
        switch self {
        case .sections: .list(TemplateShape(ListingValue.self))
        case .entries: .list(TemplateShape(AZEntryValue.self))
        case .letters: .list(TemplateShape(SectionLetterValue.self))
        case .grouped: .flag
        }
    }

    var note: String {
        switch self {
        case .sections: "every section, A–Z by title in the alphabetical order of the site's language (Spanish sorts `ñ` after `n`)"
        case .entries: "the A–Z: every section by its title and by each of its `other_names`, in the same order"
        case .letters: "the same entries grouped by first letter; present only when the site has 2 sections or more (use it instead of `entries` then)"
        case .grouped: "`true` when `letters` is present"
        }
    }
}

/// The printable handout of a section (`print.mustache`, written to `<section>/print/index.html`).
enum HandoutValue: String, TemplateValueKey {
    case section_title, section_url, pages, has_pages, words, has_words

    static let shapeName = "the values of a handout"

    var kind: TemplateValueKind {
        switch self {
        case .section_title, .section_url: .text
        case .pages: .list(TemplateShape(HandoutPageValue.self))
        case .words: .list(TemplateShape(TermValue.self))
        case .has_pages, .has_words: .flag
        }
    }

    var note: String {
        switch self {
        case .section_title: "the condition"
        case .section_url: "its section page (`../`); `canonical` is the section's address too, since the handout is a copy of it"
        case .pages: "the section page first (\"About …\"), then its pages in order"
        case .has_pages: "`true` when there are `pages`"
        case .words: "\"Words to know\": every glossary term marked on any of the pages, A–Z; each `id` is the handout's own (`words-to-know--<id>`), which the marked words link to: a `print.mustache` of your own must show the list with these ids, or those links lead nowhere"
        case .has_words: "`true` when there are `words`"
        }
    }
}

/// The glossary page (`glossary.mustache`, written to `glossary/index.html`).
enum GlossaryValue: String, TemplateValueKey {
    case letters

    static let shapeName = "the values of the glossary page"
    var kind: TemplateValueKind { .list(TemplateShape(GlossaryLetterValue.self)) }
    var note: String { "the terms of `glossary.yml`, A–Z, by first letter" }
}

/// The search page (`search.mustache`, written to `search/index.html`).
enum SearchValue: String, TemplateValueKey {
    case search_site

    static let shapeName = "the values of the search page"
    var kind: TemplateValueKind { .text }
    var note: String { "the host of `base_url`, for the no-JavaScript form that searches the site with a web search engine; absent while the site's address is unknown (see `has_canonical`)" }
}
