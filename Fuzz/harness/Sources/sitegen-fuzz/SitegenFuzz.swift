import CFuzzerDriver
import Foundation
import SitegenCommands
import SitegenLoad
import SitegenModel

/// `sitegen-fuzz TARGET [libFuzzer options and corpus folders]`: loads the fixture site once,
/// then hands libFuzzer's inputs to one target. Its own main (not libFuzzer's) so the site can be
/// loaded with the real, async loader before fuzzing starts.
@main
enum SitegenFuzz {
    /// The site whose pages, glossary and templates the inputs meet: the golden test's fixture.
    static let fixture = URL(fileURLWithPath: #filePath)
        .appendingPathComponent("../../../../../Tests/SitegenKitTests/Fixtures/site").standardizedFileURL.path
    /// Its page with links to a sibling, an image and another section, and glossary words.
    static let replacedPage = "content/Zoster/shingles.md"

    static func main() async {
        var arguments = CommandLine.arguments
        // The target is the first argument, or SITEGEN_FUZZ_TARGET: libFuzzer's -fork and -jobs
        // start copies of the process without it, and they inherit the variable.
        if arguments.count > 1, FuzzTarget(rawValue: arguments[1]) != nil {
            setenv("SITEGEN_FUZZ_TARGET", arguments.remove(at: 1), 1)
        }
        guard let name = ProcessInfo.processInfo.environment["SITEGEN_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: sitegen-fuzz \(names) [libFuzzer options] [corpus folders or inputs]\n".utf8))
            exit(2)
        }
        let (loaded, problems) = await SiteLoader.load(siteRoot: fixture)
        guard let loaded, let today = CalendarDate(iso: "2026-12-01"),
              let probe = FileProbe(loaded, pagePath: replacedPage, today: today)
        else {
            FileHandle.standardError.write(Data("sitegen-fuzz: the fixture site \(fixture) does not load:\n\(problems.map(\.description).joined(separator: "\n"))\n".utf8))
            exit(2)
        }
        let harness = Unmanaged.passRetained(Harness(target: target, probe: probe)).toOpaque()
        // libFuzzer keeps argv for the whole run (and for its -fork children), so it is never freed.
        var argc = Int32(arguments.count)
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = UnsafeMutablePointer.allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { argv?[index] = strdup(argument) }
        argv?[arguments.count] = nil
        let status = sitegen_fuzz_run(&argc, &argv, harness) { context, data, size in
            guard let context else { return 0 }
            let harness = Unmanaged<Harness>.fromOpaque(context).takeUnretainedValue()
            harness.test(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        if status == -1 {
            FileHandle.standardError.write(Data("sitegen-fuzz: built without the fuzzer runtime; build it with scripts/fuzz\n".utf8))
        }
        exit(status)
    }
}

final class Harness: Sendable {
    let target: FuzzTarget
    let probe: FileProbe

    init(target: FuzzTarget, probe: FileProbe) {
        self.target = target
        self.probe = probe
    }

    func test(_ bytes: [UInt8]) {
        target.run(bytes, probe: probe)
    }
}
