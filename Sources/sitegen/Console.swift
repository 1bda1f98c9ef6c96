import ArgumentParser
import Foundation
import SitegenCommands
import SitegenModel
import SitegenReport

/// Messages for people: problems go to standard error so the summary on standard output stays
/// clean. Colours and the progress line appear only on a terminal.
enum Console {
    static let errors = TerminalText(fileDescriptor: STDERR_FILENO)

    static func report(_ diagnostics: [Diagnostic], pathPrefix: String) {
        for diagnostic in diagnostics.sortedForReport() {
            write(errors.diagnostic(diagnostic, pathPrefix: pathPrefix))
        }
    }

    /// Output for people that is not the result (the editor's report), on standard error.
    static func note(_ message: String) { write(message) }

    static func error(_ message: String) {
        write("sitegen: " + errors.paint("error:", [.red, .bold]) + " " + message)
    }

    /// Prints `message` as an error and returns exit status 1, for the command to throw.
    static func failure(_ message: String) -> ExitCode {
        error(message)
        return .failure
    }

    /// Runs a step that fails with one diagnostic (`init`, `new`, `move`): on failure the
    /// diagnostic is printed and the command exits 1.
    static func exitOnFailure<T>(pathPrefix: String, _ step: () throws(Diagnostic) -> T) throws -> T {
        do {
            return try step()
        } catch {
            report([error], pathPrefix: pathPrefix)
            throw ExitCode.failure
        }
    }

    /// Stops with one message when `source` holds no site (no `site.yml`): exit status 1.
    static func requireSite(_ source: String) throws {
        if let message = SiteFolder.noSite(source: source) { throw failure(message) }
    }

    /// Finishes or undoes a `sitegen move` that was killed in the site at `source`, printing one
    /// line saying which, before a command reads the site; on failure prints why and exits 1.
    static func finishInterruptedMove(source: String) async throws {
        let pathPrefix = ScaffoldOptions(source: source).pathPrefix
        do {
            let line = try await SiteMove.recoverInterrupted(siteRoot: source, pathPrefix: pathPrefix) {
                note("sitegen: waiting for a sitegen move in this site to finish…")
            }
            if let line { note(line) }
        } catch {
            report([error], pathPrefix: pathPrefix)
            throw ExitCode.failure
        }
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A one-line progress display for long builds, redrawn in place; nil when standard error is
    /// not a terminal (CI logs and pipes get no progress lines).
    static func progress() -> (@Sendable (BuildProgress) -> Void)? {
        guard TerminalText.isTerminal(STDERR_FILENO) else { return nil }
        return { progress in
            let text = progress.done >= progress.total
                ? "\r\u{1B}[K"
                : "\r\u{1B}[K\(progress.stage) \(progress.done * 100 / max(1, progress.total))% (\(progress.done) of \(progress.total))"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
