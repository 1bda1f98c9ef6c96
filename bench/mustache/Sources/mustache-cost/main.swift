import Foundation
import Mustache

// Renders the theme's page template, each of its partials, and tiny templates of one kind of tag,
// with a context shaped like a real page's (the keys of docs/templates.md), and prints the time
// per render. The templates are read the way sitegen reads them: with the standalone
// `{{% CONTENT_TYPE: HTML }}` line that selects sitegen's byte-level escaper (here: none, so the
// figures are swift-mustache's own cost, without escaping).

struct NoEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { text }
}

func templates(in folder: String) throws -> [String: MustacheTemplate] {
    var templates: [String: MustacheTemplate] = [:]
    let names = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    for name in names where name.hasSuffix(".mustache") {
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}\n" + text)
    }
    return templates
}

func pageContext() -> [String: Any] {
    let link = { (title: String, url: String) -> [String: Any] in ["title": title, "url": url] }
    return [
        "lang": "en", "site_title": "Patient Health Library", "site_description": "Health information in plain words.",
        "title": "What are the symptoms of juvenile kidney inflammation?",
        "head_title": "What are the symptoms of juvenile kidney inflammation? – Patient Health Library",
        "description": "The most common symptoms, how they start and when to see a doctor.",
        "canonical": "https://example.org/juvenile-kidney-inflammation/symptoms/", "root": "../../",
        "conditions_url": "../../#conditions", "glossary_url": "../../glossary/", "search_url": "../../search/",
        "disclaimer_html": "<p>This information does not replace the advice of your doctor.</p>",
        "og_type": "article", "is_page": true, "has_search": true, "has_glossary": true, "section_title": "Juvenile kidney inflammation",
        "jsonld_html": #"{"@context":"https://schema.org"}"#,
        "content_html": String(repeating: "<p>A paragraph of the page's body, about as long as a real one is.</p>\n", count: 12),
        "has_toc": true,
        "toc": (1...4).map { ["id": "heading-\($0)", "title": "Heading \($0)", "children": [[String: Any]]()] as [String: Any] },
        "has_sources": true, "sources": [link("National Kidney Foundation", "https://example.org/a"), link("NHS", "https://example.org/b")],
        "review": ["date_iso": "2026-10-01", "date_text": "1 October 2026", "by": "Dr A. Reviewer"],
        "has_breadcrumbs": true, "breadcrumbs": [link("Home", "../../"), link("Juvenile kidney inflammation", "../")],
        "has_pager": true, "prev": link("About juvenile kidney inflammation", "../"), "next": link("What causes it?", "../causes/"),
    ]
}

func microseconds(_ runs: Int, _ body: () -> Int) -> Double {
    var bytes = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs { bytes &+= body() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    if bytes == -1 { print(bytes) }  // keeps the work from being optimised away
    return elapsed / Double(runs)
}

let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "templates"
MustacheContentTypes.register(NoEscaping(), named: "HTML")
var theme = try templates(in: folder)
let probes = [
    "probe-variables": String(repeating: "{{site_title}}", count: 10),
    "probe-sections": String(repeating: "{{#is_page}}x{{/is_page}}", count: 10),
    "probe-text": String(repeating: "plain text, no tags. ", count: 10),
]
for (name, text) in probes { theme[name] = try MustacheTemplate(string: text) }
let library = MustacheLibrary(templates: theme)
let context = pageContext()
let runs = 3000

@MainActor func render(_ name: String) -> Int { library.render(context, withTemplate: name)?.utf8.count ?? 0 }
_ = microseconds(300) { render("page") }  // warm up
print(String(format: "page.mustache, whole page: %.1f µs per render", microseconds(runs) { render("page") }))
for name in theme.keys.filter({ $0.hasPrefix("partials/") }).sorted() {
    print(String(format: "  %@: %.1f µs", name, microseconds(runs) { render(name) }))
}
let variables = microseconds(runs) { render("probe-variables") }
let sections = microseconds(runs) { render("probe-sections") }
let text = microseconds(runs) { render("probe-text") }
print(String(format: "one {{variable}}: %.2f µs; one {{#true}}x{{/true}}: %.2f µs; ten text runs, no tags: %.2f µs", variables / 10, sections / 10, text))
