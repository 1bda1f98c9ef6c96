import Foundation
import SitegenModel
import SitegenTiming
import SitegenRender

/// The state of the whole library for its editors (`sitegen report`): which pages are overdue for
/// medical review, due soon, never reviewed or above the reading target. The HTML dashboard and
/// `--format json` are two views of this one value.
public struct ReviewDashboard: SortedJSONReport, Sendable {
    /// Pages whose next review falls within this many days count as "due soon".
    public static let dueSoonDays = 90

    public enum ReviewStatus: String, Encodable, Sendable, CaseIterable {
        case overdue
        case neverReviewed = "never_reviewed"
        case dueSoon = "due_soon"
        case current

        /// The dashboard's default order: what needs a clinician first.
        var priority: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        var label: String {
            switch self {
            case .overdue: "Overdue"
            case .neverReviewed: "Never reviewed"
            case .dueSoon: "Due soon"
            case .current: "Up to date"
            }
        }
    }

    public struct Summary: Encodable, Sendable, Equatable {
        public var pages = 0
        /// Pages with a `last_reviewed` date.
        public var reviewed = 0
        public var overdue = 0
        public var dueSoon = 0
        public var neverReviewed = 0
        public var overTarget = 0

        enum CodingKeys: String, CodingKey {
            case pages, reviewed, overdue
            case dueSoon = "due_soon"
            case neverReviewed = "never_reviewed"
            case overTarget = "over_target"
        }
    }

    public struct Row: Encodable, Sendable, Equatable {
        public var title: String
        /// The Markdown file, relative to the site folder: `content/imnm/symptoms.md`.
        public var source: String
        /// As in the output: `imnm/symptoms/`.
        public var url: String
        /// The section's title; absent for the home page.
        public var section: String?
        public var draft: Bool
        /// Flesch–Kincaid; absent for a page sitegen cannot grade in English (another language,
        /// no words, a draft, under 100 words).
        public var grade: Double?
        /// SMOG; absent like `grade`.
        public var smog: Double?
        /// The page's hardest words (`PageReport.hardWords`).
        public var hardWords: [String] = []
        /// Over `readability_target` on the site's measure (`readability`).
        public var overTarget: Bool
        public var lastReviewed: CalendarDate?
        public var reviewedBy: String?
        public var nextReview: CalendarDate?
        public var status: ReviewStatus
        public var warnings: [String]
        /// How many plain-language suggestions the page has (complex words with everyday ones).
        public var plainLanguage = 0

        /// The PEMAT items checked on the page and how many it meets; absent when none is checked.
        public var pemat: PEMATScore?
        /// The condition's codes in the page's JSON-LD, for an editor to check; absent when none.
        public var codes: [ListedCode]?

        enum CodingKeys: String, CodingKey {
            case title, source, url, section, draft, grade, smog, status, warnings, pemat, codes
            case hardWords = "hard_words"
            case plainLanguage = "plain_language"
            case overTarget = "over_target"
            case lastReviewed = "last_reviewed"
            case reviewedBy = "reviewed_by"
            case nextReview = "next_review"
        }
    }

    /// One bar of a chart: a label and how many pages it counts.
    public struct Bar: Encodable, Sendable, Equatable {
        public var label: String
        public var pages: Int
        /// Bars that need attention (grades above the target, overdue reviews) are drawn darker.
        public var attention: Bool
    }

    public var siteTitle: String
    public var today: CalendarDate
    public var readabilityTarget: Double
    /// The measure of the target, the chart of grades and the table's grade column.
    public var readability: ReadabilityMeasure
    public var reviewIntervalDays: Int
    public var summary: Summary
    /// Pages per grade on `readability`.
    public var readingGrades: [Bar]
    public var reviewsDue: [Bar]
    /// Overdue first, then never reviewed, due soon and up to date; by next review date, then path.
    public var pages: [Row]
    /// Each other language's share of the pages; empty for a site in one language.
    public var translations: [TranslationCoverage] = []
    /// The build's count of pages beside `summary.pages`, and why they differ.
    public var pageCount: PageCount

    enum CodingKeys: String, CodingKey {
        case today, summary, pages
        case siteTitle = "site_title"
        case readabilityTarget = "readability_target"
        case readability
        case reviewIntervalDays = "review_interval_days"
        case dueSoonDays = "due_soon_days"
        case readingGrades = "reading_grades"
        case reviewsDue = "reviews_due"
        case translations
        case generator
        case pageCount = "page_count"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Marks the file as sitegen's, so the next report may replace it (`WritePermission`).
        try container.encode("sitegen", forKey: .generator)
        try container.encode(siteTitle, forKey: .siteTitle)
        try container.encode(today, forKey: .today)
        try container.encode(readabilityTarget, forKey: .readabilityTarget)
        try container.encode(readability.rawValue, forKey: .readability)
        try container.encode(reviewIntervalDays, forKey: .reviewIntervalDays)
        try container.encode(Self.dueSoonDays, forKey: .dueSoonDays)
        try container.encode(summary, forKey: .summary)
        try container.encode(pageCount, forKey: .pageCount)
        try container.encode(readingGrades, forKey: .readingGrades)
        try container.encode(reviewsDue, forKey: .reviewsDue)
        try container.encode(pages, forKey: .pages)
        if !translations.isEmpty { try container.encode(translations, forKey: .translations) }
    }

    /// The dashboard of a rendered site, as of `today`.
    public init(_ rendered: RenderedSite, today: CalendarDate) {
        var timer = StageTimer()
        defer { timer.lap("dashboard") }
        let config = rendered.site.config
        let reports = Dictionary(rendered.reports.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        var plainLanguage: [String: Int] = [:]
        for diagnostic in rendered.warnings where diagnostic.category == .plainLanguage { plainLanguage[diagnostic.path, default: 0] += 1 }
        var rows: [Row] = []
        // The home page lists sections; like the build's review warning, the dashboard covers
        // the pages that hold medical content, in every language.
        for site in [rendered.site] + rendered.languages {
            let sectionTitles = Dictionary(site.sections.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        for page in site.allPages where page.kind != .home {
            let report = reports[page.sourcePath]
            let measured = report?.grade(config.readability)
            let reviewed = page.frontMatter.lastReviewed
            let next = page.frontMatter.nextReview(siteInterval: config.reviewIntervalDays)
            rows.append(Row(
                title: page.frontMatter.title, source: page.sourcePath, url: page.url,
                section: page.sectionSlug.flatMap { sectionTitles[$0] }, draft: page.frontMatter.draft,
                grade: report?.grade, smog: report?.smog, hardWords: report?.hardWords ?? [],
                overTarget: measured.map { $0 > config.readabilityTarget } ?? false,
                lastReviewed: reviewed, reviewedBy: page.frontMatter.reviewedBy, nextReview: next,
                status: Self.status(next: next, today: today), warnings: report?.warnings ?? [],
                plainLanguage: plainLanguage[page.sourcePath] ?? 0, pemat: report?.pemat, codes: report?.codes))
        }
        }
        rows.sort { a, b in
            if a.status != b.status { return a.status.priority < b.status.priority }
            if a.nextReview != b.nextReview, let x = a.nextReview, let y = b.nextReview { return x < y }
            return a.source < b.source
        }
        siteTitle = config.title
        self.today = today
        readabilityTarget = config.readabilityTarget
        readability = config.readability
        reviewIntervalDays = config.reviewIntervalDays
        summary = Self.summarize(rows)
        readingGrades = ReviewCharts.gradeBars(rows.compactMap { $0.grade(config.readability) }, target: config.readabilityTarget)
        reviewsDue = ReviewCharts.monthBars(rows.compactMap(\.nextReview), today: today)
        pages = rows
        pageCount = PageCount(rendered, listed: rows)
        translations = TranslationCoverage.of(rendered.site)
    }

    /// Overdue once the next review day has passed: the same rule as the build's review warning.
    static func status(next: CalendarDate?, today: CalendarDate) -> ReviewStatus {
        guard let next else { return .neverReviewed }
        let daysLeft = next.dayNumber - today.dayNumber
        if daysLeft < 0 { return .overdue }
        return daysLeft <= dueSoonDays ? .dueSoon : .current
    }

    static func summarize(_ rows: [Row]) -> Summary {
        var summary = Summary(pages: rows.count)
        for row in rows {
            if row.lastReviewed != nil { summary.reviewed += 1 }
            if row.overTarget { summary.overTarget += 1 }
            switch row.status {
            case .overdue: summary.overdue += 1
            case .neverReviewed: summary.neverReviewed += 1
            case .dueSoon: summary.dueSoon += 1
            case .current: break
            }
        }
        return summary
    }
}

extension CalendarDate: Encodable {
    /// `2026-12-03`: the form front matter uses.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension ReviewDashboard.Row {
    /// The row's grade on `measure`.
    func grade(_ measure: ReadabilityMeasure) -> Double? {
        switch measure {
        case .smog: smog
        case .fleschKincaid: grade
        }
    }
}
