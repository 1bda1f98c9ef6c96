import Foundation
import Testing

/// Runs the real `sitegen` binary, as an editor or a CI job would, and checks exit codes and output.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The binary SwiftPM built next to this test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sitegen").path) {
            folder.deleteLastPathComponent()
        }
        let beside = folder.appendingPathComponent("sitegen")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        // `swift test` runs an xctest bundle from the build folder: look there.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/sitegen")
    }()

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    static let reviewed = "last_reviewed: 2026-10-01\nreviewed_by: Dr Ada Example\n"

    /// A site with nothing to warn about on 2026-11-25.
    func cleanSite(_ changes: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = [
            // A care card: a section without one is warned about.
            "content/imnm/_index.md": "---\ntitle: IMNM\n\(Self.reviewed)---\nMuscles get weak. See [symptoms](symptoms.md).\n\n> [!URGENT] Ask for an urgent appointment if:\n> - your muscles get weaker\n",
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n\(Self.reviewed)---\n## Weak legs\n\nYour legs may feel weak.\n",
        ]
        for (path, text) in changes { files[path] = text }
        return try TestSite(files)
    }

    @Test func buildPrintsASummaryAndExitsZero() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let result = try run(["build", "--today", "2026-11-25"], in: site.root)
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output.hasPrefix("Built 3 pages in 1 section: 19 files in ./public (19 written) in "))
    }

    @Test func buildWithErrorsExitsOneAndSaysNothingWasWritten() throws {
        let site = try cleanSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: soon\n---\n"])
        defer { site.cleanUp() }
        let result = try run([], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors == """
            content/imnm/symptoms.md:3: error: 'weight' must be a whole number, like 'weight: 10' (found 'soon')
            sitegen: error: build failed with 1 error; nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func strictBuildFailsOnWarningsWithStatusTwo() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let result = try run(["build", "--strict", "--today", "2029-01-01"], in: site.root)
        #expect(result.status == 2)
        #expect(result.errors.contains("content/imnm/symptoms.md: warning: was last reviewed on 2026-10-01, 823 days ago, more than the review interval of 730 days; have it reviewed again and update last_reviewed"))
        #expect(result.errors.hasSuffix("sitegen: error: build failed: 2 warnings and --strict; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func quietHidesWarningsAndTheReport() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let loud = try run(["build", "--today", "2029-01-01"], in: site.root)
        #expect(loud.errors.contains("Editor's report: 2 of 3 pages need attention"))
        let quiet = try run(["build", "--quiet", "--today", "2029-01-01"], in: site.root)
        #expect(quiet.status == 0)
        #expect(quiet.errors == "")
    }

    @Test func reportFileHasEveryPageAndIsNeverInsideTheOutput() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let refused = try run(["build", "--report", "public/report.json"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.errors == "sitegen: error: the report public/report.json would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --report\n")
        let result = try run(["build", "--report", "report.json", "--today", "2026-11-25"], in: site.root)
        #expect(result.status == 0)
        let data = try Data(contentsOf: site.root.appendingPathComponent("report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pages = try #require(report["pages"] as? [[String: Any]])
        #expect(pages.map { $0["url"] as? String } == ["", "imnm/", "imnm/symptoms/"])
        #expect(pages.map { $0["source"] as? String } == ["content/_index.md", "content/imnm/_index.md", "content/imnm/symptoms.md"])
        let symptoms = pages[2]
        #expect(symptoms["words"] as? Int == 8)  // "Symptoms" + "Weak legs" + "Your legs may feel weak."
        #expect(symptoms["sentences"] as? Int == 3)
        // Too short to grade (under 100 words): no grade, no SMOG and no reading ease; its
        // hardest words are still listed (none here).
        #expect(Set(symptoms.keys) == ["url", "source", "words", "sentences", "syllables", "warnings", "hard_words", "pemat"])
        #expect(symptoms["hard_words"] as? [String] == [])
        #expect(report["readability"] as? String == "smog")
    }

    @Test func checkExitCodes() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let clean = try run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(clean.status == 0)
        #expect(clean.output == "Checked 3 pages: 0 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: site.output), "check writes nothing")

        let stale = try run(["check", "--today", "2029-01-01"], in: site.root)
        #expect(stale.status == 0)
        let strict = try run(["check", "--strict", "--today", "2029-01-01"], in: site.root)
        #expect(strict.status == 2)

        try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\n![](chart.png)\n".utf8))
        let broken = try run(["check"], in: site.root)
        #expect(broken.status == 1)
        #expect(broken.output.contains("content/imnm/symptoms.md:4: error: image 'chart.png' has no alt text;"))
    }

    @Test func checkJSONIsStable() throws {
        let site = try cleanSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n\(Self.reviewed)---\n#### Deep\n\n[click here](_index.md)\n"])
        defer { site.cleanUp() }
        let result = try run(["check", "--format", "json", "--today", "2026-11-25"], in: site.root)
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 0)
        #expect(report["warnings"] as? Int == 2)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["line"] as? Int } == [7, 9])
        #expect(diagnostics.map { $0["category"] as? String } == ["accessibility", "accessibility"])
        #expect(diagnostics.first?["message"] as? String == "heading 'Deep' skips from level 1 to level 4; use '## Deep' so screen-reader users can follow the outline")
        #expect((report["pages"] as? [Any])?.count == 3)
        let again = try run(["check", "--format", "json", "--today", "2026-11-25"], in: site.root)
        #expect(again.output == result.output)
    }

    // MARK: - What was left out (issue 27)

    @Test func buildAndCheckEndWithTheDraftsTheyLeftOut() throws {
        let draft = "---\ntitle: Draft\ndraft: true\n---\nText.\n"
        let site = try cleanSite([
            "content/imnm/causes.md": draft,
            "content/imnm/treatment.md": draft,
            // A draft section: its pages are left out with it.
            "content/lupus/_index.md": "---\ntitle: Lupus\ndraft: true\n---\nText.\n",
            "content/lupus/symptoms.md": "---\ntitle: Symptoms\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        let named = "content/imnm/causes.md, content/imnm/treatment.md, content/lupus/_index.md and 1 more"
        let build = try run(["build", "--today", "2026-11-25"], in: site.root)
        #expect(build.status == 0)
        #expect(build.output.hasPrefix("Built 3 pages in 1 section: "))
        #expect(build.output.hasSuffix(" s\n4 drafts not published: \(named); see them with --drafts\n"))
        let quiet = try run(["build", "--quiet", "--today", "2026-11-25"], in: site.root)
        #expect(quiet.output.hasSuffix("\n4 drafts not published: \(named); see them with --drafts\n"))
        let all = try run(["build", "--drafts", "--today", "2026-11-25"], in: site.root)
        #expect(all.output.hasPrefix("Built 7 pages in 2 sections: "))
        #expect(all.output.split(separator: "\n").count == 1, "nothing is left out with --drafts")

        let check = try run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(check.output == "Checked 3 pages: 0 errors, 0 warnings\n4 drafts not checked: \(named); check them with --drafts\n")
        let json = try run(["check", "--format", "json", "--today", "2026-11-25"], in: site.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(report["drafts"] as? [String] == ["content/imnm/causes.md", "content/imnm/treatment.md", "content/lupus/_index.md", "content/lupus/symptoms.md"])
        let checkAll = try run(["check", "--drafts", "--format", "json", "--today", "2026-11-25"], in: site.root)
        #expect((try JSONSerialization.jsonObject(with: Data(checkAll.output.utf8)) as? [String: Any])?["drafts"] as? [String] == [])


        // From outside the site, the paths are from where the editor stands, as in messages.
        let outside = try run(["check", "--source", site.root.lastPathComponent, "--today", "2026-11-25"], in: site.root.deletingLastPathComponent())
        #expect(outside.output.hasSuffix("\n4 drafts not checked: \(site.root.lastPathComponent)/content/imnm/causes.md, \(site.root.lastPathComponent)/content/imnm/treatment.md, \(site.root.lastPathComponent)/content/lupus/_index.md and 1 more; check them with --drafts\n"))
    }

    @Test func oneDraftIsOneDraft() throws {
        let site = try cleanSite(["content/imnm/causes.md": "---\ntitle: Causes\ndraft: true\n---\nText.\n"])
        defer { site.cleanUp() }
        let check = try run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(check.output == "Checked 3 pages: 0 errors, 0 warnings\n1 draft not checked: content/imnm/causes.md; check it with --drafts\n")
    }

    @Test func everyCommandInAFolderWithoutASiteSaysOneThing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands: [[String]] = [
            [], ["build"], ["check"], ["check", "--format", "json"], ["report"], ["serve", "--port", "0"],
            ["new", "section", "Lupus"], ["new", "page", "lupus/symptoms"], ["move", "content/a.md", "content/b.md"],
        ]
        for arguments in commands {
            let result = try run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.output == "", "\(arguments)")
            #expect(result.errors == "sitegen: error: no site here (no site.yml in \(folder.path)); start one with `sitegen init`\n", "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing was written")
        let named = try run(["build", "--source", "lupus-site"], in: folder)
        #expect(named.errors == "sitegen: error: no site here (no folder lupus-site); start one with `sitegen init lupus-site`\n")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lupus-site"), withIntermediateDirectories: true)
        let empty = try run(["check", "--source", "lupus-site"], in: folder)
        #expect(empty.errors == "sitegen: error: no site here (no site.yml in lupus-site); start one with `sitegen init lupus-site`\n")
    }

    @Test func aSiteWithSettingsButNoFoldersStillListsWhatItLacks() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        try site.remove("content")
        let result = try run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("content: error: folder not found in the site folder;"))
    }

    @Test func eachCommandsHelpSaysWhatDraftsDoesForIt() throws {
        let folder = FileManager.default.temporaryDirectory
        /// The help of `option`, on one line.
        func help(_ command: String, _ option: String) throws -> String {
            let text = try run([command, "--help"], in: folder).output
            let lines = text.split(separator: "\n").drop { !$0.trimmingCharacters(in: .whitespaces).hasPrefix(option + " ") }
            guard let first = lines.first else { return "" }
            let rest = lines.dropFirst().prefix { $0.hasPrefix("      ") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
            return ([first.trimmingCharacters(in: .whitespaces).dropFirst(option.count)] + rest).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        #expect(try help("build", "--drafts") == "Also publish pages marked 'draft: true' (and the pages of a draft section), to look at them before they are ready; without it, the last line names the drafts left out.")
        #expect(try help("check", "--drafts") == "Also check pages marked 'draft: true' (and the pages of a draft section); without it they are not checked, and the last line names them.")
        #expect(try help("report", "--drafts") == "Also list pages marked 'draft: true' (and the pages of a draft section) in the dashboard; without it they are left out, and the note on its page count names them.")
        #expect(try help("serve", "--drafts") == "Also show pages marked 'draft: true' (and the pages of a draft section); without it, the first lines name the drafts left out.")
        #expect(try help("report", "--today").hasSuffix("which pages are overdue or due soon."))
        #expect(try help("move", "<src>") == "The page or section folder to move, like content/my-section/my-page.md.")
    }

    @Test func newRefusesToOverwrite() throws {
        let site = try cleanSite()
        defer { site.cleanUp() }
        let created = try run(["new", "page", "imnm/causes"], in: site.root)
        #expect(created.status == 0)
        #expect(created.output.hasPrefix("Created content/imnm/causes.md (draft)."))
        let again = try run(["new", "page", "imnm/causes"], in: site.root)
        #expect(again.status == 1)
        #expect(again.errors.contains("content/imnm/causes.md: error: already exists; choose another name or edit that file"))
    }
}
