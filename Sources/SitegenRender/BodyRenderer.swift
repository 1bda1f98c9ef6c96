import SitegenModel
import SitegenGlossary
import SitegenReadability

/// A page's Markdown turned into HTML, with what the templates and reports need to know about it.
package struct RenderedBody: Sendable {
    var html: String
    var outline: HeadingOutline
    /// The first paragraph as plain text, for pages without a description.
    var summary: String?
    /// The text a reader sees, one entry per heading, paragraph or list item (see `MarkdownDocument.textBlocks`).
    var blocks: [String]
    /// The same for readability: without inline code and web addresses (`textAndReadingBlocks`).
    var readingBlocks: [String] = []
    /// The body for the section's printable handout: heading ids prefixed to stay unique on the
    /// combined page, links absolute because paper has no "current page". Nil outside sections.
    var printHTML: String?
    /// The prefix given to this page's heading ids in the handout.
    var printAnchor: String?
    /// The glossary entries marked on the page (indices into `site.glossary`), for the handout's
    /// "Words to know".
    var glossaryEntries: [Int] = []
    /// The text the PEMAT checks read; nil for the home page and when they are all off.
    var pemat: PEMATText?
    /// Whether the page has an emergency or urgent care card (a section without one is warned about).
    var hasGetHelpCard = false
}

/// The second pass over one page: cmark renders it with links checked and rewritten, glossary
/// words marked and headings given their ids.
package struct BodyRenderer: Sendable {
    let site: Site
    let resolver: LinkResolver
    let matcher: GlossaryMatcher
    /// Glossary definitions, HTML-escaped once for every page that shows them.
    let definitions: [String]
    /// The built-in plain-language list of the site's language with the site's changes.
    package let plainLanguage: PlainLanguageList
    let plainLanguageMatcher: PlainLanguageMatcher
    /// Each glossary entry's names (term and aliases) as the plain-language list keeps words.
    let glossaryNames: [[String]]
    /// Each glossary entry's acronyms, which a page spells out by linking the entry (PEMAT item 3).
    let glossaryAcronyms: [[String]]

    init(site: Site, resolver: LinkResolver, matcher: GlossaryMatcher) {
        self.site = site
        self.resolver = resolver
        self.matcher = matcher
        definitions = site.glossary.map { HTML.escape($0.definition) }
        plainLanguage = PlainLanguageList.forSite(language: site.config.language, changes: site.plainLanguage)
        plainLanguageMatcher = PlainLanguageMatcher.of(plainLanguage)
        glossaryNames = plainLanguage.isEmpty ? [] : site.glossary.map { ([$0.term] + $0.aliases).map(PlainLanguageChanges.normalized) }
        glossaryAcronyms = AcronymCheck.glossaryAcronyms(site.glossary)
    }

    /// `section` is the page's own (nil for the home page); the link table entries the page's links
    /// looked up go into `reads`.
    package func render(_ page: Page, section: Section?, outline: HeadingOutline, reads: inout Set<String>, report: (Diagnostic) -> Void) -> RenderedBody? {
        guard let document = MarkdownDocument(markdown: page.body, firstLine: page.bodyFirstLine) else { return nil }
        let paragraphs = document.paragraphs
        TableCheck.check(page, paragraphs: paragraphs, allowRawHTML: site.config.allowRawHTML).forEach(report)
        // Guidance in a draft is expected; in a published page (and section) a patient would read it.
        if !page.frontMatter.draft, !(section?.index.frontMatter.draft ?? false) {
            PlaceholderCheck.check(page, paragraphs: paragraphs).forEach(report)
        }
        // Before the links: a marker written as a link reference (`[!note]: …`) is no link to check.
        document.makeCallouts { kind, line in
            report(.warning(page.sourcePath, line: line, "unknown callout '[!\(kind)]'; use one of \(CalloutKind.markers) (until then it shows as a quote)"))
        }
        CareCardCheck.check(document.careCardFacts, path: page.sourcePath, language: site.config.language, emergencyNumber: site.config.emergencyNumber).forEach(report)
        if Self.mentionsEmergencyNumber(page.body) {
            for line in document.fillEmergencyNumber(site.config.emergencyNumber) where site.config.emergencyNumber == nil {
                report(.error(page.sourcePath, line: line, Self.noEmergencyNumber(language: site.config.language, isDefault: site.language.isDefault)))
            }
        }
        let images = document.recordImages { url, line in imageFacts(url, on: page, line: line, report: report) }
        document.rewriteLinks { url, line in resolver.change(url, from: page, line: line, reads: &reads, report: report) }
        document.setImages(images)
        let texts = document.textAndReadingBlocks
        let blocks = [page.frontMatter.title] + texts.text
        document.markGlossaryTerms(matcher)
        suggestPlainLanguage(page, document: document, report: report)
        let pemat = page.kind == .home || site.config.pematChecks.isEmpty ? nil : document.pematText()
        let glossaryPage = RelativeURL.from(page.url, to: site.url(of: .glossary))
        document.setGlossaryMarkup { GlossaryMarkup.term(site.glossary[$0], escapedDefinition: definitions[$0], href: glossaryPage) }
        document.setHeadingIDs(outline.ids)
        document.setCalloutMarkup { callout, number in
            CalloutMarkup.tags(callout, id: CalloutMarkup.id(number), strings: site.strings)
        }
        var body = RenderedBody(
            html: document.html(allowRawHTML: site.config.allowRawHTML), outline: outline,
            summary: document.firstParagraphText, blocks: blocks, readingBlocks: [page.frontMatter.title] + texts.reading,
            glossaryEntries: document.markedGlossaryEntries, pemat: pemat,
            hasGetHelpCard: document.hasGetHelpCard
        )
        if let section {
            let anchor = Self.handoutAnchor(for: page, in: section)
            // Each page becomes a part under the handout's own title: its headings go one level
            // down, and their ids get the page's anchor and "--", which no slug contains, so ids
            // from different pages cannot meet.
            document.setHeadingIDs(outline.ids.map { "\(anchor)--\($0)" }, levelShift: 1)
            let handout = section.index.url + "print/"
            document.rewriteLinks { url, _ in HandoutLinks.change(url, from: page.url, anchor: anchor, baseURL: site.config.baseURL, handout: handout) }
            // Paper has no tooltips: a marked word links to its entry in the handout's "Words to know".
            document.setGlossaryMarkup { HandoutWords.term(site.glossary[$0]) }
            document.setCalloutMarkup { callout, number in
                CalloutMarkup.tags(callout, id: CalloutMarkup.id(number, prefix: anchor + "--"), strings: site.strings, levelShift: 1)
            }
            body.printHTML = document.html(allowRawHTML: site.config.allowRawHTML, eagerImages: true)
            body.printAnchor = anchor
        }
        return body
    }

    /// The size of the image at `url` on `page`, if it is a file beside the pages; one that cannot
    /// be shown is an error at `line` (the link itself is `resolver`'s to check).
    private func imageFacts(_ url: String, on page: Page, line: Int, report: (Diagnostic) -> Void) -> ImageFacts? {
        guard let (path, reading) = resolver.image(url, from: page) else { return nil }
        switch reading {
        case .image(let facts): return facts
        case .problem(let problem):
            report(.error(page.sourcePath, line: line, "image '\(url)' shows \(path), which \(problem)"))
            return nil
        }
    }

    /// The first use of each word of the plain-language list, as a suggestion at its line. The
    /// glossary words the page links (every name of their entries) are explained where they
    /// stand, and `plain_language_ok` words are the page's to use.
    private func suggestPlainLanguage(_ page: Page, document: MarkdownDocument, report: (Diagnostic) -> Void) {
        guard !plainLanguageMatcher.isEmpty else { return }
        var accepted = page.frontMatter.plainLanguageOK
        for (_, entry) in document.glossaryMarkers { accepted += glossaryNames[entry] }
        var scanner = PlainLanguageScanner(plainLanguageMatcher, accepted: accepted)
        document.scanPlainLanguage(&scanner)
        for match in scanner.finish() {
            report(.suggestion(page.sourcePath, line: match.line, match.message, category: .plainLanguage))
        }
    }

    /// A page's id in its section's handout: its slug, or "about" for the section page (a topic
    /// page whose slug is "about" keeps it, and the section page becomes "about--section"; one
    /// whose slug is "words-to-know" becomes "words-to-know--page", leaving the word list its id).
    static func handoutAnchor(for page: Page, in section: Section) -> String {
        guard page.kind == .section else {
            let slug = String(page.url.split(separator: "/").last ?? "page")
            return slug == HandoutWords.headingID ? slug + "--page" : slug
        }
        // The section is handed in: looking it up among all sections made every page cost as
        // much as the number of sections (quadratic in the size of the site).
        let taken = section.pages.contains { $0.url.hasSuffix("/about/") }
        return taken ? "about--section" : "about"
    }
}

/// Links in the printable handout: absolute, since a printout is read away from the site; while
/// the site's address is unknown, relative to the handout (at `handout`), which still work on screen.
enum HandoutLinks {
    /// `url` is already rewritten relative to the page at `folder`.
    static func change(_ url: String, from folder: String, anchor: String, baseURL: String?, handout: String) -> MarkdownDocument.LinkChange {
        if url.isEmpty || LinkResolver.scheme(of: url) != nil || url.hasPrefix("//") { return .keep }
        if url.hasPrefix("#") { return .replace("#\(anchor)--\(url.dropFirst())") }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard var joined = LinkResolver.join(folder, path) else { return .keep }
        if (path.hasSuffix("/") || path == "." || path == "..") && !joined.isEmpty { joined += "/" }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        guard let baseURL else { return .replace(RelativeURL.from(handout, to: joined) + fragment) }
        return .replace(baseURL + joined + fragment)
    }
}
