import Foundation
import Testing
@testable import SitegenKit
@testable import SitegenModel
@testable import SitegenRender
@testable import SitegenWrite

@Suite struct WriterTests {
    func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func unchangedFilesKeepTheirTimesChangedOnesAreRewrittenAndOldOnesRemoved() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let first = try await OutputWriter.write([
            OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/index.html", text: "a"), OutputFile(path: "b/index.html", text: "b"),
        ], to: output, displayPath: "public")
        #expect(first == .init(written: 3, unchanged: 0, removed: 0))
        let past = Date(timeIntervalSince1970: 1_000_000)
        for path in ["index.html", "a/index.html"] {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: output + "/" + path)
        }
        let second = try await OutputWriter.write([
            OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/index.html", text: "a, changed"),
        ], to: output, displayPath: "public")
        #expect(second == .init(written: 1, unchanged: 1, removed: 1))
        #expect(try modified(output + "/index.html") == past)
        #expect(try modified(output + "/a/index.html") != past)
        #expect(try String(contentsOfFile: output + "/a/index.html", encoding: .utf8) == "a, changed")
        #expect(!FileManager.default.fileExists(atPath: output + "/b/index.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".public.sitegen-lock", "public"], "no staging folders left behind")
    }

    @Test func aFileThatCannotBeWrittenIsReportedWithTheSystemsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("a file".utf8).write(to: folder.appendingPathComponent("a"))  // "a/index.html" cannot be made
        #expect {
            try OutputWriter.place(OutputFile(path: "a/index.html", text: "page"), in: folder.path, replacing: folder.path + "-old", existed: false)
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map(\.description) == ["a/index.html: error: cannot write a/index.html (Not a directory)"]
        }
        let written = try OutputWriter.place(OutputFile(path: "b.html", text: "café"), in: folder.path, replacing: folder.path + "-old", existed: false)
        #expect(written)
        #expect(try String(contentsOf: folder.appendingPathComponent("b.html"), encoding: .utf8) == "café")
    }

    @Test func pathsThatLeaveTheOutputFolderAreRefused() {
        let problems = OutputPlan.check([
            OutputFile(path: "../escape.html", text: ""), OutputFile(path: "/etc/x", text: ""),
            OutputFile(path: "a/./b", text: ""), OutputFile(path: "ok/index.html", text: ""), OutputFile(path: "OK/index.html", text: ""),
        ])
        #expect(problems.map(\.description) == [
            "../escape.html: error: would be written to '../escape.html', outside the output folder; rename it",
            "/etc/x: error: would be written to '/etc/x', outside the output folder; rename it",
            "a/./b: error: would be written to 'a/./b', outside the output folder; rename it",
            "OK/index.html: error: would be written to OK/index.html, which the generated page ok/index.html already uses; rename one of them",
        ])
    }

    @Test func aPathThatIsAlsoAFolderIsRefused() {
        let problems = OutputPlan.check([
            OutputFile(path: "a/B/c/index.html", text: ""), OutputFile(path: "a/b/c.html", text: ""),
            OutputFile(path: "A/b", text: ""), OutputFile(path: "a/index.html", text: ""),
        ])
        #expect(problems.map(\.description) == ["A/b: error: A/b is both a file and a folder of the output; rename it"])
    }
}
