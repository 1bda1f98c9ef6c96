import Foundation
import SitegenModel
import SitegenReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the preview server has to say, for the terminal (or a test).
public enum ServeEvent: Sendable {
    /// Listening and the first build is done (or failed: then `pages` is 0 and errors follow);
    /// `drafts`: the drafts it left out, by source path.
    case started(url: String, listening: String, pages: Int, files: Int, milliseconds: Int, drafts: [String] = [])
    case rebuilt(milliseconds: Int, changed: [String], pages: Int)
    /// A build failed; `servingLastGood` is false when no build has worked yet.
    case failed([Diagnostic], milliseconds: Int, servingLastGood: Bool)
    case warnings([Diagnostic])
    /// Something about watching files (inotify unavailable: polling instead).
    case note(String)
}

public typealias ServeReporter = @Sendable (ServeEvent) -> Void

/// Prints `ServeEvent`s like the rest of sitegen: progress on standard output, problems on
/// standard error as `path:line: error: message`. Colours only on a terminal and never when
/// `NO_COLOR` is set (https://no-color.org).
public struct ServeTerminal: Sendable {
    public var pathPrefix: String
    public var colourOutput: Bool
    public var colourErrors: Bool

    public init(pathPrefix: String = "", environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.pathPrefix = pathPrefix
        colourOutput = TerminalText.wantsColour(fileDescriptor: STDOUT_FILENO, environment: environment)
        colourErrors = TerminalText.wantsColour(fileDescriptor: STDERR_FILENO, environment: environment)
    }

    public func report(_ event: ServeEvent) {
        for line in lines(for: event) {
            let handle = line.isError ? FileHandle.standardError : FileHandle.standardOutput
            handle.write(Data((line.text + "\n").utf8))
        }
    }

    public struct Line: Equatable, Sendable {
        public var text: String
        public var isError: Bool
    }

    /// The lines printed for `event`, coloured as they will be.
    public func lines(for event: ServeEvent) -> [Line] {
        func out(_ text: String) -> Line { Line(text: text, isError: false) }
        func err(_ text: String) -> Line { Line(text: text, isError: true) }
        switch event {
        case .started(let url, let listening, let pages, let files, let milliseconds, let drafts):
            var lines: [Line] = []
            if pages > 0 {
                lines.append(out("Built \(pages == 1 ? "1 page" : "\(pages) pages") (\(files) files) in \(milliseconds) ms"))
            }
            if let left = DraftsLeftOut.line(drafts, command: .serve, pathPrefix: pathPrefix) { lines.append(out(left)) }
            lines.append(out("Serving the preview at \(paint(url, .bold, .cyan, on: colourOutput))\(listening.isEmpty ? "" : " (\(listening))")"))
            lines.append(out(paint("Watching content/, templates/, i18n/, site.yml and glossary.yml; press Ctrl-C to stop.", .dim, on: colourOutput)))
            return lines
        case .rebuilt(let milliseconds, let changed, _):
            let what: String
            switch changed.count {
            case 0: what = ""
            case 1: what = " (1 file changed: \(changed[0] == "*" ? "several" : pathPrefix + changed[0]))"
            default: what = " (\(changed.count) files changed)"
            }
            return [out(paint("Rebuilt", .green, on: colourOutput) + " in \(milliseconds) ms" + what)]
        case .failed(let diagnostics, let milliseconds, let servingLastGood):
            let count = diagnostics.errors.count
            let errors = count == 1 ? "1 error" : "\(count) errors"
            var lines = diagnostics.map { err(format($0)) }
            let tail = servingLastGood ? "still serving the last good build" : "nothing to serve until it builds"
            lines.append(err(paint("Build failed", .red, .bold, on: colourErrors) + " with \(errors) in \(milliseconds) ms; \(tail). Fix and save to rebuild."))
            return lines
        case .warnings(let diagnostics):
            return diagnostics.map { err(format($0)) }
        case .note(let text):
            return [err(paint("note:", .yellow, on: colourErrors) + " " + text)]
        }
    }

    private func format(_ diagnostic: Diagnostic) -> String {
        TerminalText(colour: colourErrors).diagnostic(diagnostic, pathPrefix: pathPrefix)
    }

    private func paint(_ text: String, _ styles: TerminalText.Style..., on: Bool) -> String {
        TerminalText(colour: on).paint(text, styles)
    }
}
