import Foundation
import Testing
@testable import SitegenKit

/// Reading the files editors write: the bytes as they are, a BOM dropped, and a clear reason when
/// a file cannot be read.
@Suite struct TextFileTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-textfile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func readsTheWholeFileAndDropsABOM() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Longer than any first read would guess, with multi-byte characters across the middle.
        let text = String(repeating: "Sjögren’s syndrome – dry eyes. ", count: 5_000)
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: folder + "/page.md"))
        #expect(try TextFile.read(folder + "/page.md", path: "content/page.md").get() == text)
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.md"))
        #expect(try TextFile.read(folder + "/empty.md", path: "content/empty.md").get() == "")
    }

    @Test func saysWhyAFileCannotBeRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func message(_ file: String) -> String? {
            if case .failure(let problem) = TextFile.read(folder + "/" + file, path: "content/" + file) { return problem.description }
            return nil
        }
        try FileManager.default.createDirectory(atPath: folder + "/folder.md", withIntermediateDirectories: false)
        #expect(message("folder.md") == "content/folder.md: error: cannot read the file (it is a folder); check that it exists and that you may read it")
        #expect(message("missing.md") == "content/missing.md: error: cannot read the file (it does not exist or is a broken link); check that it exists and that you may read it")
    }
}
