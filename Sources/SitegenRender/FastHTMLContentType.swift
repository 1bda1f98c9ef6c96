import Mustache
import SitegenModel

/// swift-mustache's HTML escaping, the same five characters, without its per-character dictionary
/// lookups (which were a seventh of a large build). Registered under swift-mustache's own name
/// "HTML", and `TemplateSet` starts every template with `{{% CONTENT_TYPE: HTML }}`, because
/// the library's default context always uses its built-in escaper.
package struct FastHTMLContentType: MustacheContentType {
    /// A standalone line, so it leaves no blank line behind.
    package static let pragma = "{{% CONTENT_TYPE: HTML }}\n"
    /// Registering is a one-time side effect; a `static let` runs it once, thread-safely.
    package static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: "HTML")

    package func escapeText(_ text: String) -> String { HTML.escape(text, apostrophe: true) }
}
