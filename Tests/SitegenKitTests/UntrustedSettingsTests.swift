import Foundation
import Testing
@testable import SitegenModel

/// Issue 25's defects in what editors write (settings, front matter, glossaries, aliases): each
/// once crashed, published a byte no page may hold, or failed only when writing, without its line.
@Suite struct UntrustedSettingsTests {
    let cli = CommandLineTests()

    func errors(_ site: TestSite) async -> [String] {
        await site.build().messages.filter { $0.contains(": error: ") }
    }

    // MARK: - 2. A huge readability_target crashed check, report and build

    @Test func aReadabilityTargetOutsideZeroToAHundredIsAnErrorNotACrash() throws {
        for value in ["1e19", "-1e19", "1e308", "101", "-1"] {
            let site = try TestSite(["site.yml": "title: Test\nbase_url: https://www.clinic-health.org/\nreadability_target: \(value)\n"])
            defer { site.cleanUp() }
            for command in [["check"], ["report", "--output", "r.html"], ["build"]] {
                let result = try cli.run(command, in: site.root)
                #expect(result.status == 1, "\(command) with \(value)")
                #expect((result.output + result.errors).hasPrefix("site.yml:3: error: 'readability_target' must be a number from 0 to 100, like 'readability_target: 8' (found '\(value)')\n"), "\(command)")
            }
        }
    }

    @Test func numbersAreQuotedBackWithoutTrapping() {
        #expect(8.0.shortText == "8")
        #expect(8.5.shortText == "8.5")
        #expect(1e19.shortText == "1e+19")
        #expect((-1e308).shortText == "-1e+308")
    }

    // MARK: - 11. A NUL written as a YAML escape reached the HTML

    @Test func aControlCharacterWrittenAsAYAMLEscapeIsAnError() async throws {
        for (key, escape, code) in [("title", "\\0", "U+0000"), ("description", "\\x01", "U+0001"), ("reviewed_by", "\\u0085", "U+0085")] {
            var front = "title: Symptoms\nlast_reviewed: 2026-11-01\n"
            front += key == "title" ? "" : "\(key): \"Text\(escape)\"\n"
            if key == "title" { front = "title: \"Ti\(escape)tle\"\nlast_reviewed: 2026-11-01\n" }
            let site = try TestSite(["content/imnm/symptoms.md": "---\n\(front)---\nText.\n"])
            defer { site.cleanUp() }
            let line = key == "title" ? 2 : 4
            #expect(await errors(site) == [
                "content/imnm/symptoms.md:\(line): error: the value holds the control character \(code) (in YAML, an escape such as \"\\0\" or \"\\x01\"), which no web page may contain; remove it",
            ])
            #expect(!FileManager.default.fileExists(atPath: site.output))
        }
    }

    @Test func aControlCharacterInTheGlossaryOrSettingsIsAnErrorToo() async throws {
        let glossary = try TestSite(["glossary.yml": "- term: CK\n  definition: \"A protein\\0.\"\n"])
        defer { glossary.cleanUp() }
        #expect(await errors(glossary) == [
            "glossary.yml:2: error: the value holds the control character U+0000 (in YAML, an escape such as \"\\0\" or \"\\x01\"), which no web page may contain; remove it",
        ])
        let settings = try TestSite(["site.yml": "title: \"Test\\x07\"\nbase_url: https://www.clinic-health.org/\n"])
        defer { settings.cleanUp() }
        #expect(await errors(settings) == [
            "site.yml:1: error: the value holds the control character U+0007 (in YAML, an escape such as \"\\0\" or \"\\x01\"), which no web page may contain; remove it",
        ])
    }

    @Test func aControlCharacterPastedIntoAFileIsAnErrorAtItsLine() async throws {
        for (bytes, code) in [([0x0B], "U+000B"), ([0x7F], "U+007F"), ([0xC2, 0x85], "U+0085")] as [([UInt8], String)] {
            let site = try TestSite()
            defer { site.cleanUp() }
            try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\nLine one".utf8) + Data(bytes) + Data("line two.\n".utf8))
            #expect(await errors(site) == [
                "content/imnm/symptoms.md:4: error: the file contains the control character \(code), which no web page may contain; delete it (it often comes from text pasted out of another program)",
            ])
        }
        // Tabs, form feeds and both kinds of line ending are text.
        let fine = try TestSite(["content/imnm/symptoms.md": "---\r\ntitle: Symptoms\r\n---\r\nA\tB\u{0C}C\r\n"])
        defer { fine.cleanUp() }
        #expect(await fine.build().succeeded)
    }

    /// Found by the page fuzz target once it checked for control characters: cmark decodes
    /// `&#5;` into U+0005 and writes it into the page as it is.
    @Test func aCharacterReferenceToAControlCharacterIsShownAsAReplacement() async throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\nText.\n\nSome &#5; text and [a link](_index.md \"t&#6;\").\n"])
        defer { site.cleanUp() }
        let build = await site.build()
        #expect(build.succeeded)
        #expect(build.messages.contains("content/imnm/symptoms.md:6: warning: a character reference (like '&#5;') stands for a control character, which no web page may contain; it is shown as '\u{FFFD}': remove the reference"))
        let html = try site.read("public/imnm/symptoms/index.html")
        #expect(html.contains("Some \u{FFFD} text"))
        #expect(!html.unicodeScalars.contains { $0.value == 5 || $0.value == 6 })
    }

    // MARK: - 12. `languages: {ES: …}` ignored glossary.es.yml

    @Test func aLanguageCodeInCapitalsStillFindsItsGlossary() async throws {
        let site = try TestSite([
            "site.yml": "title: Test\nbase_url: https://www.clinic-health.org/\nlanguages:\n  ES:\n    title: Prueba\n",
            "content/_index.es.md": "---\ntitle: Inicio\n---\nBienvenido.\n",
            "content/imnm/_index.es.md": "---\ntitle: MNIM\n---\nLa creatina quinasa sube.\n",
            "glossary.es.yml": "- term: creatina quinasa\n  definition: Una proteína del músculo.\n",
            "glossary.fr.yml": "- term: créatine kinase\n  definition: Une protéine du muscle.\n",
            "templates/glossary.mustache": "{{<base}}{{$main}}Glossary{{/main}}{{/base}}\n",
        ])
        defer { site.cleanUp() }
        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
        #expect(build.messages.contains("glossary.fr.yml: warning: site.yml has no language 'fr' under 'languages:', so this glossary is not used; add the language, or rename the file"))
        let section = try site.read("public/es/imnm/index.html")
        #expect(section.contains("Una proteína del músculo."), "the Spanish glossary explains its word")
    }

    @Test func languageCodesAreWrittenAsBCP47WritesThem() {
        #expect(LanguageCode.canonical("ES") == "es")
        #expect(LanguageCode.canonical("pt-br") == "pt-BR")
        #expect(LanguageCode.canonical("ZH-hant-tw") == "zh-Hant-TW")
        #expect(LanguageCode.canonical("es-419") == "es-419")
    }

    // MARK: - 13. base_url with a fragment, a query or a password

    @Test func baseURLWithAQueryAFragmentOrAPasswordIsRefused() async throws {
        let cases = [
            ("https://example.org/#x", "must not have a query ('?') or a fragment ('#'): every page's address is made by adding its path to it; write the address of the site's folder, like https://www.your-organisation.example/health/ (found 'https://example.org/#x')"),
            ("https://example.org/?lang=en", "must not have a query ('?') or a fragment ('#'): every page's address is made by adding its path to it; write the address of the site's folder, like https://www.your-organisation.example/health/ (found 'https://example.org/?lang=en')"),
            ("https://editor:secret@example.org/", "must not hold a user name or password ('user:password@'), which would be published in every page; write the public address, like https://www.your-organisation.example/health/"),
        ]
        for (url, problem) in cases {
            let site = try TestSite(["site.yml": "title: Test\nbase_url: \(url)\n"])
            defer { site.cleanUp() }
            #expect(await errors(site) == ["site.yml:2: error: 'base_url' \(problem)"])
            // On the command line, a bad option like any other: exit status 64, named as the option.
            let good = try TestSite()
            defer { good.cleanUp() }
            let result = try cli.run(["build", "--base-url", url], in: good.root)
            #expect(result.status == 64)
            #expect(result.errors.hasPrefix("Error: --base-url \(problem)\n"))
            #expect(!FileManager.default.fileExists(atPath: good.output))
        }
    }

    // MARK: - 14. Aliases that failed only when writing, or hid what they were

    @Test func aliasesTheOutputCannotHoldAreRefusedAtTheirLine() async throws {
        let long = String(repeating: "a", count: 300)
        let cases: [(String, String)] = [
            (".git/", "the alias '.git/' has a part starting with '.', a hidden name such as '.git'; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'"),
            (".sitegen-manifest", "the alias '.sitegen-manifest' has a part starting with '.', a hidden name such as '.git'; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'"),
            ("old/\u{202E}lmth.exe", "the alias 'old/\\u{202e}lmth.exe' has an invisible formatting character (such as U+202E, which reverses text); write a path from the site root, like 'imnm/old-name/' or 'old/page.html'"),
            (long + "/", "the alias '\(long)/' has a part longer than 255 bytes, more than a file or folder name may have; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'"),
            ("sitemap.xml", "the alias 'sitemap.xml' would make sitemap.xml a folder, but the generated page sitemap.xml is written there; remove the alias or change it"),
            ("_redirects", "the alias '_redirects' would make _redirects a folder, but the generated page _redirects is written there; remove the alias or change it"),
        ]
        for (alias, message) in cases {
            let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\naliases:\n  - \"\(alias)\"\n---\nText.\n"])
            defer { site.cleanUp() }
            #expect(await errors(site) == ["content/imnm/symptoms.md:4: error: \(message)"], "\(alias)")
            #expect(!FileManager.default.fileExists(atPath: site.output))
        }
    }

    // MARK: - 14. Smaller: the glossary's last line, links out of the site, init into a dangling link

    @Test func aYAMLErrorAtTheEndOfTheGlossaryIsOnItsLastLine() async throws {
        let site = try TestSite(["glossary.yml": "- term: CK\n  definition: [A protein"])
        defer { site.cleanUp() }
        let messages = await errors(site)
        #expect(messages == [
            "glossary.yml:2: error: the '[' that starts the value of 'definition' is never closed; end the list with ']' on the same line, or, if the value is text, put it in double quotes",
        ])
    }

    @Test func aFileOrTemplateLinkedFromOutsideTheSiteIsNamedAsSuch() async throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("PNG".utf8).write(to: outside.appendingPathComponent("chart.png"))
        try Data("<footer></footer>\n".utf8).write(to: outside.appendingPathComponent("footer.mustache"))

        let asset = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n![A chart of weakness](chart.png)\n"])
        defer { asset.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: asset.root.path + "/content/imnm/chart.png", withDestinationPath: outside.path + "/chart.png")
        #expect(await errors(asset) == [
            "content/imnm/symptoms.md:4: error: link 'chart.png' points to content/imnm/chart.png, a link to a file outside the site folder, which is not published; copy the file into the site folder instead of linking to it",
        ])

        let partial = try TestSite(["templates/partials/footer.mustache": nil, "templates/partials/header.mustache": "<header></header>\n"])
        defer { partial.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: partial.root.path + "/templates/partials/footer.mustache", withDestinationPath: outside.path + "/footer.mustache")
        #expect(await errors(partial) == [
            "templates/partials/footer.mustache: error: is a link to a file outside the site folder, and a template must be inside it; copy the file into templates/ instead of linking to it",
        ])
    }

    @Test func initIntoALinkThatLeadsNowhereSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/library", withDestinationPath: folder.path + "/missing")
        let result = try cli.run(["init", "library"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors == "library: error: is a symbolic link to \(folder.path)/missing, which does not exist; create that folder first, or give 'sitegen init' another folder\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/missing"))
    }
}
