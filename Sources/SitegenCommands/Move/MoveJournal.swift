import Foundation
import SitegenModel
import SitegenFileSystem

/// What a `sitegen move` is about to do, written before it changes anything, so that the next
/// sitegen command can finish or undo it after a `kill -9` or a power cut.
///
/// `.sitegen-move` in the site folder (hidden, and outside `content/`: the build never reads it):
/// JSON with the rename and each changed file's bytes before and after, at its path after the
/// move. It is written as `.sitegen-move.partial`, synced, and renamed into place; the move then
/// renames, replaces each file, and removes the journal last. While it exists the move is not
/// over (`SiteMove.recover`).
struct MoveJournal: Codable, Equatable {
    static let name = ".sitegen-move"
    static let partialName = ".sitegen-move.partial"

    struct File: Codable, Equatable {
        /// Relative to the site folder, after the move.
        var path: String
        var old: Data
        var new: Data
    }

    var format = 1
    var source: String
    var destination: String
    var files: [File]

    /// True when a move left a journal, finished or not: the one check every command makes.
    static func isPresent(siteRoot: String) -> Bool {
        FileStatus(siteRoot + "/" + name) != nil || FileStatus(siteRoot + "/" + partialName) != nil
    }

    static func read(siteRoot: String) throws(Diagnostic) -> MoveJournal? {
        switch FileBytes.read(siteRoot + "/" + name, limit: .moveJournal) {
        case .failure(let error) where error.code == ENOENT:
            return nil
        case .failure(let error):
            throw .error(name, "the journal of an interrupted sitegen move cannot be read (\(SystemError.describe(error))); check that you may read it")
        case .success(let bytes):
            guard let journal = try? JSONDecoder().decode(MoveJournal.self, from: Data(bytes)), journal.format == 1 else {
                throw .error(name, "is not a journal this sitegen move wrote, so the move it records cannot be finished or undone; if you made this file, rename it")
            }
            return journal
        }
    }

    /// The journal's bytes, or why the move is too large to record.
    func encoded() throws(Diagnostic) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { throw .error(source, "the move cannot be recorded; nothing was changed") }
        guard data.count <= ReadLimit.moveJournal.bytes else {
            throw .error(source, "the move would change \(files.count) files holding more than \(ReadLimit.moveJournal.described) in all, more than sitegen move records to be able to undo it; move fewer files at a time")
        }
        return data
    }

    /// Writes the journal where the next command looks for it, synced, in two steps.
    func write(_ data: Data, siteRoot: String, steps: inout MoveSteps) throws {
        try AtomicFile.replace(Self.name, root: siteRoot, with: data, temporary: Self.partialName, durable: steps.durable) { try steps.did() }
        try steps.did()
    }

    static func remove(siteRoot: String, durable: Bool = true) {
        unlink(siteRoot + "/" + name)
        if durable { AtomicFile.syncFolder(of: siteRoot + "/" + name) }
    }
}

/// Counts a move's changes to the disk, each of which leaves the site in a state the next
/// command can finish or undo: the journal written beside, the journal in place, the rename,
/// each file written beside and then renamed over the old one, the journal removed.
///
/// Each change is synced to disk unless `durable` is false (tests of what the files hold, where
/// syncs would cost most of the time). For kill-point tests only: `stopAfter` ends the move after that many changes as if the process
/// were killed (`MoveJournalTests`), and `SITEGEN_MOVE_PAUSE_AFTER=<n>` makes `sitegen move`
/// print a line and wait to be killed after the n-th (`scripts/kill-move`).
struct MoveSteps {
    struct Stopped: Error {}

    private(set) var done = 0
    var total = 0
    var stopAfter: Int?
    var pauseAfter: Int?
    var durable = true

    static func total(files: Int) -> Int { 3 + 2 * files + 1 }

    mutating func did() throws {
        done += 1
        if done == stopAfter { throw Stopped() }
        if done == pauseAfter {
            FileHandle.standardError.write(Data("sitegen: paused after step \(done) of \(total) (SITEGEN_MOVE_PAUSE_AFTER, for kill-point tests)\n".utf8))
            while true { sleep(3600) }  // until killed
        }
    }
}
