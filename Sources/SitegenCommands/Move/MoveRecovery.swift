import Foundation
import SitegenModel
import SitegenFileSystem

/// Finishing or undoing a move that did not end (killed, or the machine stopped), from its journal.
///
/// Which way is decided by the rename: before it nothing of the site had changed, so the move is
/// undone; after it, it is finished. Either way every file the move changes must hold its bytes
/// from before or after the move (each was replaced whole); any other bytes are an editor's
/// change since, which is never overwritten: the command stops and says so.
extension SiteMove {
    /// Finishes or undoes an interrupted move in the site at `siteRoot`, and returns the line that
    /// says which (nil when there was none). Every command that reads the site calls it first; it
    /// waits while a move runs, calling `whileWaiting` once.
    public static func recoverInterrupted(siteRoot: String, pathPrefix: String = "", whileWaiting: (@Sendable () -> Void)? = nil) async throws(Diagnostic) -> String? {
        guard MoveJournal.isPresent(siteRoot: siteRoot) else { return nil }
        let lock = try await MoveLock.acquire(siteRoot: siteRoot, whileWaiting: whileWaiting)
        defer { lock.release() }
        return try recover(siteRoot: siteRoot, pathPrefix: pathPrefix)
    }

    /// `recoverInterrupted` with the lock held.
    static func recover(siteRoot: String, pathPrefix: String) throws(Diagnostic) -> String? {
        let partial = siteRoot + "/" + MoveJournal.partialName
        let hadPartial = FileStatus(partial)?.kind == .file
        if hadPartial { unlink(partial) }  // a journal never put in place: nothing else was done
        guard let journal = try MoveJournal.read(siteRoot: siteRoot) else {
            return hadPartial ? "sitegen: undid an interrupted move; it had not changed anything yet" : nil
        }
        let move = "\(pathPrefix)\(journal.source) to \(pathPrefix)\(journal.destination)"
        switch (FileStatus(siteRoot + "/" + journal.source) != nil, FileStatus(siteRoot + "/" + journal.destination) != nil) {
        case (true, false):
            try undo(journal, siteRoot: siteRoot, renamed: false)
            return "sitegen: undid the interrupted move of \(move); the site is as it was before it"
        case (false, true):
            try finish(journal, siteRoot: siteRoot)
            return "sitegen: finished the interrupted move of \(move)"
        case (let both, _):
            throw .error(MoveJournal.name, "records an interrupted move of \(move), but \(both ? "both exist" : "neither exists") now, so sitegen cannot tell how far it got; put the site as you want it, then remove \(MoveJournal.name)")
        }
    }

    /// Writes each file's new bytes where it still has its old ones, then removes the journal.
    static func finish(_ journal: MoveJournal, siteRoot: String) throws(Diagnostic) {
        let isNew = try states(of: journal, siteRoot: siteRoot)
        for (file, isNew) in zip(journal.files, isNew) where !isNew {
            do { try AtomicFile.replace(file.path, root: siteRoot, with: file.new) } catch {
                throw .error(file.path, "cannot be written (\(describe(error))) to finish an interrupted move; the next sitegen command will try again")
            }
        }
        removeTemporaries(journal, siteRoot: siteRoot)
        MoveJournal.remove(siteRoot: siteRoot)
    }

    /// Puts each file's old bytes back and, when the rename was done, renames back; then removes
    /// the journal. Also what a move does itself when one of its steps fails.
    static func undo(_ journal: MoveJournal, siteRoot: String, renamed: Bool) throws(Diagnostic) {
        if renamed {
            let isNew = try states(of: journal, siteRoot: siteRoot)
            for (file, isNew) in zip(journal.files, isNew) where isNew {
                do { try AtomicFile.replace(file.path, root: siteRoot, with: file.old) } catch {
                    throw .error(file.path, "cannot be put back (\(describe(error))) to undo the move; the next sitegen command will try again")
                }
            }
        }
        removeTemporaries(journal, siteRoot: siteRoot)
        if renamed {
            do { try AtomicFile.rename(siteRoot + "/" + journal.destination, to: siteRoot + "/" + journal.source) } catch {
                throw .error(journal.destination, "cannot be moved back to \(journal.source) (\(error.description)) to undo the move; the next sitegen command will try again")
            }
        }
        MoveJournal.remove(siteRoot: siteRoot)
    }

    /// For each file of the journal, whether it holds its new bytes (else its old ones).
    private static func states(of journal: MoveJournal, siteRoot: String) throws(Diagnostic) -> [Bool] {
        var states: [Bool] = []
        for file in journal.files {
            let bytes = try? FileBytes.read(siteRoot + "/" + file.path, limit: .page).get()
            if let bytes, Data(bytes) == file.new { states.append(true) } else if let bytes, Data(bytes) == file.old { states.append(false) } else {
                let what = bytes == nil ? "cannot be read (or was removed)" : "has changed"
                throw .error(file.path, "\(what) since a sitegen move of \(journal.source) to \(journal.destination) was interrupted, so that move can be neither finished nor undone without losing the change; put the file back as it was, or remove \(MoveJournal.name) to keep every file as it is now, then run 'sitegen check'")
            }
        }
        return states
    }

    private static func removeTemporaries(_ journal: MoveJournal, siteRoot: String) {
        for file in journal.files {
            let temporary = siteRoot + "/" + AtomicFile.temporary(of: file.path)
            if FileStatus(temporary)?.kind == .file { unlink(temporary) }
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? AtomicFile.Failure)?.description ?? SystemError.describe(error)
    }
}
