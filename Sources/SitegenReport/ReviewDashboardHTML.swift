import Foundation
import Mustache
import SitegenModel
import SitegenTiming
import SitegenRender

/// The dashboard as one self-contained HTML file: inline CSS, SVG and a small sorting script,
/// from a Mustache template compiled into the binary (every value goes through its HTML escaping).
extension ReviewDashboard {
    /// `reportFolder` and `siteRoot` are absolute paths with symbolic links resolved: each page's
    /// title links to its Markdown file by a path relative to the report, which works when the
    /// file is opened from disk.
    public func html(reportFolder: String, siteRoot: String) throws -> String {
        var timer = StageTimer()
        defer { timer.lap("dashboard html") }
        // The site's faster escaper (the same five characters as swift-mustache's own).
        FastHTMLContentType.registered
        let template = try MustacheTemplate(string: FastHTMLContentType.pragma + ReviewDashboardTemplate.text)
        let values = context(reportFolder: reportFolder, siteRoot: siteRoot)
        timer.lap("dashboard values")
        return template.render(values)
    }

    func context(reportFolder: String, siteRoot: String) -> [String: Any] {
        let target = readabilityTarget.shortText
        let gradeName = "\(readability.name) grade"
        let figures: [(Int, String, String, Bool)] = [
            (summary.pages, "pages", "sections and topic pages", false),
            (summary.reviewed, "reviewed", "have a last_reviewed date", false),
            (summary.overdue, "overdue", "past their next review date (every \(reviewIntervalDays) days, unless a page sets its own)", summary.overdue > 0),
            (summary.dueSoon, "due within \(Self.dueSoonDays) days", "next review by \(CalendarDate(dayNumber: today.dayNumber + Self.dueSoonDays).longText)", false),
            (summary.neverReviewed, "never reviewed", "no last_reviewed date", summary.neverReviewed > 0),
            (summary.overTarget, "over the reading target", "\(gradeName) above \(target)", summary.overTarget > 0),
        ]
        return [
            "site_title": siteTitle, "today_iso": today.iso, "today_text": today.longText,
            "target": target, "grade_name": gradeName, "interval_days": reviewIntervalDays,
            "figures": figures.map { ["value": $0.0, "name": $0.1, "note": $0.2, "attention": $0.3] as [String: Any] },
            "charts": [
                chart(id: "grades", title: "Pages by \(gradeName)", column: gradeName, bars: readingGrades,
                      legend: "Red bars hold grades that can be above the target of \(target)."),
                chart(id: "reviews", title: "Reviews due per month", column: "Review due", bars: reviewsDue,
                      legend: "The red bar counts reviews already overdue; pages never reviewed are not in this chart."),
            ],
            "page_count": summary.pages == 1 ? "1 page" : "\(summary.pages) pages",
            "count_note": pageCount.noteParts.map { ["text": $0.text, "command": $0.command] as [String: Any] },
            "table_width": Self.tableWidth,
            "columns": Self.columns.enumerated().map { index, column in
                let name = column.name == Self.gradeColumn ? gradeName : column.name
                return ["name": name, "type": column.numeric ? "number" : "text", "width": column.width, "sorted": index == 0] as [String: Any]
            },
            "pages": pages.enumerated().map { row(for: $1, order: $0, reportFolder: reportFolder, siteRoot: siteRoot) },
            "has_translations": !translations.isEmpty,
            "translations": translations.map { language -> [String: Any] in
                ["code": language.code, "name": language.name, "translated": language.translated, "total": language.total,
                 "groups": language.groups.map { ["title": $0.title, "translated": $0.translated, "total": $0.total, "missing": $0.missing] as [String: Any] }]
            },
        ]
    }

    /// The table's columns, in order; `numeric` ones sort by number, the rest by text. Fixed
    /// widths let a browser lay out a table of thousands of rows without measuring every cell;
    /// the last one too (left "auto", it got what the others left of the table's width: 15 px,
    /// and rows thousands of pixels tall). The table's `min-width` is their sum.
    static let columns: [(name: String, numeric: Bool, width: String)] = [
        ("Review status", true, "8rem"), ("Page", false, "14rem"), ("Section", false, "8rem"), (gradeColumn, true, "9rem"),
        ("PEMAT items met", true, "6rem"), ("Plain-language suggestions", true, "8rem"),
        ("Last reviewed", false, "7.5rem"), ("Reviewer", false, "9.5rem"), ("Next review due", false, "8.5rem"), ("Warnings", true, "19rem"),
    ]

    /// The sum of the columns' widths (`97.5rem`): the table's least width.
    static let tableWidth: String = {
        let rem = columns.reduce(0.0) { $0 + (Double($1.width.dropLast(3)) ?? 0) }
        return rem == rem.rounded() ? "\(Int(rem))rem" : "\(rem)rem"
    }()

    /// The grade column, named after the site's measure ("SMOG grade"); under the grade, the
    /// page's hardest words.
    static let gradeColumn = "Reading grade"

    private func chart(id: String, title: String, column: String, bars: [Bar], legend: String) -> [String: Any] {
        let layout = ReviewCharts.Layout(bars: bars)
        let numbers = bars.map { "\($0.label): \($0.pages)" }.joined(separator: "; ")
        return [
            "id": id, "title": title, "column": column, "legend": legend,
            "width": ReviewCharts.Layout.width, "height": layout.height, "rows": layout.rows,
            "description": "Bar chart of \(title.lowercased()): \(numbers).",
        ]
    }

    private func row(for row: Row, order: Int, reportFolder: String, siteRoot: String) -> [String: Any] {
        let daysLeft = row.nextReview.map { $0.dayNumber - today.dayNumber }
        let nextNote: String = switch daysLeft {
        case nil: ""
        case let days? where days < 0: "\(-days) day\(days == -1 ? "" : "s") late"
        case 0?: "today"
        case let days?: "in \(days) day\(days == 1 ? "" : "s")"
        }
        return [
            "order": order, "status": row.status.label, "status_class": row.status.rawValue, "status_sort": row.status.priority,
            "title": row.title, "source": row.source, "draft": row.draft,
            "href": RelativeLink.path(from: reportFolder, to: (siteRoot as NSString).appendingPathComponent(row.source)),
            "section": row.section ?? "", "has_section": row.section != nil,
            "grade": row.grade(readability).map { String(format: "%.1f", $0) } ?? "–", "over_target": row.overTarget,
            "hard_words": row.hardWords.joined(separator: ", "), "has_hard_words": !row.hardWords.isEmpty,
            "codes": (row.codes ?? []).map { "\($0.system) \($0.code)" }.joined(separator: ", "), "has_codes": row.codes != nil,
            "plain_language": row.plainLanguage,
            // Sorted by the share met; a page with nothing checked sorts first.
            "pemat": row.pemat?.text ?? "–", "pemat_sort": row.pemat.map { String(format: "%.3f", Double($0.met) / Double(max(1, $0.checked))) } ?? "-1",
            "pemat_missed": row.pemat?.missedText ?? "", "has_pemat_missed": row.pemat?.missedText != nil,
            "last_reviewed_iso": row.lastReviewed?.iso ?? "", "last_reviewed": row.lastReviewed?.longText ?? "",
            "has_review": row.lastReviewed != nil, "reviewed_by": row.reviewedBy ?? "", "has_reviewer": row.reviewedBy != nil,
            "next_review_iso": row.nextReview?.iso ?? "", "next_review": row.nextReview?.longText ?? "", "next_note": nextNote,
            "warnings": row.warnings, "warning_count": row.warnings.count, "has_warnings": !row.warnings.isEmpty,
        ]
    }
}

/// A link from one folder to a file, as a relative URL (no `file:`): `../site/content/a.md`.
enum RelativeLink {
    static func path(from folder: String, to file: String) -> String {
        let from = folder.split(separator: "/").map(String.init)
        let to = file.split(separator: "/").map(String.init)
        var common = 0
        while common < min(from.count, to.count - 1), from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(encode)
        let link = parts.joined(separator: "/")
        // A first segment with a colon would read as a scheme (`c:` or `mailto:`).
        return parts.first?.contains(":") == true ? "./" + link : link
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~!$&'()*+,;=:@")
        return set
    }()

    private static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }
}
