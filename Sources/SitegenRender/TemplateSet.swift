import Foundation
import Mustache
import SitegenModel
import SitegenTiming

/// The site's Mustache templates, compiled once and checked for what swift-mustache would let pass
/// silently (a missing partial or parent renders as nothing, by the Mustache spec).
package struct TemplateSet: Sendable {
    /// Templates every site needs, one per kind of page.
    static let required = ["home", "section", "page", "404"]

    private let library: MustacheLibrary
    /// Changes whenever any template's text does, so a preview knows to render every page again.
    package let fingerprint: Int

    /// `texts`: the theme's texts that are the same on every page, written into the templates
    /// (`ThemeTextInlining`); the checks look at the templates as written.
    package static func compile(_ files: [TemplateFile], texts: [String: String] = [:]) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        FastHTMLContentType.registered
        // Scanned first: swift-mustache's parser overflows the stack on sections nested a few
        // hundred deep, so such a file is never given to it.
        let tags = files.map { TemplateTags($0.text, limit: TemplateNesting.limit) }
        for (file, scanned) in zip(files, tags) where scanned.deepest <= TemplateNesting.limit {
            do {
                let inlined = ThemeTextInlining.inline(file.text, texts: texts)
                if inlined != file.text, let template = try? MustacheTemplate(string: FastHTMLContentType.pragma + inlined) {
                    templates[file.name] = template
                    continue
                }
                // Errors are reported on the text as written.
                templates[file.name] = try MustacheTemplate(string: FastHTMLContentType.pragma + file.text)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.columnNumber + 1
                // The pragma is a line of its own before the file's text.
                diagnostics.append(.error(file.path, line: max(1, error.context.lineNumber - 1),
                    "template syntax error at column \(column): \(explain(error.error))"))
            } catch {
                diagnostics.append(.error(file.path, line: 1, "template syntax error: \(error)"))
            }
        }
        for name in required where !files.contains(where: { $0.name == name }) {
            diagnostics.append(.error("templates/\(name).mustache", "template not found; every site needs home, section, page and 404 templates"))
        }
        let names = Set(files.map(\.name))
        var missing = false
        for (file, scanned) in zip(files, tags) {
            for reference in scanned.references where !reference.isDynamic && !reference.name.isEmpty && !names.contains(reference.name) {
                let kind = reference.isParent ? "parent template" : "partial"
                diagnostics.append(.error(file.path, line: reference.line, "\(kind) '\(reference.name)' does not exist; create templates/\(reference.name).mustache or correct the name"))
                missing = true
            }
        }
        // Partials that include each other, or nest too deep, would overflow the stack while rendering.
        if !missing { diagnostics += TemplateNesting.check(files, tags: tags) }
        // Walking partials needs them all present and finite; a typo in a value is then an error
        // too, where Mustache would render it as nothing.
        if diagnostics.errors.isEmpty { diagnostics += TemplateValueCheck.check(files, tags: tags) }
        guard diagnostics.errors.isEmpty else { return (nil, diagnostics) }
        let fingerprint = files.sorted { $0.name < $1.name }.hashValue
        return (TemplateSet(library: MustacheLibrary(templates: templates), fingerprint: fingerprint), diagnostics)
    }

    package func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// Renders the template the values were built for.
    func render(_ values: TemplateValues) -> String {
        render(values, withTemplate: values.template.rawValue)
    }

    /// Renders another template with the values (the fuzz probe's template).
    package func render(_ values: TemplateValues, withTemplate name: String) -> String {
        StageTimer.timingTemplates { library.render(PageValues(values.dictionary), withTemplate: name) ?? "" }
    }

    /// A page's values as swift-mustache's `MustacheParent`. Every lookup asks each object on the
    /// context stack whether it is one; the Swift runtime answers that faster for a class than for
    /// `[String: Any]`'s conditional conformance (7% less time in templates, measured).
    private final class PageValues: MustacheParent {
        let values: [String: Any]
        init(_ values: [String: Any]) { self.values = values }
        func child(named name: String) -> Any? { values[name] }
    }

    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes; check the names of {{#…}} and {{/…}}"
        case .unfinishedName: return "a tag is not finished; every {{ needs a matching }}"
        case .expectedSectionEnd: return "a section is never closed; add the matching {{/…}} tag"
        case .invalidSetDelimiter: return "a set-delimiter tag {{=…=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to a {{$block}} or {{<parent}}"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "inside {{<parent}}…{{/parent}} only {{$block}}…{{/block}} overrides may appear"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a {{% … }} setting is not recognised"
        }
    }
}
