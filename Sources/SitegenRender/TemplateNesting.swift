import SitegenModel

/// How deep rendering the templates can go, checked before swift-mustache parses or renders them:
/// its parser and renderer recurse once per open section and once per partial, so without these
/// limits a partial that includes itself, or sections nested a few thousand deep, end the process
/// with a stack overflow instead of a message.
enum TemplateNesting {
    /// The most sections and partials open at once while rendering any page, counted through
    /// every partial and parent template. Real layouts need about 10; a debug build overflows
    /// its stack at about 550 sections.
    static let limit = 100

    /// Problems with the nesting of `files`, whose tags were scanned into `tags` (same order).
    /// Names that do not exist are left to the caller's message about missing partials.
    static func check(_ files: [TemplateFile], tags: [TemplateTags]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byName: [String: Int] = [:]
        for (index, file) in files.enumerated() { byName[file.name] = index }
        for (file, scanned) in zip(files, tags) {
            if scanned.deepest > limit {
                diagnostics.append(.error(file.path, line: scanned.deepestLine, "sections are nested more than \(limit) deep; close sections with {{/…}} before opening new ones"))
            }
            for reference in scanned.references where reference.isDynamic {
                let tag = reference.isParent ? "{{<*\(reference.name)}}" : "{{>*\(reference.name)}}"
                diagnostics.append(.error(file.path, line: reference.line, "\(tag) takes the template's name from a value, which sitegen does not allow (a page's text could name a template that includes itself); write the name, like {{> partials/nav}}"))
            }
        }
        guard diagnostics.isEmpty else { return diagnostics }
        let graph = Graph(files, tags: tags, byName: byName)
        var cycles = CycleSearch(edges: graph.edges)
        var referenced = Set<Int>()
        for list in graph.edges { for edge in list { referenced.insert(edge.target) } }
        // From the templates nothing includes (page, home…) first, so a chain reads from the top.
        let order = graph.names.indices.sorted { (referenced.contains($0) ? 1 : 0, $0) < (referenced.contains($1) ? 1 : 0, $1) }
        for start in order { cycles.visit(start) }
        for cycle in cycles.found {
            let chain = describe(cycle.path.map { graph.names[$0] })
            diagnostics.append(.error(files[cycle.edge.file].path, line: cycle.edge.line, "partials include each other without end: \(chain); remove \(cycle.edge.tag) from this template or from one of the others"))
        }
        guard diagnostics.isEmpty else { return diagnostics }

        // No circles: the depth of a template is its own deepest nesting plus that of the deepest
        // template it includes (plus one for the inclusion). Adding the two, rather than taking
        // the nesting at the tag, keeps the count an upper bound for blocks ({{$…}}) that a
        // parent renders inside its own sections.
        var depth = graph.ownDepth
        var next = [Graph.Edge?](repeating: nil, count: depth.count)
        for node in cycles.finished {  // every node after those it leads to
            var below = 0
            for edge in graph.edges[node] where 1 + depth[edge.target] > below {
                below = 1 + depth[edge.target]
                next[node] = edge
            }
            depth[node] += below
        }
        guard let deepest = order.max(by: { depth[$0] < depth[$1] }), depth[deepest] > limit, let first = next[deepest] else { return [] }
        var chain = [deepest]
        while let following = next[chain[chain.count - 1]] { chain.append(following.target) }
        let names = describe(chain.map { graph.names[$0] })
        return [.error(files[first.file].path, line: first.line, "sections and partials are nested \(depth[deepest]) deep through \(names), more than the limit of \(limit); include fewer partials inside one another")]
    }

    /// What can render what: a node per template, and one per block name given to a parent
    /// (`{{$main}}` inside `{{<base}}`), which leads to the partials inside such blocks and is
    /// reached from every template that shows a block of that name.
    private struct Graph {
        struct Edge {
            var target: Int
            /// The template and line of the tag, for messages.
            var file: Int
            var line: Int
            var tag: String
        }

        var names: [String]
        var edges: [[Edge]]
        /// Sections open at once inside each node itself.
        var ownDepth: [Int]

        init(_ files: [TemplateFile], tags: [TemplateTags], byName: [String: Int]) {
            let blockNames = Set(tags.flatMap { $0.references.flatMap(\.blocks) + $0.expansions.flatMap(\.blocks) }).sorted()
            var blockNode: [String: Int] = [:]
            for (offset, name) in blockNames.enumerated() { blockNode[name] = files.count + offset }
            names = files.map(\.name) + blockNames.map { "{{$\($0)}}" }
            edges = Array(repeating: [], count: names.count)
            ownDepth = tags.map(\.deepest) + Array(repeating: 0, count: blockNames.count)
            for (file, scanned) in tags.enumerated() {
                for reference in scanned.references {
                    guard let target = byName[reference.name] else { continue }
                    let edge = Edge(target: target, file: file, line: reference.line, tag: (reference.isParent ? "{{<" : "{{> ") + reference.name + "}}")
                    edges[file].append(edge)
                    for block in reference.blocks {
                        guard let node = blockNode[block] else { continue }
                        edges[node].append(edge)
                        ownDepth[node] = max(ownDepth[node], scanned.deepest)
                    }
                }
                for expansion in scanned.expansions {
                    guard let node = blockNode[expansion.name] else { continue }
                    let edge = Edge(target: node, file: file, line: expansion.line, tag: "{{$\(expansion.name)}}")
                    edges[file].append(edge)
                    // A block shown inside a block given to a parent is rendered from that block:
                    // `{{$main}}` inside the `{{$main}}` given to `{{<base}}` renders itself without end.
                    for block in expansion.blocks {
                        if let enclosing = blockNode[block] { edges[enclosing].append(edge) }
                    }
                }
            }
        }
    }

    /// `page → partials/a → partials/b`, with the middle of a long chain left out.
    static func describe(_ chain: [String]) -> String {
        let shown = chain.count > 10 ? chain.prefix(5) + ["…"] + chain.suffix(4) : chain[...]
        return shown.joined(separator: " → ")
    }

    /// Depth-first search that notes every inclusion leading back to a template still being
    /// visited. Iterative: a folder of thousands of partials each including the next must not
    /// overflow the stack here either.
    private struct CycleSearch {
        let edges: [[Graph.Edge]]
        private var state: [UInt8]  // 0 not seen, 1 on the current path, 2 done
        private(set) var found: [(edge: Graph.Edge, path: [Int])] = []
        /// Templates in the order they were done: each after every template it includes.
        private(set) var finished: [Int] = []

        init(edges: [[Graph.Edge]]) {
            self.edges = edges
            state = [UInt8](repeating: 0, count: edges.count)
        }

        mutating func visit(_ start: Int) {
            guard state[start] == 0 else { return }
            state[start] = 1
            var path: [(template: Int, nextEdge: Int)] = [(start, 0)]
            while let (index, edgeIndex) = path.last {
                guard edgeIndex < edges[index].count else {
                    path.removeLast()
                    state[index] = 2
                    finished.append(index)
                    continue
                }
                path[path.count - 1].nextEdge += 1
                let edge = edges[index][edgeIndex]
                switch state[edge.target] {
                case 0:
                    state[edge.target] = 1
                    path.append((edge.target, 0))
                case 1:
                    found.append((edge, path.map(\.template) + [edge.target]))
                default:
                    break
                }
            }
        }
    }
}
