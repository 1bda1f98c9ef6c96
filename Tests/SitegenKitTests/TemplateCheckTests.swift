// Template mistakes are errors (issue 13, requirement 5): every value a template names is
// checked against the values that template receives (Render/TemplateValues*.swift).

import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenRender

@Suite struct TemplateCheckTests {
    /// A small valid theme; each test changes one file.
    static let theme: [String: String] = [
        "base": "<!DOCTYPE html><title>{{head_title}}</title>\n{{> partials/header}}\n{{$main}}{{/main}}\n",
        "partials/header": "<a href=\"{{root}}\"{{#is_home}} aria-current=\"page\"{{/is_home}}>{{site_title}}</a>\n",
        "home": "{{<base}}{{$main}}{{{content_html}}}{{#sections}}<a href=\"{{url}}\">{{title}}</a>{{/sections}}{{/main}}{{/base}}\n",
        "section": "{{<base}}{{$main}}{{{content_html}}}\n{{> partials/toc}}\n{{/main}}{{/base}}\n",
        "page": "{{<base}}{{$main}}\n<h1>{{title}}</h1>\n{{> partials/toc}}\n{{{content_html}}}{{/main}}{{/base}}\n",
        "partials/toc": "{{#has_toc}}\n<ol>{{#toc}}<li><a href=\"#{{id}}\">{{title}}</a></li>{{/toc}}</ol>\n{{/has_toc}}\n",
        "404": "{{<base}}{{$main}}Not found{{/main}}{{/base}}\n",
    ]

    /// The messages of compiling the theme with `changes` (nil removes a file).
    func messages(_ changes: [String: String?]) -> [String] {
        var texts = Self.theme.mapValues { Optional($0) }
        for (name, text) in changes { texts[name] = text }
        let files = texts.compactMap { name, text in text.map { TemplateFile(name: name, path: "templates/\(name).mustache", text: $0) } }
        return TemplateSet.compile(files.sorted { $0.name < $1.name }).1.map(\.description)
    }

    @Test func theThemeOfTheseTestsIsValid() {
        #expect(messages([:]) == [])
    }

    @Test func typoInALayout() {
        #expect(messages(["page": "{{<base}}{{$main}}\n<h1>{{titel}}</h1>\n{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: unknown value 'titel'; did you mean 'title'?",
        ])
    }

    /// The theme's texts (`t`) are values like any other: a text that does not exist is an error.
    @Test func aThemeTextThatDoesNotExist() {
        #expect(messages(["page": "{{<base}}{{$main}}\n<h2>{{t.on_this_page}}</h2>\n<p>{{t.no_such_key}}</p>\n{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:3: error: unknown value 't.no_such_key'; docs/templates.md lists the theme's texts",
        ])
        #expect(messages(["partials/toc": "{{#has_toc}}\n<h2>{{t.on_this_pag}}</h2>\n{{/has_toc}}\n"]) == [
            "templates/partials/toc.mustache:2: error: unknown value 't.on_this_pag'; did you mean 't.on_this_page'? (rendered for section.mustache, page.mustache)",
        ])
        // Inside a list the texts are still the page's.
        #expect(messages(["partials/toc": "{{#toc}}<a title=\"{{t.on_this_page}}\">{{title}}</a>{{/toc}}\n"]) == [])
    }

    @Test func typoInAPartialNamesThePartialAndTheTemplatesItIsRenderedFor() {
        #expect(messages(["partials/toc": "{{#has_toc}}\n<h2>{{titel}}</h2>\n{{/has_toc}}\n"]) == [
            "templates/partials/toc.mustache:2: error: unknown value 'titel'; did you mean 'title'? (rendered for section.mustache, page.mustache)",
        ])
    }

    @Test func typoInAContentsEntryField() {
        #expect(messages(["partials/toc": "{{#has_toc}}\n{{#toc}}\n<a href=\"#{{idd}}\">{{.titel}}</a>\n{{/toc}}\n{{/has_toc}}\n"]) == [
            "templates/partials/toc.mustache:3: error: unknown value 'idd'; did you mean 'id'? (rendered for section.mustache, page.mustache)",
            "templates/partials/toc.mustache:3: error: unknown value '.titel'; did you mean '.title'? (rendered for section.mustache, page.mustache)",
        ])
    }

    @Test func insideASectionANameFallsBackToThePage() {
        // `site_title` is not a contents entry's, but the page's, as Mustache looks it up.
        #expect(messages(["partials/toc": "{{#toc}}{{id}} {{site_title}}{{#children}}{{id}}{{title}}{{/children}}{{/toc}}\n"]) == [])
        // A leading dot looks in the entry only.
        #expect(messages(["partials/toc": "{{#toc}}{{.site_title}}{{/toc}}\n"]) == [
            "templates/partials/toc.mustache:1: error: unknown value '.site_title': a contents entry has 'id', 'title', 'children', 'has_children' (rendered for section.mustache, page.mustache)",
        ])
    }

    @Test func dottedNames() {
        #expect(messages(["page": "{{<base}}{{$main}}{{review.date_text}}\n{{review.date_txt}}\n{{title.text}}{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: unknown value 'review.date_txt'; did you mean 'review.date_text'?",
            "templates/page.mustache:3: error: unknown value 'title.text': 'title' is text, which has no values of its own",
        ])
    }

    @Test func aValueOfAnotherTemplate() {
        #expect(messages(["page": "{{<base}}{{$main}}\n{{search_site}}{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: value 'search_site' is not given to page.mustache, only to search.mustache; remove it or move it to that template",
        ])
        // A partial must be right for every template that includes it.
        #expect(messages(["partials/toc": "{{#has_pages}}…{{/has_pages}}\n"]) == [
            "templates/partials/toc.mustache:1: error: value 'has_pages' is not given to page.mustache, only to section.mustache, print.mustache; remove it or move it to that template (rendered for page.mustache)",
        ])
    }

    @Test func aLayoutIsCheckedWithTheValuesOfEveryTemplateThatUsesIt() {
        #expect(messages(["base": "{{$main}}{{/main}}{{content_html}}\n"]).first
            == "templates/base.mustache:1: error: 'content_html' is HTML; write it with three braces, {{{content_html}}}, or its tags show as text (rendered for home.mustache, section.mustache, page.mustache)")
        #expect(messages(["base": "{{$main}}{{/main}}{{{content_html}}}\n"]) == [
            "templates/base.mustache:1: error: value 'content_html' is not given to 404.mustache, only to home.mustache, section.mustache, page.mustache; remove it or move it to that template (rendered for 404.mustache)",
        ])
    }

    @Test func valuesWrittenTheWrongWay() {
        #expect(messages(["page": "{{<base}}{{$main}}\n{{{title}}}\n{{toc}}\n{{review}}\n{{has_toc}}\n{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: 'title' is text; write it with two braces, {{title}}, so that characters like < and & are escaped",
            "templates/page.mustache:3: error: 'toc' is a list; write the values of each item (a contents entry) inside it with {{#toc}}…{{/toc}}",
            "templates/page.mustache:4: error: 'review' is a review, not a text; write one of its values, like {{review.date_iso}}",
            "templates/page.mustache:5: error: 'has_toc' is a flag (true or absent), which shows as 'true'; test it with {{#has_toc}}…{{/has_toc}}",
        ])
    }

    @Test func theCurrentItem() {
        // `{{.}}` is right inside a section over a text; over a contents entry it is an object.
        #expect(messages(["page": "{{<base}}{{$main}}{{#section_title}}{{.}}{{/section_title}}{{#review}}{{#by}}{{.}}{{/by}}{{/review}}{{/main}}{{/base}}\n"]) == [])
        #expect(messages(["page": "{{<base}}{{$main}}{{#toc}}\n{{.}}{{/toc}}{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: {{.}} here is a contents entry, not a text; write one of its values, like {{id}}",
        ])
    }

    @Test func transforms() {
        let valid = "{{<base}}{{$main}}{{#count(toc)}}{{#toc}}{{index()}}{{#first()}}…{{/first()}}{{^empty(children)}}…{{/empty(children)}}{{/toc}}{{/count(toc)}}{{uppercased(title)}}{{/main}}{{/base}}\n"
        #expect(messages(["page": valid]) == [])
        #expect(messages(["page": "{{<base}}{{$main}}\n{{upercased(title)}}\n{{count(title)}}\n{{index()}}{{/main}}{{/base}}\n"]) == [
            "templates/page.mustache:2: error: unknown transform 'upercased' in 'upercased(title)'; did you mean 'uppercased'?",
            "templates/page.mustache:3: error: 'count' does not apply to text in 'count(title)'; its transforms are empty, capitalized, lowercased, uppercased, reversed",
            "templates/page.mustache:4: error: 'index()' works only directly inside a list section, like {{#toc}}{{#first()}}…{{/first()}}{{/toc}}",
        ])
    }

    @Test func blocksAndParentsAreStructureNotValues() {
        // `{{$main}}`, `{{$extra}}` and `{{<base}}` name no value; a block's content is checked
        // where the parent shows it, with the values of the child's template.
        #expect(messages([
            "base": "{{$extra}}{{/extra}}{{$main}}{{/main}}\n",
            "page": "{{<base}}{{$extra}}{{titel}}{{/extra}}{{$main}}{{title}}{{/main}}{{/base}}\n",
        ]) == ["templates/page.mustache:1: error: unknown value 'titel'; did you mean 'title'?"])
    }

    @Test func delimiterChangesAreFollowed() {
        #expect(messages(["page": "{{=<% %>=}}<%<base%><%$main%>\n<%titel%><%/main%><%/base%>\n"]) == [
            "templates/page.mustache:2: error: unknown value 'titel'; did you mean 'title'?",
        ])
    }

    @Test func aBuildStopsAtATypo() async throws {
        let site = try TestSite(["templates/page.mustache": "{{<base}}{{$main}}\n{{> partials/footer}}<h1>{{titel}}</h1>{{/main}}{{/base}}\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages == ["templates/page.mustache:2: error: unknown value 'titel'; did you mean 'title'?"])
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["templates", "Tests/SitegenKitTests/Fixtures/site/templates"])
    func shippedTemplatesPass(_ folder: String) throws {
        let base = Self.repository.appendingPathComponent(folder)
        var files: [TemplateFile] = []
        let walker = FileManager.default.enumerator(atPath: base.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".mustache") else { continue }
            let text = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
            files.append(TemplateFile(name: String(path.dropLast(".mustache".count)), path: "\(folder)/\(path)", text: text))
        }
        #expect(files.count > 8)
        #expect(TemplateSet.compile(files).1.map(\.description) == [])
    }
}
