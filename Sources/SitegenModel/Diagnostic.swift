/// A problem found in the user's site, with the place it was found.
///
/// Rendered like a compiler message so editors and editors' tools (CI logs, IDEs) can jump to it:
/// `content/imnm/symptoms.md:3: error: what is wrong and how to fix it`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable, Codable {
        /// What a build left out on purpose and why, said once (no `base_url`: no canonical links,
        /// no sitemap): nothing is wrong with the site, so it never fails a build, not even with
        /// `--strict` (a new `sitegen init` site must build as it is), and it asks no change of a page.
        case note
        /// Advice an editor may take or leave (plain language, PEMAT, care cards): shown like a
        /// warning, counted apart, and never failing a build, not even with `--strict`.
        case suggestion
        case warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .suggestion: 1
            case .warning: 2
            case .error: 3
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// What a warning is about, for the editor's report.
    public enum Category: String, Sendable, Codable {
        case content, readability, review, accessibility
        /// External addresses that `check --external` could not reach.
        case links
        /// A complex word or phrase with an everyday alternative.
        case plainLanguage = "plain-language"
        /// An item of AHRQ's Patient Education Materials Assessment Tool that the text misses.
        case pemat
        /// "When to get help" cards: their kind, heading and length.
        case careCard = "care-card"
    }

    public var severity: Severity
    /// Path relative to the site's source folder, like `content/imnm/symptoms.md`.
    public var path: String
    /// 1-based line in `path`, when the problem has one (a missing folder does not).
    public var line: Int?
    public var message: String
    public var category: Category

    public init(_ severity: Severity, _ path: String, line: Int? = nil, _ message: String, category: Category = .content) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
        self.category = category
    }

    public static func error(_ path: String, line: Int? = nil, _ message: String, category: Category = .content) -> Diagnostic {
        Diagnostic(.error, path, line: line, message, category: category)
    }

    public static func warning(_ path: String, line: Int? = nil, _ message: String, category: Category = .content) -> Diagnostic {
        Diagnostic(.warning, path, line: line, message, category: category)
    }

    public static func suggestion(_ path: String, line: Int? = nil, _ message: String, category: Category) -> Diagnostic {
        Diagnostic(.suggestion, path, line: line, message, category: category)
    }

    public static func note(_ path: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.note, path, line: line, message)
    }

    public var description: String { formatted(pathPrefix: "") }

    /// The message with `pathPrefix` (the `--source` folder as the user typed it) before the path,
    /// unless the path is absolute (an output folder outside the site).
    public func formatted(pathPrefix: String) -> String {
        let pathPrefix = path.hasPrefix("/") ? "" : pathPrefix
        let place = line.map { "\(pathPrefix)\(path):\($0)" } ?? "\(pathPrefix)\(path)"
        return "\(place): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var suggestions: [Diagnostic] { filter { $0.severity == .suggestion } }
    public var notes: [Diagnostic] { filter { $0.severity == .note } }

    /// Stable order for reports: by file, then line, so a build prints the same way every time.
    public func sortedForReport() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.path != b.element.path { return a.element.path < b.element.path }
            let la = a.element.line ?? 0, lb = b.element.line ?? 0
            if la != lb { return la < lb }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Thrown when a build cannot produce a complete site. Carries every problem found, not just the first.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The pages checked before the build stopped (every page when rendering found the errors;
    /// the Markdown files read when loading did), for "Checked N pages"; nil when none was read.
    public var pagesChecked: Int?
    /// The drafts left out, when the site was read far enough to know them (see `Site.drafts`).
    public var drafts: [String] = []

    public init(_ diagnostics: [Diagnostic], pagesChecked: Int? = nil, drafts: [String] = []) {
        self.diagnostics = diagnostics
        self.pagesChecked = pagesChecked
        self.drafts = drafts
    }
}
extension Diagnostic: Error {}
