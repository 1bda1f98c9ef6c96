// Golden-output tests: build the complete fixture site in Fixtures/site and compare every output
// file, byte for byte, with the approved copy in Fixtures/golden.
//
// When a change to sitegen changes the output on purpose, regenerate the golden files and review
// the difference like any other code change:
//
//     SITEGEN_UPDATE_GOLDEN=1 swift test --filter GoldenSiteTests
//     git diff -- Tests/SitegenKitTests/Fixtures/golden
//
// With SITEGEN_UPDATE_GOLDEN=1 the golden test replaces Fixtures/golden with a fresh build instead
// of comparing (the other tests in this file still run normally). Without it, nothing in Fixtures/
// is ever written: every build goes to a new temporary folder that is removed afterwards.

import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
import SitegenTheme

@Suite(.serialized) struct GoldenSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let site = fixtures.appendingPathComponent("site")
    static let golden = fixtures.appendingPathComponent("golden")

    /// Review ages are counted from a fixed day, so the warnings do not change with the calendar.
    static let today = CalendarDate(iso: "2026-11-25")

    static var updating: Bool { ProcessInfo.processInfo.environment["SITEGEN_UPDATE_GOLDEN"] == "1" }

    @Test func outputMatchesGolden() async throws {
        try await withBuiltSite { output, summary in
            // Everything the fixture should warn about, and nothing more.
            let warnings = summary.warnings.sortedForReport().map(\.description)
            let noReview = "has no medical review date; after a clinician checks the page, add 'last_reviewed: YYYY-MM-DD' and 'reviewed_by: <name>'"
            // Asthma has an emergency card; eczema only a non-urgent one, which is not enough.
            let noCard = CareCardSiteTests.noCard
            #expect(warnings == [
                "content/Zoster/_index.md: warning: \(noReview)",
                "content/Zoster/_index.md: warning: no page about 'Chickenpox and shingles' \(noCard)",
                "content/Zoster/shingles.md: warning: \(noReview)",
                "content/Zoster/shingles.md:5: warning: 'reviewed_by' is shown only with the date of the review; add 'last_reviewed: YYYY-MM-DD'",
                "content/asthma/symptoms.md:48: suggestion: PEMAT 3 (acronyms): 'HTML' is never spelled out on this page; at its first use write the words it stands for with 'HTML' after them in brackets, or make it an alias of a term in glossary.yml",
                "content/asthma/symptoms.md:49: warning: link to a 'javascript:' address is removed, because it could run code in a reader's browser",
                "content/asthma/triggers.md: warning: SMOG grade 25.5 is above the target 10; hardest words: individualised, characteristically, "
                    + "hyperresponsiveness, pathophysiology, identification; use shorter sentences and everyday words",
                "content/asthma/triggers.md: warning: \(noReview)",
                "content/asthma/triggers.md: suggestion: PEMAT 20 (action): the page never speaks to the reader as 'you' and never tells them what they can do; add at least one action addressed to them, like 'Ask your care team whether …', or the steps to take as a numbered list",
                // The fixture's jargon page: the first use of each listed word, at its line.
                "content/asthma/triggers.md:7: suggestion: 'exacerbations': say 'flare-ups'",
                "content/asthma/triggers.md:8: suggestion: 'susceptible': say 'more likely to get'",
                "content/asthma/triggers.md:8: suggestion: 'individuals': say 'people'",
                "content/asthma/triggers.md:11: suggestion: 'consequently': say 'so'",
                "content/asthma/triggers.md:12: suggestion: 'constitutes': say 'makes up'",
                "content/asthma/triggers.md:12: suggestion: 'component': say 'part'",
                "content/asthma/triggers.md:13: suggestion: 'pharmacological': say 'drug'",
                "content/asthma/triggers.md:13: suggestion: 'administered': say 'given'",
                "content/asthma/triggers.md:16: suggestion: 'accordingly': say 'so'",
                "content/asthma/triggers.md:19: suggestion: 'furthermore': say 'also'",
                "content/asthma/triggers.md:19: suggestion: 'monitoring': say 'checking'",
                "content/asthma/triggers.md:19: suggestion: 'nocturnal': say 'at night'",
                "content/asthma/triggers.md:20: suggestion: 'medication': say 'medicine'",
                "content/asthma/triggers.md:20: suggestion: 'facilitates': say 'helps'",
                "content/asthma/triggers.md:20: suggestion: 'timely': say 'prompt'",
                "content/eczema/_index.md: warning: \(noReview)",
                "content/eczema/_index.md: warning: no page about 'Eczema (atopic dermatitis)' \(noCard)",
                "content/eczema/washing.md: warning: was last reviewed on 2025-06-30, 513 days ago, more than the review interval of 365 days; have it reviewed again and update last_reviewed",
            ])

            // The built-in theme's static files the fixture does not replace are the built-in
            // bytes (BuiltInThemeTests checks those against templates/): kept out of the golden
            // copy, so that a change to the theme's CSS is not a change to the golden output.
            for file in BuiltInTheme.files where file.path.hasPrefix("static/") {
                guard !FileManager.default.fileExists(atPath: Self.site.appendingPathComponent("templates/" + file.path).path) else { continue }
                let published = output.appendingPathComponent(String(file.path.dropFirst("static/".count)))
                #expect(Array(try Data(contentsOf: published)) == file.bytes, "\(file.path)")
                try FileManager.default.removeItem(at: published)
            }
            if Self.updating {
                let fm = FileManager.default
                if fm.fileExists(atPath: Self.golden.path) { try fm.removeItem(at: Self.golden) }
                try fm.copyItem(at: output, to: Self.golden)
                print("GoldenSiteTests: rewrote \(Self.golden.path); review it with git diff")
                return
            }
            guard FileManager.default.fileExists(atPath: Self.golden.path) else {
                Issue.record("no golden output at \(Self.golden.path); create it with SITEGEN_UPDATE_GOLDEN=1 swift test --filter GoldenSiteTests")
                return
            }
            try Self.expectSameTree(expected: Self.golden, actual: output, what: "golden")
        }
    }

    @Test func buildIsReproducible() async throws {
        try await withBuiltSite { first, _ in
            try await withBuiltSite { second, _ in
                try Self.expectSameTree(expected: first, actual: second, what: "first build")
            }
        }
    }

    @Test func draftsArePublishedOnlyWhenAskedFor() async throws {
        let draft = "asthma/action-plan/index.html"
        let url = "https://www.clinic-health.org/library/asthma/action-plan/"
        try await withBuiltSite { output, _ in
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(draft).path))
            let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
            #expect(!sitemap.contains(url))
        }
        try await withBuiltSite(includeDrafts: true) { output, summary in
            #expect(summary.pages == 12)
            let page = try String(contentsOf: output.appendingPathComponent(draft), encoding: .utf8)
            #expect(page.contains("<h1>Your asthma action plan</h1>"))
            #expect(page.contains("<p>This page is still being written.</p>"))
            let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
            #expect(sitemap.contains("<loc>\(url)</loc>"))
            // weight 5: first in the section, before Symptoms (weight 10).
            let section = try String(contentsOf: output.appendingPathComponent("asthma/index.html"), encoding: .utf8)
            #expect(section.contains("<a rel=\"next\" href=\"action-plan/\">Your asthma action plan</a>"))
            #expect(section.contains("""
                <ul>
                <li><a href="action-plan/">Your asthma action plan</a> – A draft page that must not be published by default.</li>
                <li><a href="symptoms/">Symptoms</a>
                """))
        }
    }

    // MARK: - Helpers

    /// Builds the fixture into a new temporary folder, passes the output folder to `body`, then
    /// removes the folder. The output is a sub-folder so the writer's staging folder, made beside
    /// it, is removed too.
    private func withBuiltSite(includeDrafts: Bool = false, _ body: (URL, BuildSummary) async throws -> Void) async throws {
        let fm = FileManager.default
        let temporary = fm.temporaryDirectory.appendingPathComponent("sitegen-golden-\(UUID().uuidString)")
        try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("public")
        let summary: BuildSummary
        do {
            summary = try await Build.run(BuildOptions(source: Self.site.path, output: output.path, includeDrafts: includeDrafts, today: Self.today))
        } catch {
            let messages = error.diagnostics.sortedForReport().map(\.description).joined(separator: "\n")
            Issue.record("building the fixture failed:\n\(messages)")
            return
        }
        try await body(output, summary)
    }

    /// Relative paths of the regular files under `root`, sorted, with `/` separators.
    static func files(under root: URL) throws -> [String] {
        let fm = FileManager.default
        return try fm.subpathsOfDirectory(atPath: root.path).filter { path in
            var isDirectory: ObjCBool = false
            let name = (path as NSString).lastPathComponent
            return name != ".DS_Store"  // left by macOS Finder in a checkout, never by sitegen
                && fm.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// Records an issue for every file missing from or extra in `actual`, and for every file whose
    /// bytes differ, with the first differing line.
    static func expectSameTree(expected: URL, actual: URL, what: String) throws {
        let expectedFiles = try files(under: expected)
        let actualFiles = try files(under: actual)
        let missing = Set(expectedFiles).subtracting(actualFiles).sorted()
        let extra = Set(actualFiles).subtracting(expectedFiles).sorted()
        #expect(missing.isEmpty, "files in the \(what) output but not built: \(missing.joined(separator: ", "))")
        #expect(extra.isEmpty, "files built but not in the \(what) output: \(extra.joined(separator: ", "))")
        for path in expectedFiles where actualFiles.contains(path) {
            let want = try Data(contentsOf: expected.appendingPathComponent(path))
            let got = try Data(contentsOf: actual.appendingPathComponent(path))
            if want != got {
                Issue.record("\(path) differs from the \(what) output: \(firstDifference(expected: want, actual: got))")
            }
        }
    }

    /// Where two different files first differ: a line for text, a byte offset otherwise.
    static func firstDifference(expected: Data, actual: Data) -> String {
        guard let wantText = String(data: expected, encoding: .utf8), let gotText = String(data: actual, encoding: .utf8) else {
            let want = Array(expected), got = Array(actual)
            let offset = want.indices.first { $0 >= got.count || want[$0] != got[$0] } ?? want.count
            return "binary files differ at byte \(offset) (expected \(expected.count) bytes, got \(actual.count))"
        }
        let wantLines = wantText.split(separator: "\n", omittingEmptySubsequences: false)
        let gotLines = gotText.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(wantLines.count, gotLines.count) {
            let want = index < wantLines.count ? String(reflecting: String(wantLines[index])) : "<end of file>"
            let got = index < gotLines.count ? String(reflecting: String(gotLines[index])) : "<end of file>"
            if want != got {
                return "line \(index + 1)\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "the text is the same but the bytes differ (encoding?)"
    }
}
