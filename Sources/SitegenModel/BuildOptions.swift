import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The site folder: holds `site.yml`, `content/` and `templates/`.
    public var source: String
    /// The output folder; `SOURCE/public` when nil.
    public var output: String?
    /// Replaces `site.yml: base_url`, for previews and staging servers.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// The day review ages are counted from (default: today). It changes warnings, never the output.
    public var today: CalendarDate?
    /// Called as the slow stages advance, for a progress line on a terminal.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(source: String = ".", output: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false, today: CalendarDate? = nil) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }

    public var outputPath: String { output ?? (source as NSString).appendingPathComponent("public") }
    /// `source` as an absolute path without `.` or `..`.
    package var siteRoot: String { URL(fileURLWithPath: source).standardizedFileURL.path }
}

/// How far a build has got: `done` of `total` items of `stage`.
public struct BuildProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int

    package init(stage: String, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}
