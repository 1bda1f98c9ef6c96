import Foundation
import Testing
@testable import SitegenFileSystem
@testable import SitegenLoad

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

/// A NUL byte ended cmark's document (the rest of the page was lost) and went raw into titles.
@Suite struct TextFileLimitTests {
    func read(_ bytes: [UInt8]) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-textfile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/page.md"))
        if case .failure(let problem) = TextFile.read(folder + "/page.md", path: "content/imnm/page.md") { return problem.description }
        return nil
    }

    @Test func aNULByteIsAnErrorWithItsLine() throws {
        let message = "error: the file contains a NUL character (byte 0x00), which cannot be published; delete it (it often comes from text pasted out of another program)"
        #expect(try read(Array("---\ntitle: Sympt".utf8) + [0] + Array("oms\n---\nText.\n".utf8)) == "content/imnm/page.md:2: " + message)
        #expect(try read(Array("---\ntitle: Symptoms\n---\nSome text\u{0}".utf8) + Array("and the rest.\n".utf8)) == "content/imnm/page.md:4: " + message)
    }

    /// Each kind of text file has its own limit, named in its message with what to do: under the
    /// 10 MB all three had, a 9.8 MB page took 3 GB of memory in cmark's tree and sitegen's
    /// checks, a 10 MB site.yml 890 MB in Yams's tree, and a template of 1 MB of tags minutes in
    /// swift-mustache's parser.
    @Test func textFilesHaveASizeLimitForTheirKind() throws {
        let folder = try TextFileTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases = [
            ("content/imnm/big.md", 1024 * 1024, "content/imnm/big.md: error: the file is larger than 1 MB, the most sitegen reads as a page; split it into several pages"),
            ("templates/page.mustache", 64 * 1024, "templates/page.mustache: error: the file is larger than 64 KB, the most sitegen reads as a template; move parts of it into partials in templates/partials/"),
            ("glossary.yml", 2 * 1024 * 1024, "glossary.yml: error: the file is larger than 2 MB, the most sitegen reads as a YAML file; make it smaller"),
        ]
        for (index, (name, limit, message)) in cases.enumerated() {
            let path = folder + "/file\(index)"
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            // Sparse: takes no disk space, and reads as NULs. At the limit the file is read (and
            // its first NUL reported); one byte more, it is not read.
            #expect(truncate(path, off_t(limit)) == 0)
            if case .failure(let problem) = TextFile.read(path, path: name) {
                #expect(problem.description.hasPrefix("\(name):1: error: the file contains a NUL character"))
            }
            #expect(truncate(path, off_t(limit + 1)) == 0)
            guard case .failure(let problem) = TextFile.read(path, path: name) else {
                Issue.record("\(name) over its limit was read")
                continue
            }
            #expect(problem.description == message)
        }
    }
}
