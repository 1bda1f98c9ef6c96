/// The line `build`, `check` and `serve` end with when they left drafts out, so that a page
/// still marked `draft: true` is never missing without a word ("Built 4 pages" while the editor
/// wrote 5). (`report` says it in the dashboard's note on its page count.)
public enum DraftsLeftOut {
    /// What the command did without the drafts.
    public enum Command: Sendable {
        case build, check, serve

        var leftOut: String {
            switch self {
            case .build: "not published"
            case .check: "not checked"
            case .serve: "not shown"
            }
        }

        func fix(_ them: String) -> String {
            switch self {
            case .build, .serve: "see \(them) with --drafts"
            case .check: "check \(them) with --drafts"
            }
        }
    }

    /// Paths named before "and N more": enough to recognise the pages, short enough for one line.
    static let named = 3

    /// `2 drafts not published: content/lupus/symptoms.md, content/lupus/causes.md; see them
    /// with --drafts`, or nil when no draft was left out. `drafts` are source paths;
    /// `pathPrefix` goes before each, as before the paths of messages.
    public static func line(_ drafts: [String], command: Command, pathPrefix: String = "") -> String? {
        guard !drafts.isEmpty else { return nil }
        let count = drafts.count == 1 ? "1 draft" : "\(drafts.count) drafts"
        var listed = drafts.prefix(named).map { pathPrefix + $0 }.joined(separator: ", ")
        if drafts.count > named { listed += " and \(drafts.count - named) more" }
        return "\(count) \(command.leftOut): \(listed); \(command.fix(drafts.count == 1 ? "it" : "them"))"
    }
}
