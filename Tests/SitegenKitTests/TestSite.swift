import Foundation
@testable import SitegenBuild
@testable import SitegenCommands
@testable import SitegenModel

/// A small valid site in a temporary folder, for tests that break one thing at a time.
struct TestSite {
    let root: URL

    static let files: [String: String] = [
        "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\n",
        "content/_index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "content/imnm/_index.md": "---\ntitle: IMNM\n---\nAbout IMNM. See [symptoms](symptoms.md).\n",
        "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n---\n## Muscle weakness\n\nText.\n",
        "templates/base.mustache": "<!DOCTYPE html><title>{{head_title}}</title>{{$main}}{{/main}}\n",
        "templates/home.mustache": "{{<base}}{{$main}}{{{content_html}}}{{#sections}}<a href=\"{{url}}\">{{title}}</a>{{/sections}}{{/main}}{{/base}}\n",
        "templates/section.mustache": "{{<base}}{{$main}}{{{content_html}}}{{/main}}{{/base}}\n",
        "templates/page.mustache": "{{<base}}{{$main}}\n{{> partials/footer}}{{{content_html}}}{{/main}}{{/base}}\n",
        "templates/partials/footer.mustache": "<footer>{{{disclaimer_html}}}</footer>\n",
        "templates/404.mustache": "{{<base}}{{$main}}Not found{{/main}}{{/base}}\n",
    ]

    /// `text` repeated until it has at least 100 words, the fewest sitegen grades: the same
    /// sentences again keep the same grade.
    static func passage(_ text: String) -> String {
        let words = max(1, text.split(whereSeparator: \.isWhitespace).count)
        return Array(repeating: text, count: (99 + words) / words).joined(separator: " ")
    }

    init(_ changes: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        var files = Self.files.mapValues { Optional($0) }
        for (path, text) in changes { files[path] = text }
        for (path, text) in files {
            guard let text else { continue }
            try write(path, Data(text.utf8))
        }
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    var output: String { root.appendingPathComponent("public").path }

    /// Builds and returns every message, formatted as the command line prints them.
    @discardableResult
    func build(drafts: Bool = false) async -> (succeeded: Bool, messages: [String]) {
        do {
            let summary = try await Build.run(BuildOptions(source: root.path, includeDrafts: drafts))
            return (true, summary.warnings.sortedForReport().map(\.description))
        } catch {
            return (false, error.diagnostics.sortedForReport().map(\.description))
        }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder` with its bytes, to show that a failed build changed nothing.
    func snapshot(_ folder: String = "public") -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return result }
        for case let path as String in walker {
            if let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// What `sitegen new` threw, as the command line prints it, or nil if it threw nothing.
func failure(_ body: () throws(Diagnostic) -> ScaffoldResult) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.description
    }
}
