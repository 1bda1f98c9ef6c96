import SitegenModel

/// Finds what a tag's name stands for, the way swift-mustache looks it up while rendering
/// (`MustacheTemplate.getChild` in Template+Render.swift), but on the schema's kinds instead
/// of on values: a plain name is looked for in each object on the context stack from the
/// innermost out (so inside `{{#toc}}` a name the entry lacks falls back to the page's);
/// `.name` only in the innermost; in `a.b`, `b` only inside `a`; `.` is the innermost itself;
/// `f(name)` applies swift-mustache's built-in transforms; `index()` and the like, with no name,
/// ask the list being gone through.
struct TemplateValueLookup {
    /// What is on the context stack: an object with named values, or a value without any.
    enum Frame {
        case object(TemplateShape)
        case value(TemplateValueKind)

        var shape: TemplateShape? {
            if case .object(let shape) = self { return shape }
            return nil
        }

        var kind: TemplateValueKind {
            switch self {
            case .object(let shape): .object(shape)
            case .value(let kind): kind
            }
        }
    }

    var stack: [Frame]
    /// Directly inside a list section, where `first()`, `last()`, `index()`, `even()` and `odd()` work.
    var inList: Bool
    /// The top-level values of each template, to say where a name used in the wrong one belongs.
    var elsewhere: [(template: PageTemplate, shape: TemplateShape)]
    var template: PageTemplate

    /// The kind of the value `written` names, or why it names none.
    func resolve(_ written: String) -> Result<TemplateValueKind, Problem> {
        let (name, transforms) = TemplateValueTree.split(written)
        var kind: TemplateValueKind
        if name.isEmpty, !transforms.isEmpty {
            guard inList else { return .failure(Problem("'\(written)' works only directly inside a list section, like {{#toc}}{{#first()}}…{{/first()}}{{/toc}}")) }
            guard let last = transforms.last, let result = Self.listPosition[last] else {
                return .failure(unknownTransform(transforms.last ?? "", of: written, candidates: Array(Self.listPosition.keys)))
            }
            kind = result
            return apply(transforms.dropLast(), to: kind, written: written)
        }
        switch lookup(name) {
        case .success(let found): kind = found
        case .failure(let problem): return .failure(problem)
        }
        return apply(transforms[...], to: kind, written: written)
    }

    private func lookup(_ name: String) -> Result<TemplateValueKind, Problem> {
        guard let innermost = stack.last else { return .failure(Problem("unknown value '\(name)'")) }
        if name == "." { return .success(innermost.kind) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else { return .failure(Problem("unknown value '\(name)'")) }
        let onlyInnermost = name.hasPrefix(".")
        let searched = onlyInnermost ? [innermost] : Array(stack.reversed())
        guard let found = searched.lazy.compactMap({ $0.shape?.field(first) }).first else {
            return .failure(unknown(first, written: name, in: searched, onlyInnermost: onlyInnermost))
        }
        var kind = found.kind
        var path = (onlyInnermost ? "." : "") + first
        for part in parts.dropFirst() {
            guard case .object(let shape) = kind else {
                return .failure(Problem("unknown value '\(name)': '\(path)' is \(Self.describe(kind)), which has no values of its own"))
            }
            guard let field = shape.field(part) else {
                let suggestion = Suggestion.closest(to: part, in: shape.fields.map(\.name)).map { "; did you mean '\(path).\($0)'?" }
                // The theme's fifty-odd texts are too many to list in a message.
                let known = shape.fields.count > 10 ? "; docs/templates.md lists \(shape.name)" : "; \(shape.name) has \(Self.list(shape))"
                return .failure(Problem("unknown value '\(name)'" + (suggestion ?? known)))
            }
            kind = field.kind
            path += "." + part
        }
        return .success(kind)
    }

    private func unknown(_ first: String, written: String, in frames: [Frame], onlyInnermost: Bool) -> Problem {
        var visible: [String] = []
        for shape in frames.compactMap(\.shape) { for field in shape.fields where !visible.contains(field.name) { visible.append(field.name) } }
        let owners = elsewhere.filter { $0.template != template && $0.shape.field(first) != nil }.map { "\($0.template.rawValue).mustache" }
        if !onlyInnermost, !owners.isEmpty {
            return Problem("value '\(first)' is not given to \(template.rawValue).mustache, only to \(owners.joined(separator: ", ")); remove it or move it to that template")
        }
        if let guess = Suggestion.closest(to: first, in: visible) {
            let prefix = onlyInnermost ? "." : ""
            let rest = written.dropFirst(prefix.count + first.count)
            return Problem("unknown value '\(written)'; did you mean '\(prefix)\(guess)\(rest)'?")
        }
        if onlyInnermost, let shape = frames.first?.shape, stack.count > 1 {
            return Problem("unknown value '\(written)': \(shape.name) has \(Self.list(shape))")
        }
        return Problem("unknown value '\(written)'; docs/templates.md lists the values each template receives")
    }

    private func apply(_ transforms: ArraySlice<String>, to start: TemplateValueKind, written: String) -> Result<TemplateValueKind, Problem> {
        var kind = start
        for transform in transforms.reversed() {
            guard let result = Self.transform(transform, of: kind) else {
                let all = Self.textTransforms + Self.listTransforms + Self.numberTransforms
                guard all.contains(transform) else { return .failure(unknownTransform(transform, of: written, candidates: all)) }
                let offered = Self.transforms(of: kind)
                let hint = offered.isEmpty ? "it has no transforms" : "its transforms are \(offered.joined(separator: ", "))"
                return .failure(Problem("'\(transform)' does not apply to \(Self.describe(kind)) in '\(written)'; \(hint)"))
            }
            kind = result
        }
        return .success(kind)
    }

    private func unknownTransform(_ transform: String, of written: String, candidates: [String]) -> Problem {
        let guess = Suggestion.closest(to: transform, in: candidates).map { "; did you mean '\($0)'?" }
        return Problem("unknown transform '\(transform)' in '\(written)'" + (guess ?? "; see docs/templates.md"))
    }

    /// swift-mustache 2.1.1's built-in transforms (Transform.swift) on the kinds sitegen gives.
    /// `sorted` needs comparable items (sitegen's lists hold objects) and objects get none.
    static let textTransforms = ["empty", "capitalized", "lowercased", "uppercased", "reversed"]
    static let listTransforms = ["first", "last", "reversed", "count", "empty"]
    static let numberTransforms = ["equalzero", "plusone", "minusone", "even", "odd"]
    static let listPosition: [String: TemplateValueKind] = ["first": .flag, "last": .flag, "index": .number, "even": .flag, "odd": .flag]

    static func transforms(of kind: TemplateValueKind) -> [String] {
        switch kind {
        case .text, .html: textTransforms
        case .list: listTransforms
        case .number: numberTransforms
        case .flag, .object: []
        }
    }

    static func transform(_ name: String, of kind: TemplateValueKind) -> TemplateValueKind? {
        guard transforms(of: kind).contains(name) else { return nil }
        switch (kind, name) {
        case (_, "empty"), (.number, "equalzero"), (.number, "even"), (.number, "odd"): return .flag
        case (.list(let shape), "first"), (.list(let shape), "last"): return .object(shape)
        case (.list, "count"): return .number
        default: return kind
        }
    }

    static func describe(_ kind: TemplateValueKind) -> String {
        switch kind {
        case .text: "text"
        case .html: "HTML"
        case .flag: "a flag (true or absent)"
        case .number: "a number"
        case .list(let shape): "a list (each item \(shape.name))"
        case .object(let shape): shape.name
        }
    }

    static func list(_ shape: TemplateShape) -> String {
        shape.fields.map { "'\($0.name)'" }.joined(separator: ", ")
    }

    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
