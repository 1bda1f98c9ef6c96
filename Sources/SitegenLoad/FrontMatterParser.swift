import Foundation
import SitegenModel

/// Splits a Markdown file into its YAML front matter and body, and checks every front matter value.
package enum FrontMatterParser {
    package struct Parsed {
        package var frontMatter: FrontMatter?
        package var body: String
        /// The file line on which `body` starts.
        package var bodyFirstLine: Int
        package var diagnostics: [Diagnostic]
    }

    package static func parse(_ text: String, path: String) -> Parsed {
        // Files saved on Windows end lines with CRLF; cmark and the fence check want plain LF.
        let text = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        func isFence(_ line: Substring) -> Bool {
            // Most lines are "key: value": a look at the first byte avoids trimming them.
            guard line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) == UInt8(ascii: "-") else { return false }
            return line.trimmedWhitespace == "---"
        }

        // Only the front matter is cut into lines; the body is taken whole after the closing fence.
        var lines: [Substring] = []
        var rest = text[...]
        var closed = false
        while !rest.isEmpty || lines.isEmpty {
            // Bytes, not Characters: "\n" is one byte, and CRLF is gone by now.
            let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[rest.endIndex...]
            if lines.isEmpty, !isFence(line) {
                // `title: Symptoms` then `---`: the front matter is there, without its first line.
                let first = line.trimmedWhitespace
                let message = first.contains(": ") && text.contains("\n---")
                    ? "the front matter has no opening '---'; add a line '---' above '\(first)'"
                    : "missing front matter; start the file with a line '---', then 'title: Your title', then another line '---'"
                return Parsed(frontMatter: nil, body: text, bodyFirstLine: 1, diagnostics: [.error(path, line: 1, message)])
            }
            if !lines.isEmpty, isFence(line) || line == "..." {
                closed = true
                break
            }
            lines.append(line)
            if end == text.endIndex { break }
        }
        guard closed else {
            return Parsed(frontMatter: nil, body: "", bodyFirstLine: 1, diagnostics: [
                .error(path, line: 1, "front matter is not closed; add a line '---' after the last 'key: value' line"),
            ])
        }
        let yaml = lines.dropFirst().joined(separator: "\n")
        var fields = YAMLFields(yaml: yaml, path: path, lineOffset: 1, knownKeys: FrontMatter.knownKeys, what: "front matter")
        let frontMatter = read(&fields)
        return Parsed(frontMatter: frontMatter, body: String(rest), bodyFirstLine: lines.count + 2, diagnostics: fields.diagnostics)
    }

    private static func read(_ fields: inout YAMLFields) -> FrontMatter? {
        if fields.diagnostics.errors.count > 0 { return nil }  // a YAML syntax error: nothing else is trustworthy
        let title = fields.requiredString("title", example: "Symptoms", what: "front matter")
        let description = fields.string("description")
        var weight = fields.int("weight", example: 10)
        if let value = weight, !FrontMatter.weights.contains(value) {
            let range = "from \(FrontMatter.weights.lowerBound) to \(FrontMatter.weights.upperBound)"
            fields.report(.error(fields.path, line: fields.line(ofKey: "weight"), "'weight' must be a whole number \(range), like 'weight: 10' (found '\(value)')"))
            weight = nil
        }
        let draft = fields.bool("draft") ?? false
        let errorsBeforeDate = fields.diagnostics.errors.count
        let lastReviewed = fields.date("last_reviewed")
        let dateRejected = fields.diagnostics.errors.count > errorsBeforeDate
        let reviewedBy = fields.string("reviewed_by")
        let sources = readSources(&fields)
        let aliases = readAliases(&fields)
        let synonyms = readSynonyms(&fields)
        let otherNames = readOtherNames(&fields, title: title)
        let codes = fields.medicalCodes()
        let plainLanguageOK = texts("plain_language_ok", in: &fields, list: "words or phrases of the plain-language list this page may use",
                                    each: "word or phrase must be", example: "plain_language_ok: [medication, in order to]").map { PlainLanguageChanges.normalized($0.text) }
        let slug = fields.string("slug")
        let reviewInterval = fields.reviewInterval(example: 365)
        if let slug, Slug.make(slug).isEmpty {
            fields.report(.error(fields.path, line: fields.line(ofKey: "slug"), "'slug' has no letters or digits to make a web address from; write the address's last part, like 'slug: sintomas'"))
        }
        // Also for an empty `last_reviewed:`; a date already reported as wrong is not repeated.
        if reviewedBy != nil, lastReviewed == nil, !dateRejected, !fields.isMisspelt("last_reviewed") {
            fields.report(.warning(fields.path, line: fields.line(ofKey: "reviewed_by"), "'reviewed_by' is shown only with the date of the review; add 'last_reviewed: YYYY-MM-DD'"))
        }
        guard let title, fields.diagnostics.errors.isEmpty else { return nil }
        var frontMatter = FrontMatter(
            title: title, description: description, weight: weight, draft: draft,
            lastReviewed: lastReviewed, reviewedBy: reviewedBy, sources: sources
        )
        frontMatter.aliases = aliases
        frontMatter.synonyms = synonyms
        frontMatter.otherNames = otherNames
        frontMatter.codes = codes
        frontMatter.plainLanguageOK = plainLanguageOK
        frontMatter.reviewIntervalDays = reviewInterval
        if let slug {
            frontMatter.slug = slug
            frontMatter.slugLine = fields.line(ofKey: "slug")
        }
        if description != nil { frontMatter.descriptionLine = fields.line(ofKey: "description") }
        if lastReviewed != nil { frontMatter.lastReviewedLine = fields.line(ofKey: "last_reviewed") }
        return frontMatter
    }

    /// The address of the section of the page at `path` (`content/lupus/symptoms.md`: `lupus`),
    /// for examples in messages; a neutral one for the home page.
    static func sectionExample(_ path: String) -> String {
        let parts = path.split(separator: "/")
        guard parts.count == 3 else { return "my-section" }
        let slug = Slug.make(String(parts[1]))
        return slug.isEmpty ? "my-section" : slug
    }

    private static func readAliases(_ fields: inout YAMLFields) -> [PageAlias] {
        let section = sectionExample(fields.path)
        let example = "aliases:\n  - \(section)/old-name/"
        var aliases: [PageAlias] = []
        for (text, line) in texts("aliases", in: &fields, list: "old addresses", each: "alias must be an old address", example: example) {
            switch PageAlias.parse(text, line: line) {
            case .success(let alias): aliases.append(alias)
            case .failure(let problem): fields.report(.error(fields.path, line: line, "the alias '\(text.visibleInMessages)' \(problem.message(section: section))"))
            }
        }
        return aliases
    }

    /// `synonyms:`: words or phrases, each a non-empty text.
    private static func readSynonyms(_ fields: inout YAMLFields) -> [String] {
        texts("synonyms", in: &fields, list: "words or phrases readers may search for", each: "synonym must be a word or phrase",
              example: "synonyms: [tiredness, worn out]").map(\.text)
    }

    /// `other_names:`: names, each a non-empty text. A name that is the title, or one listed
    /// already, is left out with a warning: the A–Z would list the condition twice by it.
    private static func readOtherNames(_ fields: inout YAMLFields, title: String?) -> [OtherName] {
        let listed = texts("other_names", in: &fields, list: "the names the condition is also known by", each: "other name must be a name",
                           example: OtherName.example)
        var names: [OtherName] = []
        var firstLine: [String: Int] = [:]
        if let title { firstLine[OtherName.key(title)] = 0 }
        for (text, line) in listed {
            switch firstLine[OtherName.key(text)] {
            case 0?:
                fields.report(.warning(fields.path, line: line, "'\(text.visibleInMessages)' is the title, under which the A–Z lists the condition already; remove it from 'other_names'"))
            case let first?:
                fields.report(.warning(fields.path, line: line, "'\(text.visibleInMessages)' is in 'other_names' twice (first on line \(first)); remove one of them"))
            case nil:
                firstLine[OtherName.key(text)] = line
                names.append(OtherName(text, line: line))
            }
        }
        return names
    }

    /// The non-empty texts listed under `key`, with their lines (`key:` with nothing after it lists
    /// none); anything else is reported, with `example`.
    private static func texts(_ key: String, in fields: inout YAMLFields, list: String, each: String, example: String) -> [(text: String, line: Int)] {
        guard let node = fields.values[key] else { return [] }
        if node.scalar.map({ $0.string.trimmedWhitespace.isEmpty }) == true { return [] }
        guard let items = node.sequence else {
            fields.report(.error(fields.path, line: fields.line(of: node), "'\(key)' must be a list of \(list), like:\n\(example)"))
            return []
        }
        var texts: [(text: String, line: Int)] = []
        for item in items {
            let line = fields.line(of: item)
            guard let text = item.scalar?.string.trimmedWhitespace, !text.isEmpty else {
                fields.report(.error(fields.path, line: line, "each \(each) written as text, like:\n\(example)"))
                continue
            }
            texts.append((text, line))
        }
        return texts
    }

    private static func readSources(_ fields: inout YAMLFields) -> [SourceLink] {
        guard let node = fields.values["sources"] else { return [] }
        let example = "sources:\n  - title: Name of the source\n    url: https://…"
        guard let items = node.sequence else {
            fields.report(.error(fields.path, line: fields.line(of: node), "'sources' must be a list of title and url pairs, like:\n\(example)"))
            return []
        }
        var sources: [SourceLink] = []
        let keys = ["title", "url"]
        for item in items {
            let line = fields.line(of: item)
            var misspelt = false
            if let mapping = item.mapping {
                for (keyNode, _) in mapping {
                    guard let key = keyNode.scalar?.string, !keys.contains(key) else { continue }
                    if fields.report(unknown: key, line: fields.line(of: keyNode), knownKeys: keys, in: "a source", severity: .warning) != nil { misspelt = true }
                }
            }
            if misspelt { continue }  // reported once, as a misspelling, not also as a missing 'title' or 'url'
            guard let title = item["title"]?.scalar?.string, !title.isEmpty,
                  let urlNode = item["url"], let url = urlNode.scalar?.string, !url.isEmpty
            else {
                fields.report(.error(fields.path, line: line, "each source needs a 'title' and a 'url', like:\n\(example)"))
                continue
            }
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                fields.report(.error(fields.path, line: line, "source url '\(url)' must be a full web address starting with https://"))
                continue
            }
            sources.append(SourceLink(title: title, url: url, urlLine: fields.line(of: urlNode)))
        }
        return sources
    }
}
