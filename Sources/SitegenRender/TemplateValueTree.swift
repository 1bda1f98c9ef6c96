/// One template's tags as swift-mustache nests them: sections with what is inside them, a
/// parent (`{{<base}}`) with the blocks it is given, blocks a template shows, partials. Built
/// from `TemplateTags.values` of a template that parsed, so every section is closed.
struct TemplateValueTree {
    indirect enum Node {
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case value(TemplateTags.ValueTag, file: Int)
        /// `{{#name}}` or `{{^name}}` (the tag's kind says which) and what it holds.
        case section(TemplateTags.ValueTag, file: Int, [Node])
        /// `{{$name}}` outside a parent: shows the child's block of that name, else this default.
        case block(name: String, [Node])
        /// `{{<name}}…{{/name}}` with the blocks it gives (`{{$name}}` directly inside it).
        case parent(name: String, blocks: [String: Block])
        case partial(name: String)
    }

    struct Block {
        var nodes: [Node]
        /// Where it is defined, so two different blocks of one name are told apart.
        var origin: String
    }

    var nodes: [Node]

    init(_ tags: [TemplateTags.ValueTag], file: Int) {
        // Open sections, innermost last, each with what was found inside it so far.
        var open: [(tag: TemplateTags.ValueTag?, nodes: [Node], blocks: [String: Block])] = [(nil, [], [:])]
        for tag in tags {
            switch tag.kind {
            case .variable, .unescaped:
                open[open.count - 1].nodes.append(.value(tag, file: file))
            case .partial:
                open[open.count - 1].nodes.append(.partial(name: tag.name))
            case .section, .inverted, .block, .parent:
                open.append((tag, [], [:]))
            case .close:
                guard open.count > 1, let (opening, nodes, blocks) = open.popLast(), let opening else { continue }
                let node: Node
                switch opening.kind {
                case .parent:
                    node = .parent(name: opening.name.hasPrefix("*") ? String(opening.name.dropFirst()) : opening.name, blocks: blocks)
                case .block where open[open.count - 1].tag?.kind == .parent:
                    open[open.count - 1].blocks[opening.name] = Block(nodes: nodes, origin: "\(file):\(opening.line)")
                    continue
                case .block:
                    node = .block(name: opening.name, nodes)
                default:
                    node = .section(opening, file: file, nodes)
                }
                open[open.count - 1].nodes.append(node)
            }
        }
        nodes = open.first?.nodes ?? []
    }

    /// `count(reversed(toc))` → (`toc`, [`count`, `reversed`]): swift-mustache applies the
    /// transforms from the innermost out.
    static func split(_ written: String) -> (name: String, transforms: [String]) {
        guard written.hasSuffix(")"), let open = written.firstIndex(of: "(") else { return (written, []) }
        var transforms = [String(written[..<open])]
        var rest = written[written.index(after: open)...]
        while let next = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<next]))
            rest = rest[rest.index(after: next)...]
        }
        return (String(rest.prefix { $0 != ")" }), transforms)
    }
}
