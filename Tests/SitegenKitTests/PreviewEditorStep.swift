/// One random thing an editor does to `PreviewFixtureSite`. `pick` chooses the page, term or
/// section (modulo how many there are), `variant` the words or the kind of change; both shrink
/// towards 0, so a failing session shrinks to a short, plain one.
struct PreviewEditorStep: Sendable, CustomStringConvertible {
    enum Kind: Int, CaseIterable, Sendable {
        case body, title, description, weight, review, draft, newPage, deletePage, renamePage, newHeading
        case sectionTitle, glossary, template, partial, settings, breakFile, fixFile, healthLiteracy
    }

    var kind: Kind
    var pick: Int
    var variant: Int

    var description: String { "\(kind)(\(pick), \(variant))" }
}

extension PreviewFixtureSite {
    /// Applies `step` and says what it did, for the report of a failing session.
    mutating func apply(_ step: PreviewEditorStep) -> String {
        counter += 1
        let v = step.variant
        func choose(_ paths: [String]) -> String? { paths.isEmpty ? nil : paths[step.pick % paths.count] }
        let done: String
        switch step.kind {
        case .body:
            let path = choose(sortedPaths) ?? "_index.md"
            let sentence = Self.sentences[v % Self.sentences.count]
            switch v % 4 {
            case 0: pages[path]?.paragraphs.append(sentence)
            case 1: pages[path]?.paragraphs[0] = sentence
            case 2 where (pages[path]?.paragraphs.count ?? 0) > 1: pages[path]?.paragraphs.removeLast()
            case 2: pages[path]?.paragraphs.append("More words, \(counter).")
            default:
                // A picture beside the page, new or changed (its bytes are copied, not rendered).
                let folder = Self.folder(of: path) ?? Self.folder(of: sections.first ?? "") ?? "breathing"
                assets[folder + "/picture.png"] = [0x89, 0x50, 0x4E, 0x47] + Array(repeating: UInt8(v % 256), count: 1 + v % 7)
                return "body: wrote the picture in \(folder)/"
            }
            done = "body of \(path)"
        case .title:
            guard let path = choose(sortedPaths.filter { $0 != "_index.md" }) else { return "title: no page" }
            pages[path]?.title = Self.titles[v % Self.titles.count]
            done = "title of \(path): \(Self.titles[v % Self.titles.count])"
        case .description:
            let path = choose(sortedPaths) ?? "_index.md"
            pages[path]?.description = v % 3 == 0 ? nil : "Summary \(v)."
            done = "description of \(path)"
        case .weight:
            guard let path = choose(leafPages) else { return "weight: no page" }
            pages[path]?.weight = v % 4 == 0 ? nil : v % 9 + 1
            done = "weight of \(path): \(pages[path]?.weight.map(String.init) ?? "none")"
        case .review:
            let path = choose(sortedPaths) ?? "_index.md"
            switch v % 4 {
            case 0: pages[path]?.reviewed = nil
            case 1: pages[path]?.reviewed = "2026-0\(v % 9 + 1)-1\(v % 10)"
            case 2:
                let reviewer = pages[path]?.reviewer
                pages[path]?.reviewer = reviewer == nil ? "Example Reviewer \(v)" : nil
            default:
                if v % 8 == 7, pages[path]?.sources.isEmpty == false { pages[path]?.sources.removeFirst() } else { pages[path]?.sources.append("Example source \(v)") }
            }
            done = "review or sources of \(path)"
        case .draft:
            guard let path = choose(sortedPaths.filter { $0 != "_index.md" }) else { return "draft: no page" }
            pages[path]?.draft.toggle()
            done = "draft of \(path): \(pages[path]?.draft ?? false)"
        case .newPage:
            done = addPage(step)
        case .deletePage:
            guard let path = choose(originalLeafPages), let folder = Self.folder(of: path) else { return "delete: no page" }
            if v % 5 == 0, sections.count > 1 {
                // The whole section folder, with its picture.
                for key in sortedPaths where Self.folder(of: key) == folder { pages[key] = nil }
                for key in assets.keys where Self.folder(of: key) == folder { assets[key] = nil }
                done = "deleted the section \(folder)/"
            } else {
                pages[path] = nil
                pages[Self.spanish(of: path)] = nil  // an editor deletes the translation with it
                done = "deleted \(path)"
            }
        case .renamePage:
            guard let path = choose(originalLeafPages), let page = pages[path] else { return "rename: no page" }
            let folders = sections.compactMap(Self.folder(of:))
            let folder = v % 3 == 0 && !folders.isEmpty ? folders[v % folders.count] : Self.folder(of: path) ?? "breathing"
            let new = "\(folder)/renamed-\(counter).md"
            pages[path] = nil
            pages[new] = page
            // The translation goes with it, where its new section has a Spanish page.
            if let translation = pages.removeValue(forKey: Self.spanish(of: path)), pages["\(folder)/_index.es.md"] != nil {
                pages[Self.spanish(of: new)] = translation
            }
            // As `sitegen move` does: the old address redirects to the new one.
            if v % 2 == 1 { pages[new]?.aliases.append(String(path.dropLast(3)) + "/") }
            for key in sortedPaths {
                for index in pages[key]?.links.indices ?? 0..<0 where pages[key]?.links[index].target == path { pages[key]?.links[index].target = new }
            }
            done = "renamed \(path) to \(new)"
        case .newHeading:
            done = addHeading(step)
        case .sectionTitle:
            guard let path = choose(sections) else { return "section title: no section" }
            pages[path]?.title = Self.titles[v % Self.titles.count]
            done = "section title of \(path): \(Self.titles[v % Self.titles.count])"
        case .glossary:
            done = editGlossary(step)
        case .template:
            switch v % 6 {
            case 0: theme.page += 1
            case 1: theme.section += 1
            case 2: theme.home += 1
            case 3: theme.hasPrint.toggle()
            default: theme.style += 1
            }
            done = "template \(v % 6): \(theme)"
        case .partial:
            theme.about += 1 + v % 2
            done = "partial about: \(theme.about % PreviewTheme.about.count)"
        case .settings:
            if v % 2 == 0 { siteTitle = "Example \(Self.titles[v % Self.titles.count]) Library" } else { siteDescription = "Example pages, edition \(v)." }
            done = "site.yml: \(siteTitle) / \(siteDescription)"
        case .breakFile:
            done = breakFile(step)
        case .fixFile:
            broken = [:]
            // A card's {emergency_number} needs the site's number.
            if emergencyNumber == nil { emergencyNumber = "999" }
            dropBrokenLinks(headings: true)
            return "fixed every broken file and link"
        case .healthLiteracy:
            done = editHealthLiteracy(step)
        }
        // Links to pages gone or hidden go with them, as an editor would fix them at once.
        dropBrokenLinks(headings: false)
        return done
    }

    private mutating func addPage(_ step: PreviewEditorStep) -> String {
        let v = step.variant
        var folder = sections.isEmpty ? nil : Self.folder(of: sections[step.pick % sections.count])
        if v % 4 == 0 || folder == nil {
            folder = "topic-\(counter)"
            pages["topic-\(counter)/_index.md"] = Page(title: Self.titles[v % Self.titles.count], paragraphs: ["A new section. \(Self.note)"])
        }
        let path = "\(folder ?? "topic")/page-\(counter).md"
        pages[path] = Page(title: Self.titles[(v + 1) % Self.titles.count], weight: v % 3 == 0 ? nil : v % 5 + 1,
                           paragraphs: [Self.sentences[v % Self.sentences.count]])
        return "new page \(path)"
    }

    /// A new heading on one page and a link to it from another; or a heading that has links to
    /// it renamed, with the links changed too or (variant 3) left pointing at the old name.
    private mutating func addHeading(_ step: PreviewEditorStep) -> String {
        let published = sortedPaths.filter(isPublished)
        guard !published.isEmpty else { return "heading: no published page" }
        let linked = sortedPaths.flatMap { path in (pages[path]?.links ?? []).filter { $0.heading != nil } }
        if step.variant % 4 >= 2, !linked.isEmpty {
            let old = linked[step.pick % linked.count]
            let new = "Renamed note \(counter)"
            guard let position = pages[old.target]?.headings.firstIndex(where: { $0 == old.heading }) else { return "heading: not found" }
            pages[old.target]?.headings[position] = new
            guard step.variant % 4 == 2 else { return "renamed the heading '\(old.heading ?? "")' of \(old.target), links left as they were" }
            for key in sortedPaths {
                for index in pages[key]?.links.indices ?? 0..<0 where pages[key]?.links[index] == old { pages[key]?.links[index].heading = new }
            }
            return "renamed the heading '\(old.heading ?? "")' of \(old.target) and the links to it"
        }
        let target = published[step.pick % published.count]
        let heading = "Extra note \(counter)"
        let source = published[(step.pick + step.variant) % published.count]
        pages[target]?.headings.append(heading)
        pages[source]?.links.append(Link(target: target, heading: heading))
        return "heading '\(heading)' on \(target), linked from \(source)"
    }

    private mutating func editGlossary(_ step: PreviewEditorStep) -> String {
        let v = step.variant
        let index = step.pick % max(glossary.count, 1)
        if v % 3 == 0, let term = Self.terms.first(where: { term in !glossary.contains { $0.term == term } }) {
            glossary.append((term, "An example definition of \(term), \(v)."))
            return "glossary: added \(term)"
        }
        if v % 3 == 2, glossary.count > 1 { return "glossary: removed \(glossary.remove(at: index).term)" }
        guard !glossary.isEmpty else { return "glossary: empty" }
        glossary[index].definition = "Another example definition, \(v)."
        return "glossary: changed \(glossary[index].term)"
    }

    /// The inputs of the health-literacy checks (issue 26): the reading measure, the emergency
    /// number, the PEMAT switches, plain_language.yml, a page's accepted words and review interval,
    /// and a page long enough to be graded.
    private mutating func editHealthLiteracy(_ step: PreviewEditorStep) -> String {
        let v = step.variant
        let path = sortedPaths[step.pick % sortedPaths.count]
        switch v % 7 {
        case 0:
            readability = [nil, "smog", "flesch-kincaid"][(v / 7) % 3]
            return "readability: \(readability ?? "not set")"
        case 1:
            emergencyNumber = ["999", nil, "112"][(v / 7) % 3]
            return "emergency_number: \(emergencyNumber ?? "not set")"
        case 2:
            pemat = [nil, "false", "{passive_voice: false, acronyms: false}"][(v / 7) % 3]
            return "pemat: \(pemat ?? "not set")"
        case 3:
            plainLanguageYML = [nil, "add:\n  spacer: \"chamber (an example entry)\"\n", "remove:\n  - utilize\n  - in order to\n"][(v / 7) % 3]
            return "plain_language.yml: \(plainLanguageYML ?? "none")"
        case 4:
            let accepted = pages[path]?.plainLanguageOK.isEmpty ?? true
            pages[path]?.plainLanguageOK = accepted ? ["utilize", "medication"] : []
            return "plain_language_ok of \(path): \(accepted)"
        case 5:
            pages[path]?.reviewIntervalDays = [nil, 30, 365][(v / 7) % 3]
            if pages[path]?.reviewed == nil { pages[path]?.reviewed = "2026-03-01" }
            return "review_interval_days of \(path): \(pages[path]?.reviewIntervalDays.map(String.init) ?? "none")"
        default:
            pages[path]?.paragraphs.append(Self.longParagraph)
            return "a long paragraph on \(path)"
        }
    }

    /// Saves one file with an error a build reports, until a `fixFile` step.
    private mutating func breakFile(_ step: PreviewEditorStep) -> String {
        let page = sortedPaths[step.pick % sortedPaths.count]
        let pageText = pages[page].map { self.text(of: $0, at: page) } ?? ""
        let (path, text): (String, String) = switch step.variant % 7 {
        case 0: ("site.yml", "title: [broken\n")
        case 1: ("glossary.yml", "- term: [broken\n")
        case 2: ("content/" + page, "---\ntitle: Not closed\n")
        case 3: ("templates/page.mustache", "{{<base}}{{$main}}{{#title}}{{/main}}{{/base}}\n")
        case 4: ("content/" + page, pageText + "\nSee [a page that is not there](missing-page.md).\n")
        case 5: ("plain_language.yml", "add: [broken\n")
        default: ("content/" + page, pageText.replacingOccurrences(of: "title: ", with: "weight: many\ntitle: "))
        }
        broken[path] = text
        return "broke \(path)"
    }
}
