import SitegenModel

/// Writes the theme's fixed texts into a template's text before it is compiled: `{{t.search}}`
/// becomes `Search`, escaped as Mustache would escape it. Each such tag otherwise costs a lookup
/// through every page's context stack at render time (40 of them a page made templates 40%
/// slower, measured on 10,000 pages); inlined, a text costs nothing per page.
///
/// Only plain `{{t.key}}` and `{{{t.key}}}` tags of the texts given are replaced; a text that
/// depends on the page (`{section}`, `{title}`, `{url}`) or holds a line break (which would move
/// the lines of later errors) is left to the lookup, and so is a file that changes delimiters.
package enum ThemeTextInlining {
    static func inline(_ text: String, texts: [String: String]) -> String {
        guard !texts.isEmpty, text.contains("{{t."), !text.contains("{{=") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let triple = after.hasPrefix("{")
            let nameStart = triple ? after.index(after: after.startIndex) : after.startIndex
            let close = triple ? "}}}" : "}}"
            if after[nameStart...].hasPrefix("t."), let end = after[nameStart...].range(of: close) {
                let name = String(after[after.index(nameStart, offsetBy: 2)..<end.lowerBound])
                if let value = texts[name] {
                    result += triple ? value : HTML.escape(value, apostrophe: true)
                    rest = after[end.upperBound...]
                    continue
                }
            }
            result += "{{"
            rest = after
        }
        return result + rest
    }

    /// The texts of `strings` that are the same on every page of the site, by key.
    package static func fixedTexts(_ strings: ThemeStrings, siteTitle: String) -> [String: String] {
        let pageKeys = Set(PageContext.pageTextKeys)
        var texts: [String: String] = [:]
        for key in ThemeStringKey.allCases where !pageKeys.contains(key) {
            let text = strings.text(key, ["site": siteTitle])
            if !text.contains("\n") { texts[key.rawValue] = text }
        }
        return texts
    }
}
