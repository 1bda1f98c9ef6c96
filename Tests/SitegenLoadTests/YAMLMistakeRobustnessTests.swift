import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenLoad

/// The plain-words messages read the lines around libyaml's marks (`YAMLLines`): whatever the
/// text, that must never trap, and every message must be at a line the file has. Each input of
/// the front-matter fuzz corpus, and each with one YAML-significant character put at each of its
/// places, is read as a page's front matter and as site.yml.
@Suite struct YAMLMistakeRobustnessTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// With `tricky`, only the corpus's `tricky-*` inputs and the regressions.
    static func inputs(tricky: Bool = false) throws -> [String] {
        var texts: [String] = []
        for folder in ["corpus/front-matter", "regressions/front-matter"] {
            let url = fuzzFolder.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where !tricky || folder.hasPrefix("regressions") || name.hasPrefix("tricky-") {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                if let text = String(data: data, encoding: .utf8) { texts.append(text) }
            }
        }
        return texts
    }

    /// Each message's line is within the file, and a syntax error is one message.
    func check(_ yaml: String, settings readAsSettings: Bool = true) {
        let page = "---\n" + yaml + "\n---\nText.\n"
        let fileLines = page.utf8.count(where: { $0 == 0x0A }) + 1
        let parsed = FrontMatterParser.parse(page, path: "content/a/b.md")
        for diagnostic in parsed.diagnostics {
            #expect((1...fileLines).contains(diagnostic.line ?? 1), "\(diagnostic) in \(page.debugDescription)")
        }
        guard readAsSettings else { return }
        let settings = SiteConfigLoader.load(text: yaml, baseURLOverride: "https://www.example-clinic.org/").1
        let settingsLines = yaml.utf8.count(where: { $0 == 0x0A }) + 1
        for diagnostic in settings {
            #expect((1...max(1, settingsLines)).contains(diagnostic.line ?? 1), "\(diagnostic) in \(yaml.debugDescription)")
        }
    }

    @Test func everyCorpusInputAndEachOneCharacterChangeOfIt() throws {
        let inputs = try Self.inputs()
        #expect(inputs.count > 30)
        for text in inputs { check(text) }
        // One character put in or taken out at each of the first places of the tricky inputs and
        // the regressions: about 20,000 texts, a few seconds.
        let marks: [Character] = [":", "\"", "'", "[", "\t", " ", "-", "\n", "&", "\\"]
        for text in try Self.inputs(tricky: true) {
            let characters = Array(text.prefix(80))
            for index in characters.indices {
                for mark in marks {
                    var changed = characters
                    changed.insert(mark, at: index)
                    check(String(changed), settings: false)
                }
                var removed = characters
                removed.remove(at: index)
                check(String(removed), settings: false)
            }
        }
    }
}
