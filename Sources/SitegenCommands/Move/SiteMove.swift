import Foundation
import SitegenModel
import SitegenFileSystem
import SitegenLoad

/// `sitegen move SRC DST`: moves a page (or a section's folder), changes every link to it, and
/// keeps its old address working with an alias.
///
/// All-or-nothing, even when killed: every file's new bytes are made and checked in memory first
/// (`makePlan`) and recorded in a journal (`MoveJournal`) before anything changes; then the move
/// is one rename, and each changed file is replaced atomically. If a step fails, what was done is
/// undone; if the process dies, the next sitegen command finishes or undoes the move
/// (`recoverInterrupted`). Moves take turns in a site (`MoveLock`).
public enum SiteMove {
    public struct Result: Sendable {
        public var messages: [String]
    }

    /// `recovered` is given the line saying that a move interrupted before this one was finished
    /// or undone first, before this one is even checked (it may then be refused).
    public static func run(
        source: String, destination: String, options: ScaffoldOptions,
        whileWaiting: (@Sendable () -> Void)? = nil, recovered: (String) -> Void = { _ in }
    ) async throws(Diagnostic) -> Result {
        try await run(source: source, destination: destination, options: options, whileWaiting: whileWaiting, recovered: recovered, durable: true)
    }

    /// `durable: false` skips every sync to disk (`MoveSteps.durable`), for the property test.
    static func run(
        source: String, destination: String, options: ScaffoldOptions,
        whileWaiting: (@Sendable () -> Void)?, recovered: (String) -> Void, durable: Bool
    ) async throws(Diagnostic) -> Result {
        let root = options.source
        let lock = try await MoveLock.acquire(siteRoot: root, whileWaiting: whileWaiting)
        defer { lock.release() }
        if let line = try recover(siteRoot: root, pathPrefix: options.pathPrefix) { recovered(line) }
        let plan = try makePlan(source: source, destination: destination, root: root)
        var steps = MoveSteps(total: MoveSteps.total(files: plan.files.count))
        steps.pauseAfter = ProcessInfo.processInfo.environment["SITEGEN_MOVE_PAUSE_AFTER"].flatMap { Int($0) }
        steps.durable = durable
        do {
            try apply(plan, root: root, steps: &steps)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error(plan.source, "the move stopped (\(describe(error))); the next sitegen command will finish or undo it")
        }
        let prefix = options.pathPrefix
        let count = plan.linkFiles
        var messages = ["Moved \(prefix)\(plan.source) to \(prefix)\(plan.destination); updated links in \(count) file\(count == 1 ? "" : "s")."]
        messages += plan.aliases.map { "Added alias \($0.alias) to \(prefix)\($0.path)." }
        return Result(messages: messages)
    }

    /// Records the plan, renames, replaces each changed file and removes the record, counting each
    /// change in `steps`. When a step fails, what was done is undone and the error says so; a
    /// test's `MoveSteps.Stopped` leaves everything as a kill would.
    static func apply(_ plan: Plan, root: String, steps: inout MoveSteps) throws {
        let journal = MoveJournal(source: plan.source, destination: plan.destination, files: plan.files)
        let data = try journal.encoded()
        do {
            try journal.write(data, siteRoot: root, steps: &steps)
        } catch let stop as MoveSteps.Stopped {
            throw stop
        } catch {
            unlink(root + "/" + MoveJournal.partialName)
            throw Diagnostic.error(MoveJournal.name, "cannot be written (\(describe(error))); sitegen move records what it does there first, so it needs to write in the site folder; nothing was changed")
        }
        do {
            try AtomicFile.rename(root + "/" + plan.source, to: root + "/" + plan.destination, durable: steps.durable)
        } catch {
            try undo(journal, siteRoot: root, renamed: false)
            throw Diagnostic.error(plan.source, "cannot be moved to \(plan.destination) (\(error.description)); nothing was changed")
        }
        try steps.did()
        for file in plan.files {
            do {
                try AtomicFile.replace(file.path, root: root, with: file.new, durable: steps.durable) { try steps.did() }
            } catch let stop as MoveSteps.Stopped {
                throw stop
            } catch {
                let reason = describe(error)
                do { try undo(journal, siteRoot: root, renamed: true) } catch {
                    throw Diagnostic.error(file.path, "cannot be written (\(reason)), and undoing the move stopped too: \(error.description)")
                }
                throw Diagnostic.error(file.path, "cannot be written (\(reason)); every file was put back as it was, nothing was moved")
            }
            try steps.did()
        }
        MoveJournal.remove(siteRoot: root, durable: steps.durable)
        try steps.did()
    }

    /// The edited front matter must still read, with the new alias in it.
    static func verify(_ text: String, alias: String, newAddress: String, path: String) throws(Diagnostic) {
        let parsed = FrontMatterParser.parse(text, path: path)
        if let frontMatter = parsed.frontMatter, frontMatter.aliases.contains(where: { $0.address == alias }),
           !frontMatter.aliases.contains(where: { $0.address == newAddress }) { return }
        if parsed.frontMatter == nil, let problem = parsed.diagnostics.errors.first {
            throw .error(path, line: problem.line, "the alias '\(alias)' cannot be added while the front matter has an error (\(problem.message)); fix it, then move again")
        }
        throw .error(path, "the alias '\(alias)' could not be added to the front matter; add it by hand after the move")
    }

    /// Why a file could not be moved or written, as the system says it (`permission denied`);
    /// `sitegen new` words its failures the same way.
    static func reason(_ error: Error) -> String { SystemError.describe(error) }
}
