import Foundation
import Testing
@testable import SitegenCommands

/// Issue 25, defect 9 and requirement 2: a move stopped after any of its steps (as by `kill -9`)
/// is finished or undone by the next command, which leaves the site exactly as before the move or
/// as after it, and says which in one line. `scripts/kill-move` does the same with real kills.
@Suite struct MoveJournalTests {
    static let section = (source: "content/imnm", destination: "content/myositis")

    func site() throws -> TestSite { try TestSite(MoveTests.files) }

    /// The whole site folder, hidden files (the journal, temporary files) included.
    func tree(_ site: TestSite) -> [String: Data] { site.snapshot(".") }

    /// Runs the move until it has made `steps` changes, then stops as a killed process would.
    func interrupt(_ site: TestSite, _ source: String, _ destination: String, after steps: Int) throws -> (total: Int, stopped: Bool) {
        let plan = try SiteMove.makePlan(source: source, destination: destination, root: site.root.path)
        var counter = MoveSteps(total: MoveSteps.total(files: plan.files.count), stopAfter: steps)
        do {
            try SiteMove.apply(plan, root: site.root.path, steps: &counter)
            return (counter.total, false)
        } catch is MoveSteps.Stopped {
            return (counter.total, true)
        }
    }

    /// The site before and after an uninterrupted move.
    func references(_ source: String, _ destination: String) async throws -> (before: [String: Data], after: [String: Data]) {
        let site = try site()
        defer { site.cleanUp() }
        let before = tree(site)
        _ = try await SiteMove.run(source: source, destination: destination, options: ScaffoldOptions(source: site.root.path))
        return (before, tree(site))
    }

    @Test("Stopped after any step, the next command finishes or undoes the move", arguments: [
        (section.source, section.destination), ("content/imnm/cure.md", "content/lupus/outlook.md"),
    ])
    func everyStepIsRecovered(source: String, destination: String) async throws {
        let (before, after) = try await references(source, destination)
        var undone = 0, finished = 0
        var step = 1, total = Int.max
        while step <= total {
            let site = try site()
            defer { site.cleanUp() }
            let (steps, stopped) = try interrupt(site, source, destination, after: step)
            total = steps
            #expect(stopped, "step \(step) of \(steps)")
            let line = try await SiteMove.recoverInterrupted(siteRoot: site.root.path)
            if step == 1 {
                #expect(line == "sitegen: undid an interrupted move; it had not changed anything yet")
            } else if step == 2 {
                #expect(line == "sitegen: undid the interrupted move of \(source) to \(destination); the site is as it was before it")
            } else if step == steps {
                #expect(line == nil, "the journal was the last thing removed")
            } else {
                #expect(line == "sitegen: finished the interrupted move of \(source) to \(destination)")
            }
            let now = tree(site)
            #expect(now == before || now == after, "after step \(step) of \(steps) and recovery the site is neither as before nor as after the move: \(Set(now.keys).symmetricDifference(after.keys).sorted())")
            if now == before { undone += 1 } else if now == after { finished += 1 }
            step += 1
        }
        // The journal written beside, then in place: undone. The rename and after: finished.
        #expect(undone == 2)
        #expect(finished == total - 2)
        #expect(total >= 3 + 2 * 3 + 1, "a move that changes at least three files")
    }

    /// A file an editor changed after the move stopped is never overwritten: the command says so.
    @Test func anEditAfterTheStopIsNotOverwritten() async throws {
        let site = try site()
        defer { site.cleanUp() }
        _ = try interrupt(site, Self.section.source, Self.section.destination, after: 3)
        try site.write("content/lupus/flares.md", Data("---\ntitle: Flares\n---\nEdited after the kill.\n".utf8))
        let stopped = tree(site)
        do {
            let line = try await SiteMove.recoverInterrupted(siteRoot: site.root.path, pathPrefix: "site/")
            Issue.record("recovered over an editor's change: \(line ?? "nil")")
        } catch {
            #expect(error.formatted(pathPrefix: "site/") == "site/content/lupus/flares.md: error: has changed since a sitegen move of content/imnm to content/myositis was interrupted, so that move can be neither finished nor undone without losing the change; put the file back as it was, or remove .sitegen-move to keep every file as it is now, then run 'sitegen check'")
        }
        #expect(tree(site) == stopped)
    }

    /// A command waits while a move holds the site's lock, then finds the move done.
    @Test func recoveryWaitsForARunningMove() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let lock = try await MoveLock.acquire(siteRoot: site.root.path, whileWaiting: nil)
        try site.write(MoveJournal.partialName, Data("{".utf8))
        let (waits, waiting) = AsyncStream.makeStream(of: Void.self)
        let recovery = Task { try await SiteMove.recoverInterrupted(siteRoot: site.root.path) { waiting.yield() } }
        var iterator = waits.makeAsyncIterator()
        _ = await iterator.next()
        try site.remove(MoveJournal.partialName)  // as the running move would, when done
        lock.release()
        #expect(try await recovery.value == nil)
    }

    /// The command line: `check` finishes the move, prints the line on standard error, and passes.
    @Test func theNextCommandPrintsWhatItDid() async throws {
        let (_, after) = try await references(Self.section.source, Self.section.destination)
        let site = try site()
        defer { site.cleanUp() }
        _ = try interrupt(site, Self.section.source, Self.section.destination, after: 6)
        let check = try CommandLineTests().run(["check"], in: site.root)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.errors.hasPrefix("sitegen: finished the interrupted move of content/imnm to content/myositis\n"))
        #expect(tree(site) == after)

        // The same move again: it finishes the first, says so, then finds nothing left to move.
        let again = try self.site()
        defer { again.cleanUp() }
        _ = try interrupt(again, Self.section.source, Self.section.destination, after: 6)
        let move = try CommandLineTests().run(["move", Self.section.source, Self.section.destination], in: again.root)
        #expect(move.status == 1)
        #expect(move.errors == "sitegen: finished the interrupted move of content/imnm to content/myositis\ncontent/imnm: error: does not exist; give the path of a page or a section folder, like content/lupus/flares.md\n")
        #expect(tree(again) == after)
    }
}
