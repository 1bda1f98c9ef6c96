/// Every word the theme shows, in one language: headings, links, labels read by screen readers,
/// the handout's and the search page's texts, the 404 page.
///
/// Built-in for English and Spanish; a site adds a language or changes a text with
/// `i18n/<code>.yml`. A text may name values the renderer fills in, like `{section}`.
public struct ThemeStrings: Sendable, Hashable {
    public private(set) var texts: [ThemeStringKey: String]

    public init(_ texts: [ThemeStringKey: String]) {
        self.texts = texts
    }

    /// The text for `key`, with each `{name}` replaced by `values[name]` (in one pass, so a value
    /// with braces in it, such as a page title, is kept as it is); English when this language has
    /// none (the loader warns about that).
    public func text(_ key: ThemeStringKey, _ values: [String: String] = [:]) -> String {
        let template = texts[key] ?? Self.english.texts[key] ?? ""
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return FillableText(template).filled(values)
    }

    /// Every text by its key's name, English where this language has none, `{placeholders}` left
    /// in: for a template's values (`{{t.on_this_page}}`).
    public var byName: [String: String] {
        Dictionary(uniqueKeysWithValues: ThemeStringKey.allCases.map { ($0.rawValue, text($0)) })
    }

    /// The same texts without `key`'s own (`text(key)` is then the English one).
    public func removing(_ key: ThemeStringKey) -> ThemeStrings {
        var texts = texts
        texts[key] = nil
        return ThemeStrings(texts)
    }

    /// The same texts with `overrides` in place of some.
    public func merging(_ overrides: [ThemeStringKey: String]) -> ThemeStrings {
        ThemeStrings(texts.merging(overrides) { _, new in new })
    }

    /// The built-in texts for a language code (`es-MX` gets Spanish), or `nil` when sitegen has none.
    public static func builtIn(for code: String) -> ThemeStrings? {
        switch LanguageCode.primary(code) {
        case "en": english
        case "es": spanish
        default: nil
        }
    }

    /// The `{name}`s in a text, in order.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.append(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

/// A theme text split at its `{name}` placeholders once, to be filled in for many pages.
public struct FillableText: Sendable {
    private enum Part: Sendable {
        case literal(Substring)
        case placeholder(String)
    }

    private let parts: [Part]

    public init(_ template: String) {
        var parts: [Part] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            // A `{` without a `}` after it, or with another `{` first, is text.
            guard let close = after.firstIndex(of: "}"), !after[..<close].contains("{") else {
                parts.append(.literal(rest[...open]))
                rest = after
                continue
            }
            parts.append(.literal(rest[..<open]))
            parts.append(.placeholder(String(after[..<close])))
            rest = after[after.index(after: close)...]
        }
        parts.append(.literal(rest))
        self.parts = parts
    }

    /// Each `{name}` replaced by `values[name]`, in one pass, so a value with braces in it (a
    /// page title) is kept as it is; a name without a value stays as written.
    public func filled(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .placeholder(let name): result += values[name] ?? "{" + name + "}"
            }
        }
        return result
    }
}
