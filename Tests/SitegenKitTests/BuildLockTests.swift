import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenWrite

/// One build at a time into an output folder: a second one waits for the lock beside the folder,
/// so the published site is always wholly one build's, and every message is true.
@Suite struct BuildLockTests {
    let fm = FileManager.default

    /// Every file under `folder` with its bytes.
    func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in fm.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            if let data = fm.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }

    func start(_ arguments: [String], in folder: URL) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    @Test func aSecondBuildWaitsUntilTheFirstHasEnded() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let held = try await OutputLock.acquire(try OutputLocation(output: site.output, shown: "public"), whileWaiting: nil)
        let (waits, waiting) = AsyncStream.makeStream(of: Void.self)
        let options = BuildOptions(source: site.root.path)
        let build = Task {
            defer { waiting.finish() }
            return try await Build.run(options, whileWaiting: { waiting.yield() })
        }
        for await _ in waits { break }
        #expect(!fm.fileExists(atPath: site.output), "nothing is written while another build holds the lock")
        held.release()
        let summary = try await build.value
        #expect(summary.filesWritten == 19)
        #expect(fm.fileExists(atPath: site.output + "/imnm/symptoms/index.html"))
    }

    @Test func theCommandSaysWhatItIsWaitingFor() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let held = try await OutputLock.acquire(try OutputLocation(output: site.output, shown: "public"), whileWaiting: nil)
        let (process, out, err) = try start(["build", "--quiet"], in: site.root)
        var said = Data()
        while !said.contains(UInt8(ascii: "\n")) {
            let more = err.fileHandleForReading.availableData
            if more.isEmpty { break }
            said += more
        }
        #expect(String(decoding: said, as: UTF8.self) == "sitegen: waiting for another build of ./public to finish…\n")
        #expect(!fm.fileExists(atPath: site.output))
        held.release()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: printed, as: UTF8.self).hasPrefix("Built 3 pages in 1 section: 19 files in ./public (19 written) in "))
    }

    @Test func twoBuildsIntoOneOutputPublishOneWholeSite() async throws {
        // Two sites whose pages differ, large enough for the two builds to overlap.
        func site(_ word: String) throws -> TestSite {
            var files: [String: String?] = [:]
            for number in 0..<150 {
                files["content/imnm/\(word)-\(number).md"] = "---\ntitle: \(word) \(number)\nweight: \(number)\n---\n## \(word)\n\nAbout \(word) \(number).\n"
            }
            return try TestSite(files)
        }
        let alpha = try site("alpha"), beta = try site("beta")
        let folder = fm.temporaryDirectory.appendingPathComponent("sitegen-lock-\(UUID().uuidString)").resolvingSymlinksInPath()
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { alpha.cleanUp(); beta.cleanUp(); try? fm.removeItem(at: folder) }
        for (site, name) in [(alpha, "alpha"), (beta, "beta")] {
            _ = try await Build.run(BuildOptions(source: site.root.path, output: folder.path + "/" + name))
        }
        let wholes = [snapshot(folder.path + "/alpha"), snapshot(folder.path + "/beta")]
        let output = folder.path + "/public"
        for round in 1...3 {
            let runs = try [alpha, beta].map { try start(["build", "--quiet", "--source", $0.root.path, "--output", output], in: folder) }
            for (process, out, err) in runs {
                let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "round \(round): \(said)")
                #expect(said == "" || said == "sitegen: waiting for another build of \(output) to finish…\n", "round \(round)")
                #expect(printed.hasPrefix("Built 153 pages in 1 section: 207 files in \(output) ("), "round \(round)")
            }
            #expect(wholes.contains(snapshot(output)), "round \(round): the published site is one build's, whole")
            #expect(try fm.contentsOfDirectory(atPath: folder.path).sorted() == ["alpha", "beta", "public"], "each lock file is gone with its build")
        }
    }
}
