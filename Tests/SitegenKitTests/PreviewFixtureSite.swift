import Foundation

/// The site `PreviewPropertyTests` edits: a small example site held as data, and the files an
/// editor's folder would hold for it. Its text is an example for a software test, not medical
/// advice.
struct PreviewFixtureSite {
    struct Link: Equatable {
        /// Content-relative path of the page linked to.
        var target: String
        /// The heading linked to (`#anchor`), by its text.
        var heading: String?
    }

    struct Page {
        var title: String
        var description: String?
        var weight: Int?
        var draft = false
        var paragraphs: [String]
        var headings: [String] = []
        var links: [Link] = []
        var reviewed: String?
        var reviewer: String?
        var sources: [String] = []
        /// Old addresses (`breathing/inhalers/`), each served as a page that redirects here.
        var aliases: [String] = []
        /// Words of the plain-language list the page may use (`plain_language_ok`).
        var plainLanguageOK: [String] = []
        /// The page's own review interval (`review_interval_days`).
        var reviewIntervalDays: Int?
    }

    /// Content-relative path (`_index.md`, `breathing/_index.md`, `breathing/inhalers.md`) → page.
    var pages: [String: Page] = [:]
    /// Content-relative path → bytes of a file copied beside the pages.
    var assets: [String: [UInt8]] = [:]
    var glossary: [(term: String, definition: String)] = []
    var siteTitle = "Example Clinic Library"
    var siteDescription = "Example pages for a software test."
    /// site.yml's `readability:` (nil: not written), `emergency_number:` and `pemat:` (as written).
    var readability: String?
    var emergencyNumber: String? = "999"
    var pemat: String?
    /// The text of plain_language.yml, or nil for none.
    var plainLanguageYML: String?
    /// Which version of each template is written (`PreviewTheme`).
    var theme = PreviewTheme()
    /// Site-relative path → text written there instead of the model's (a file saved broken).
    var broken: [String: String] = [:]
    /// Makes new names unique.
    var counter = 0

    static let note = "Example text for a software test, not medical advice."
    static let sentences = [
        "Use your inhaler as your plan says.", "A rash can itch at night.", "A fever is a high temperature.",
        "A wheeze is a whistling sound when you breathe.", "Rest and drink water.", "Keep the spacer clean.",
        // What the health-literacy checks read: care cards (the number is site.yml's), a summary,
        // plain-language words, an acronym, a percentage and the passive voice.
        "> [!EMERGENCY] Call {emergency_number} if:\n> - you cannot breathe\n> - your lips turn blue",
        "> [!URGENT] Ask for an urgent appointment if:\n> - the rash spreads",
        "> [!NON-URGENT] See your doctor if:\n> - the cough lasts 3 weeks",
        "> [!SUMMARY]\n> - Use the inhaler every day.",
        "Doctors utilize a spacer in order to help 25% of patients with a MDI, and the spacer is washed weekly.",
    ]
    /// Over 100 words, so that a page that has it gets reading grades and its hardest words.
    static let longParagraph = Array(repeating: "An inhaler puts medication into your lungs immediately. Additional information is available.", count: 12)
        .joined(separator: " ")
    static let terms = ["inhaler", "rash", "fever", "wheeze", "spacer"]
    static let titles = ["Asthma", "Breathing", "Coughs", "Diet", "Eczema", "Fever", "Rashes", "Sleep", "Zinc"]

    /// Two sections of two pages each, a picture, a glossary of two terms.
    static func initial() -> PreviewFixtureSite {
        var site = PreviewFixtureSite()
        site.pages["_index.md"] = Page(title: "Welcome", description: "Example guides.", paragraphs: [note],
                                       links: [Link(target: "breathing/_index.md"), Link(target: "skin/_index.md")])
        site.pages["breathing/_index.md"] = Page(title: "Breathing", description: "About breathing.", paragraphs: ["All about breathing. \(note)"])
        site.pages["breathing/inhalers.md"] = Page(title: "Inhalers", weight: 1, paragraphs: [sentences[0]], headings: ["Using a spacer"])
        site.pages["breathing/wheezing.md"] = Page(title: "Wheezing", weight: 2, paragraphs: [sentences[3]],
                                                   links: [Link(target: "breathing/inhalers.md", heading: "Using a spacer")])
        site.pages["skin/_index.md"] = Page(title: "Skin", paragraphs: ["All about skin. \(note)"])
        site.pages["skin/rashes.md"] = Page(title: "Rashes", description: "Rashes and itching.", paragraphs: [sentences[1]])
        site.pages["skin/fever.md"] = Page(title: "Fever", paragraphs: [sentences[2]], links: [Link(target: "skin/rashes.md")])
        site.assets["skin/picture.png"] = [0x89, 0x50, 0x4E, 0x47, 1]
        // A Spanish translation of part of the site: its links to pages not translated go to the English ones.
        site.pages["_index.es.md"] = Page(title: "Bienvenida", paragraphs: ["Guías de ejemplo. \(note)"])
        site.pages["breathing/_index.es.md"] = Page(title: "Respiración", paragraphs: ["Todo sobre la respiración."], links: [Link(target: "breathing/inhalers.md")])
        site.pages["breathing/inhalers.es.md"] = Page(title: "Inhaladores", weight: 1, paragraphs: ["Use su inhalador."], headings: ["Usar un espaciador"],
                                                      links: [Link(target: "breathing/wheezing.md")])
        site.glossary = [("inhaler", "A device that puts medicine into your lungs."), ("rash", "A change in the colour of the skin.")]
        return site
    }

    // MARK: Pages

    static func isSection(_ path: String) -> Bool { path.hasSuffix("/_index.md") }
    static func folder(of path: String) -> String? { path.contains("/") ? String(path.split(separator: "/")[0]) : nil }

    var sortedPaths: [String] { pages.keys.sorted() }
    var sections: [String] { sortedPaths.filter(Self.isSection) }
    /// Pages that are neither the home page nor a section page.
    var leafPages: [String] { sortedPaths.filter { $0 != "_index.md" && $0 != "_index.es.md" && !Self.isSection($0) } }
    /// The leaf pages in the default language (deleted or renamed with their translations).
    var originalLeafPages: [String] { leafPages.filter { !$0.hasSuffix(".es.md") } }
    static func spanish(of path: String) -> String { String(path.dropLast(3)) + ".es.md" }

    /// True when the page is published: neither it nor its section is a draft.
    func isPublished(_ path: String) -> Bool {
        guard let page = pages[path], !page.draft else { return false }
        guard let folder = Self.folder(of: path) else { return true }
        guard let section = pages[folder + "/_index.md"] else { return false }
        return !section.draft
    }

    static func anchor(_ heading: String) -> String { heading.lowercased().replacingOccurrences(of: " ", with: "-") }

    /// The Markdown link from the page at `source` to `target`, both content-relative.
    static func href(from source: String, to link: Link) -> String {
        let anchor = link.heading.map { "#" + Self.anchor($0) } ?? ""
        if link.target == source { return anchor }
        let from = folder(of: source), to = folder(of: link.target)
        let name = String(link.target.split(separator: "/").last ?? "")
        let path = from == to ? name : (from == nil ? link.target : "../" + link.target)
        return path + anchor
    }

    /// Removes links that no build could resolve: to pages gone or unpublished, and with
    /// `headings` also to headings gone (an editor fixing the errors a build showed).
    mutating func dropBrokenLinks(headings: Bool) {
        let site = self
        for path in sortedPaths {
            pages[path]?.links.removeAll { link in
                !site.isPublished(link.target) || (headings && link.heading.map { !(site.pages[link.target]?.headings.contains($0) ?? false) } ?? false)
            }
        }
    }

    // MARK: Files

    /// Site-relative path → bytes of every file of the site folder.
    func files() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, page) in pages { files["content/" + path] = Array(text(of: page, at: path).utf8) }
        for (path, bytes) in assets { files["content/" + path] = bytes }
        files["site.yml"] = Array(siteYML.utf8)
        files["glossary.yml"] = Array(glossaryYML.utf8)
        if let plainLanguageYML { files["plain_language.yml"] = Array(plainLanguageYML.utf8) }
        for (path, text) in theme.files() { files["templates/" + path] = Array(text.utf8) }
        for (path, text) in broken where files[path] != nil { files[path] = Array(text.utf8) }
        return files
    }

    func text(of page: Page, at path: String) -> String {
        var lines = ["---", "title: \(page.title)"]
        if let description = page.description { lines.append("description: \(description)") }
        if let weight = page.weight { lines.append("weight: \(weight)") }
        if page.draft { lines.append("draft: true") }
        if let reviewed = page.reviewed { lines.append("last_reviewed: \(reviewed)") }
        if let reviewer = page.reviewer { lines.append("reviewed_by: \(reviewer)") }
        if !page.sources.isEmpty { lines.append("sources:") }
        for source in page.sources { lines += ["  - title: \(source)", "    url: https://example.org/\(Self.anchor(source))"] }
        if !page.aliases.isEmpty { lines.append("aliases: [\(page.aliases.joined(separator: ", "))]") }
        if !page.plainLanguageOK.isEmpty { lines.append("plain_language_ok: [\(page.plainLanguageOK.joined(separator: ", "))]") }
        if let days = page.reviewIntervalDays { lines.append("review_interval_days: \(days)") }
        lines.append("---")
        var blocks = page.paragraphs
        for heading in page.headings { blocks += ["## \(heading)", "Some words about \(heading.lowercased())."] }
        for link in page.links { blocks.append("See [the linked page](\(Self.href(from: path, to: link))).") }
        return lines.joined(separator: "\n") + "\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    var siteYML: String {
        """
        # \(Self.note)
        title: \(siteTitle)
        base_url: https://www.clinic-health.org/library/
        language: en
        description: \(siteDescription)
        disclaimer: \(Self.note)
        \(readability.map { "readability: \($0)" } ?? "")
        \(emergencyNumber.map { "emergency_number: \($0)" } ?? "")
        \(pemat.map { "pemat: \($0)" } ?? "")
        languages:
          es:
            title: Biblioteca de ejemplo
            disclaimer: Texto de ejemplo para una prueba de software, no es consejo médico.

        """
    }

    var glossaryYML: String {
        glossary.map { "- term: \($0.term)\n  definition: \($0.definition)\n" }.joined()
    }
}
