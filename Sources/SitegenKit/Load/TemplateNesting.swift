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
        // Edges of the inclusion graph, in the order they appear.
        let edges: [[(target: Int, line: Int, tag: String)]] = tags.map { scanned in
            scanned.references.compactMap { reference in
                byName[reference.name].map { ($0, reference.line, (reference.isParent ? "{{<" : "{{> ") + reference.name + "}}") }
            }
        }
        var cycles = CycleSearch(edges: edges)
        var referenced = Set<Int>()
        for list in edges { for edge in list { referenced.insert(edge.target) } }
        // From the templates nothing includes (page, home…) first, so a chain reads from the top.
        let order = files.indices.sorted { (referenced.contains($0) ? 1 : 0, files[$0].name) < (referenced.contains($1) ? 1 : 0, files[$1].name) }
        for start in order { cycles.visit(start) }
        for cycle in cycles.found {
            let chain = describe(cycle.path.map { files[$0].name })
            diagnostics.append(.error(files[cycle.from].path, line: cycle.line, "partials include each other without end: \(chain); remove \(cycle.tag) from this template or from one of the others"))
        }
        guard diagnostics.isEmpty else { return diagnostics }

        // No circles: the depth of a template is its own deepest nesting plus that of the deepest
        // template it includes (plus one for the inclusion). Adding the two, rather than taking
        // the nesting at the tag, keeps the count an upper bound for blocks ({{$…}}) that a
        // parent renders inside its own sections.
        var depth = [Int](repeating: 0, count: files.count)
        var next = [Int?](repeating: nil, count: files.count)
        for index in cycles.finished {  // every template after those it includes
            var below = 0
            for edge in edges[index] where 1 + depth[edge.target] > below {
                below = 1 + depth[edge.target]
                next[index] = edge.target
            }
            depth[index] = tags[index].deepest + below
        }
        guard let deepest = order.max(by: { depth[$0] < depth[$1] }), depth[deepest] > limit else { return [] }
        var chain = [deepest]
        while let following = next[chain[chain.count - 1]] { chain.append(following) }
        let names = describe(chain.map { files[$0].name })
        let line = edges[deepest].first { $0.target == chain.dropFirst().first }?.line
        return [.error(files[deepest].path, line: line, "sections and partials are nested \(depth[deepest]) deep through \(names), more than the limit of \(limit); include fewer partials inside one another")]
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
        let edges: [[(target: Int, line: Int, tag: String)]]
        private var state: [UInt8]  // 0 not seen, 1 on the current path, 2 done
        private(set) var found: [(from: Int, line: Int, tag: String, path: [Int])] = []
        /// Templates in the order they were done: each after every template it includes.
        private(set) var finished: [Int] = []

        init(edges: [[(target: Int, line: Int, tag: String)]]) {
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
                    found.append((index, edge.line, edge.tag, path.map(\.template) + [edge.target]))
                default:
                    break
                }
            }
        }
    }
}
