import SitegenModel

/// Checks every value a template names against the values it receives (TemplateValues.swift):
/// Mustache renders an unknown name as nothing, so `{{titel}}` would silently drop a title.
///
/// Each template sitegen renders is walked as swift-mustache renders it: into its parent with
/// the blocks it gives, into every partial (so a partial is checked once for each template that
/// includes it, and must be right for each), and into sections with what they put on the
/// context stack. Templates that no page uses are not checked: they have no values.
/// Run only on templates that parsed and whose partials exist and include each other finitely.
enum TemplateValueCheck {
    static func check(_ files: [TemplateFile], tags: [TemplateTags]) -> [Diagnostic] {
        var byName: [String: Int] = [:]
        for (index, file) in files.enumerated() { byName[file.name] = index }
        let trees = tags.enumerated().map { TemplateValueTree($0.element.values, file: $0.offset) }
        let elsewhere = PageTemplate.allCases.map { ($0, $0.shape) }
        // Each problem once, with the templates it was found for.
        var found: [(file: Int, line: Int, message: String, roots: [PageTemplate])] = []
        for template in PageTemplate.allCases {
            guard let root = byName[template.rawValue] else { continue }
            var walk = Walk(trees: trees, byName: byName, template: template, elsewhere: elsewhere)
            walk.visit(trees[root].nodes, stack: [.object(template.shape)], inList: false, blocks: [:])
            for problem in walk.problems {
                if let index = found.firstIndex(where: { $0.file == problem.file && $0.line == problem.line && $0.message == problem.message }) {
                    if !found[index].roots.contains(template) { found[index].roots.append(template) }
                } else {
                    found.append((problem.file, problem.line, problem.message, [template]))
                }
            }
        }
        let ordered = found.enumerated().sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }
        return ordered.map(\.element).map { problem in
            let file = files[problem.file]
            // A partial or parent says which templates' values it was checked with.
            let rendered = problem.roots.map(\.rawValue).contains(file.name) ? "" : " (rendered for \(problem.roots.map { "\($0.rawValue).mustache" }.joined(separator: ", ")))"
            return .error(file.path, line: problem.line, problem.message + rendered)
        }
    }

    private struct Walk {
        let trees: [TemplateValueTree]
        let byName: [String: Int]
        let template: PageTemplate
        let elsewhere: [(template: PageTemplate, shape: TemplateShape)]
        var problems: [(file: Int, line: Int, message: String)] = []
        /// Partials and parents already walked with the same stack and blocks: a partial
        /// included from many places is walked once per distinct situation, not once per path.
        var walked: Set<String> = []

        init(trees: [TemplateValueTree], byName: [String: Int], template: PageTemplate, elsewhere: [(template: PageTemplate, shape: TemplateShape)]) {
            self.trees = trees
            self.byName = byName
            self.template = template
            self.elsewhere = elsewhere
        }

        mutating func visit(_ nodes: [TemplateValueTree.Node], stack: [TemplateValueLookup.Frame], inList: Bool, blocks: [String: TemplateValueTree.Block]) {
            let lookup = TemplateValueLookup(stack: stack, inList: inList, elsewhere: elsewhere, template: template)
            for node in nodes {
                switch node {
                case .value(let tag, let file):
                    switch lookup.resolve(tag.name) {
                    case .success(let kind):
                        if let problem = Self.writing(tag, kind) { problems.append((file, tag.line, problem)) }
                    case .failure(let problem):
                        problems.append((file, tag.line, problem.message))
                    }
                case .section(let tag, let file, let inside):
                    switch lookup.resolve(tag.name) {
                    case .success(let kind):
                        let (frame, list) = tag.kind == .inverted ? Self.inverted(kind, inList: inList) : Self.opened(kind, inList: inList)
                        visit(inside, stack: frame.map { stack + [$0] } ?? stack, inList: list, blocks: blocks)
                    case .failure(let problem):
                        problems.append((file, tag.line, problem.message))
                        visit(inside, stack: stack, inList: inList, blocks: blocks)
                    }
                case .block(let name, let fallback):
                    visit(blocks[name]?.nodes ?? fallback, stack: stack, inList: false, blocks: blocks)
                case .parent(let name, let given):
                    // The blocks given first win, as in swift-mustache's `withPartial`.
                    include(name, stack: stack, blocks: blocks.merging(given) { first, _ in first })
                case .partial(let name):
                    include(name, stack: stack, blocks: blocks)
                }
            }
        }

        private mutating func include(_ name: String, stack: [TemplateValueLookup.Frame], blocks: [String: TemplateValueTree.Block]) {
            guard let index = byName[name] else { return }
            let key = "\(name)|\(stack.map(Self.signature))|\(blocks.mapValues(\.origin).sorted { $0.key < $1.key })"
            guard walked.insert(key).inserted else { return }
            visit(trees[index].nodes, stack: stack, inList: false, blocks: blocks)
        }

        private static func signature(_ frame: TemplateValueLookup.Frame) -> String {
            switch frame {
            case .object(let shape): shape.name
            case .value(let kind): TemplateValueLookup.describe(kind)
            }
        }

        /// What `{{#name}}` puts on the stack, and whether `index()` works inside it.
        private static func opened(_ kind: TemplateValueKind, inList: Bool) -> (TemplateValueLookup.Frame?, Bool) {
            switch kind {
            case .list(let shape): (.object(shape), true)
            case .object(let shape): (.object(shape), false)
            case .flag: (nil, inList)  // a true flag renders inside the same context
            case .text, .html, .number: (.value(kind), false)
            }
        }

        /// What `{{^name}}` puts on the stack: an empty list itself, else nothing.
        private static func inverted(_ kind: TemplateValueKind, inList: Bool) -> (TemplateValueLookup.Frame?, Bool) {
            if case .list = kind { return (.value(kind), false) }
            return (nil, inList)
        }

        /// Why the value cannot be written the way `tag` writes it, if it cannot.
        private static func writing(_ tag: TemplateTags.ValueTag, _ kind: TemplateValueKind) -> String? {
            let name = TemplateValueTree.split(tag.name).name
            let shown = tag.name == "." ? "{{.}} here" : "'\(tag.name)'"
            switch (kind, tag.kind) {
            case (.text, .variable), (.number, _), (.html, .unescaped):
                return nil
            case (.html, _):
                return "\(shown) is HTML; write it with three braces, {{{\(tag.name)}}}, or its tags show as text"
            case (.text, _):
                return "\(shown) is text; write it with two braces, {{\(tag.name)}}, so that characters like < and & are escaped"
            case (.flag, _):
                return "\(shown) is a flag (true or absent), which shows as 'true'; test it with {{#\(name)}}…{{/\(name)}}"
            case (.list(let shape), _):
                let open = tag.name == "." ? "" : " with {{#\(tag.name)}}…{{/\(tag.name)}}"
                return "\(shown) is a list; write the values of each item (\(shape.name)) inside it\(open)"
            case (.object(let shape), _):
                let prefix = tag.name == "." ? "" : "\(tag.name)."
                let example = shape.fields.first { if case .text = $0.kind { true } else { false } }?.name ?? shape.fields.first?.name ?? ""
                return "\(shown) is \(shape.name), not a text; write one of its values, like {{\(prefix)\(example)}}"
            }
        }
    }
}
