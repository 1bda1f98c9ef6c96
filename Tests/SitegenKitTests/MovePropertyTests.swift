import Foundation
import PropertyBased
import Testing
@testable import SitegenCommands
@testable import SitegenModel

/// Issue 25, requirement 5: random sites (`MovePropertySite`), random moves of pages and sections,
/// and after each: the site checks without errors, every old address of every page moved so far is
/// an alias leading to it, the look-alike links in code blocks are untouched, nothing of the move
/// is left behind, and a folder beside the site (linked from `content/ext`) is byte-identical.
/// Invalid moves must be refused with nothing changed.
///
/// A failure names its session's seed: `SITEGEN_PROPERTY_SEED=<seed> swift test --filter
/// MovePropertyTests` runs that session again.
@Suite("Move property: random moves keep the site whole")
struct MovePropertyTests {
    enum Kind: CaseIterable, Sendable { case renamePage, pageToSection, renameSection, invalid }

    struct Step: Sendable, CustomStringConvertible {
        var kind: Kind
        var pick: Int
        var variant: Int
        var description: String { "\(kind)(\(pick), \(variant))" }
    }

    struct Session: Sendable, CustomTestStringConvertible {
        var seed: String
        var site: MovePropertySite
        var steps: [Step]
        var testDescription: String { "\(site.pages.map(\.path)) then \(steps)" }
    }

    static let sessionCount = ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SESSIONS"].flatMap { Int($0) } ?? 100
    static let movesPerSession = 5

    static let sessions = Generator<Session, AnySequence<Session>>(
        run: { rng in
            let seed = (rng as? Xoshiro)?.currentSeed ?? "unknown"
            let site = MovePropertySite.random(using: &rng)
            let steps = (0..<movesPerSession).map { _ in
                Step(kind: Kind.allCases.randomElement(using: &rng) ?? .renamePage, pick: Int.random(in: 0..<64, using: &rng), variant: Int.random(in: 0..<64, using: &rng))
            }
            return Session(seed: seed, site: site, steps: steps)
        },
        shrink: { session in
            AnySequence(session.steps.indices.map { index in
                var shorter = session
                shorter.steps.remove(at: index)
                return shorter
            })
        }
    )

    struct Tally {
        var moved = 0, refused = 0, clashes = 0
        mutating func add(_ other: Tally) {
            moved += other.moved; refused += other.refused; clashes += other.clashes
        }
    }

    @Test("Random moves keep every link and old address, and refusals change nothing")
    func randomMoves() async throws {
        if let seed = ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SEED"] {
            guard var rng = Xoshiro(seed: seed) else {
                Issue.record("SITEGEN_PROPERTY_SEED is not a seed printed by this test: \(seed)")
                return
            }
            _ = try await Self.run(Self.sessions.run(using: &rng))
            return
        }
        let start = ContinuousClock.now
        var tally = Tally()
        await propertyCheck(count: Self.sessionCount, input: Self.sessions) { session in
            tally.add(try await Self.run(session))
        }
        print("Move property: \(Self.sessionCount) sessions of \(Self.movesPerSession) moves: \(tally.moved) moved, \(tally.refused) invalid ones refused, \(tally.clashes) refused for a taken address, in \(ContinuousClock.now - start)")
        #expect(tally.moved > Self.sessionCount * 2)
        #expect(tally.refused > Self.sessionCount / 2)
    }

    /// Runs one session; records an issue at the first step that breaks the property, and stops.
    static func run(_ session: Session) async throws -> Tally {
        var files = session.site.files()
        for path in TestSite.files.keys where path.hasPrefix("content/") && files[path] == nil { files[path] = .some(nil) }
        let site = try TestSite(files)
        let beside = site.root.path + "-beside"
        defer {
            site.cleanUp()
            try? FileManager.default.removeItem(atPath: beside)
        }
        try FileManager.default.createDirectory(atPath: beside, withIntermediateDirectories: true)
        try Data("---\ntitle: Not the site's\n---\n[cure](../imnm/cure.md)\n".utf8).write(to: URL(fileURLWithPath: beside + "/page.md"))
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/ext", withDestinationPath: beside)
        let besideBefore = MovePropertyState.tree(beside)
        var state = try await MovePropertyState(site: site)
        var tally = Tally()
        for (number, step) in session.steps.enumerated() {
            let move = state.pick(step)
            let before = MovePropertyState.tree(site.root.path)
            var problem: String?
            let refusal: Diagnostic?
            do {
                _ = try await SiteMove.run(source: move.source, destination: move.destination, options: ScaffoldOptions(source: site.root.path), whileWaiting: nil, recovered: { _ in }, durable: false)
                refusal = nil
            } catch {
                refusal = error
            }
            switch (refusal, move.valid) {
            case (nil, true):
                tally.moved += 1
                problem = try await state.moved(move.source, to: move.destination)
            case (nil, false):
                problem = "an invalid move was made"
            case (let error?, let valid):
                // A valid move may still be refused when a page already has (or keeps as an alias) the new address.
                if valid, !error.message.contains("would have the address") { problem = "a valid move was refused: \(error.description)" }
                if valid { tally.clashes += 1 } else { tally.refused += 1 }
                if MovePropertyState.tree(site.root.path) != before { problem = "a refused move changed the site: \(error.description)" }
            }
            if problem == nil, MovePropertyState.tree(beside) != besideBefore { problem = "a file beside the site changed" }
            if let problem {
                Issue.record("""
                    At move \(number + 1), sitegen move \(move.source) \(move.destination): \(problem)
                    Session: \(session.testDescription)
                    Replay: SITEGEN_PROPERTY_SEED=\(session.seed) swift test --filter MovePropertyTests
                    """)
                break
            }
        }
        return tally
    }
}
