import Foundation
import Testing
@testable import SitegenModel
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["public"], "no staging folders or lock file left behind")
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
}
