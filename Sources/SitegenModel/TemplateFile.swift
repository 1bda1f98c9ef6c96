/// The text of one Mustache template, before it is compiled.
public struct TemplateFile: Sendable, Hashable {
    /// Name used by partials and inheritance: `page`, `partials/header`.
    public var name: String
    /// Path relative to the site folder, for messages.
    public var path: String
    public var text: String

    package init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
