import Foundation
import PropertyBased
import Testing
@testable import SitegenBuild
@testable import SitegenRender
@testable import SitegenModel
@testable import SitegenPreview

/// The preview cannot go stale: random editing sessions on `PreviewFixtureSite`, and after every
/// step each file the preview serves (the search index included) equals, byte for byte, a full
/// build of the same folder; when the full build fails, the preview's build fails with the same
/// errors and it keeps serving the last good site.
///
/// A failure names its session's seed; `SITEGEN_PROPERTY_SEED=<seed> swift test --filter
/// PreviewPropertyTests` runs that session again (docs/serve.md).
@Suite("Preview property: what the preview serves equals a full build")
struct PreviewPropertyTests {
    struct Session: Sendable, CustomTestStringConvertible {
        /// The generator's seed this session was made from (kept when it shrinks).
        var seed: String
        var steps: [PreviewEditorStep]
        var testDescription: String { steps.map(\.description).joined(separator: ", ") }
    }

    /// 100 in CI; `SITEGEN_PROPERTY_SESSIONS` asks for more on a long local hunt.
    static let sessionsPerMode = ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SESSIONS"].flatMap { Int($0) } ?? 100
    static let stepsPerSession = 20
    static func options(_ root: String) -> BuildOptions {
        BuildOptions(source: root, baseURL: "http://127.0.0.1:8080/", today: CalendarDate(iso: "2026-11-25"))
    }

    /// Each kind of step twice in the table, a broken file once and its fix three times (so a
    /// session spends most of its steps on a site that builds), headings three times (a renamed
    /// heading reaches pages in other sections).
    static let kinds: [PreviewEditorStep.Kind] = PreviewEditorStep.Kind.allCases.flatMap { kind in
        Array(repeating: kind, count: kind == .breakFile ? 1 : kind == .fixFile || kind == .newHeading ? 3 : 2)
    }

    static let sessions = Generator<Session, AnySequence<Session>>(
        run: { rng in
            // The state before any draw is the seed `propertyCheck` prints for this session.
            let seed = (rng as? Xoshiro)?.currentSeed ?? "unknown"
            var steps: [PreviewEditorStep] = []
            for _ in 0..<stepsPerSession {
                let kind = kinds[Int.random(in: 0..<kinds.count, using: &rng)]
                steps.append(PreviewEditorStep(kind: kind, pick: Int.random(in: 0..<64, using: &rng), variant: Int.random(in: 0..<64, using: &rng)))
            }
            return Session(seed: seed, steps: steps)
        },
        shrink: { AnySequence(shorter($0)) }
    )

    /// Smaller sessions to try after a failure: runs of steps left out, then steps made plainer.
    static func shorter(_ session: Session) -> [Session] {
        var candidates: [Session] = []
        var size = session.steps.count / 2
        while size >= 1 {
            for start in stride(from: 0, to: session.steps.count, by: size) {
                var steps = session.steps
                steps.removeSubrange(start..<min(start + size, steps.count))
                if !steps.isEmpty { candidates.append(Session(seed: session.seed, steps: steps)) }
            }
            size /= 2
        }
        for index in session.steps.indices where session.steps[index].pick != 0 || session.steps[index].variant != 0 {
            var steps = session.steps
            if steps[index].pick != 0 { steps[index].pick = 0 } else { steps[index].variant = 0 }
            candidates.append(Session(seed: session.seed, steps: steps))
        }
        return candidates
    }

    @Test("After every editing step the preview serves the files of a full build",
          arguments: [true, false])
    func servedEqualsFullBuild(preciseEvents: Bool) async throws {
        let mode = preciseEvents ? "precise changes (inotify)" : "unknown changes (polling)"
        if let seed = ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SEED"] {
            guard var rng = Xoshiro(seed: seed) else {
                Issue.record("SITEGEN_PROPERTY_SEED is not a seed printed by this test: \(seed)")
                return
            }
            let session = Self.sessions.run(using: &rng)
            print("Replaying \(session.testDescription) with \(mode)")
            _ = try await Self.run(session, preciseEvents: preciseEvents)
            return
        }
        let start = ContinuousClock.now
        var tally = Tally()
        await propertyCheck(count: Self.sessionsPerMode, input: Self.sessions) { session in
            tally.add(try await Self.run(session, preciseEvents: preciseEvents))
        }
        print("Preview property, \(mode): \(tally.steps) steps, \(tally.built) built and \(tally.failed) failed, in \(ContinuousClock.now - start)")
        // The sessions must reach both sides: sites that build, and broken ones.
        #expect(tally.built > tally.steps / 2)
        #expect(tally.failed > 0)
    }

    struct Tally {
        var steps = 0, built = 0, failed = 0
        mutating func add(_ other: Tally) {
            steps += other.steps; built += other.built; failed += other.failed
        }
    }

    /// Runs one session through a `Rebuilder` as the server drives it, comparing after each step.
    /// Records an issue at the first step whose result differs from a full build, and stops there.
    static func run(_ session: Session, preciseEvents: Bool) async throws -> Tally {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-property-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var site = PreviewFixtureSite.initial()
        var files = site.files()
        _ = try PreviewFolder.write(files, over: [:], root: root)
        let state = PreviewState()
        let rebuilder = Rebuilder(options: options(root), state: state, debounce: .zero, preciseEvents: preciseEvents, report: { _ in })
        _ = await rebuilder.initialBuild()

        var tally = Tally()
        var done: [String] = []
        var lastGood: String?
        for step in [nil] + session.steps.map(Optional.some) {
            if let step {
                done.append(site.apply(step))
                let next = site.files()
                for (path, kind) in try PreviewFolder.write(next, over: files, root: root) { await rebuilder.changes.add(path, kind) }
                files = next
                await rebuilder.rebuildChanged()
            }
            let (built, problem) = await compare(state, options(root), lastGood: &lastGood)
            tally.steps += 1
            if built { tally.built += 1 } else { tally.failed += 1 }
            if let problem {
                let mode = preciseEvents ? "precise changes" : "unknown changes"
                Issue.record("""
                    With \(mode), after step \(done.count) of [\(session.testDescription)]:
                    \(problem)
                    Steps: \(done.isEmpty ? "(the first build)" : done.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "; "))
                    Replay: SITEGEN_PROPERTY_SEED=\(session.seed) swift test --filter PreviewPropertyTests
                    """)
                break
            }
        }
        return tally
    }

    /// Compares what the preview serves with a full build: whether the full build succeeded, and
    /// what differs, if anything.
    static func compare(_ state: PreviewState, _ options: BuildOptions, lastGood: inout String?) async -> (built: Bool, problem: String?) {
        let (site, errors) = await state.current()
        let full: RenderedSite
        do {
            full = try await Build.render(options)
        } catch {
            let expected = Set(error.diagnostics.errors.map(\.description))
            if errors.isEmpty { return (false, "the preview built, but a full build failed with \(expected.sorted())") }
            if site?.version != lastGood { return (false, "after a failed build the preview no longer serves the last good site") }
            if Set(errors) != expected { return (false, "the preview's errors \(errors.sorted()) differ from a full build's \(expected.sorted())") }
            return (false, nil)
        }
        guard errors.isEmpty, let site else { return (true, "the preview failed (\(errors)), but a full build succeeded") }
        // Copied files are served from their source (read here as a request would read them).
        var served = site.files.compactMapValues { file -> Data? in
            switch file {
            case .bytes(let data): data
            case .source(let path): FileManager.default.contents(atPath: path)
            }
        }
        if let search = site.search { served.merge(await search.files()) { first, _ in first } }
        var expected: [String: Data] = [:]
        for file in full.files {
            switch file.contents {
            case .text(let text): expected[file.path] = Data(text.utf8)
            case .copy(let source): expected[file.path] = FileManager.default.contents(atPath: source)
            case .bytes(let bytes): expected[file.path] = Data(bytes)
            }
        }
        lastGood = site.version
        let missing = expected.keys.filter { served[$0] == nil }.sorted()
        let extra = served.keys.filter { expected[$0] == nil }.sorted()
        let differ = expected.keys.filter { served[$0] != nil && served[$0] != expected[$0] }.sorted()
        guard missing.isEmpty, extra.isEmpty, differ.isEmpty else {
            return (true, "served files differ from a full build: missing \(missing), extra \(extra), different bytes \(differ)")
        }
        // The overlay's warnings and suggestions of each page (issue 26) are the full build's too.
        let sources = full.reports.map(PreviewSite.PageSource.init)
        func fullNotes(_ key: String) -> [PreviewNote] { PreviewNote.forPage(key, diagnostics: full.warnings, pages: sources) }
        let differing = sources.map { $0.url + "index.html" }.filter { site.notes(forPage: $0) != fullNotes($0) }
        if !differing.isEmpty {
            return (true, "the overlay's notes differ from a full build's on \(differing): \(differing.map { "\(site.notes(forPage: $0)) against \(fullNotes($0))" })")
        }
        return (true, nil)
    }
}

/// Writes the fixture's files into a folder, as an editor's saves would.
enum PreviewFolder {
    /// Writes the files of `new` that differ from `old` and removes those gone; returns the
    /// changes as inotify reports them (a rename is a removal and a creation; folders too).
    static func write(_ new: [String: [UInt8]], over old: [String: [UInt8]], root: String) throws -> [(String, ChangeKind)] {
        let manager = FileManager.default
        let oldFolders = folders(of: old.keys), newFolders = folders(of: new.keys)
        var changes: [(String, ChangeKind)] = []
        for folder in newFolders.subtracting(oldFolders).sorted() {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            changes.append((folder, .created))
        }
        for (path, bytes) in new.sorted(by: { $0.key < $1.key }) where old[path] != bytes {
            try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + path))
            changes.append((path, old[path] == nil ? .created : .modified))
        }
        for path in old.keys.sorted() where new[path] == nil {
            try manager.removeItem(atPath: root + "/" + path)
            changes.append((path, .removed))
        }
        for folder in oldFolders.subtracting(newFolders).sorted(by: >) {
            try manager.removeItem(atPath: root + "/" + folder)
            changes.append((folder, .removed))
        }
        return changes
    }

    /// Every folder that holds one of `paths`, at any depth.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return folders
    }
}

