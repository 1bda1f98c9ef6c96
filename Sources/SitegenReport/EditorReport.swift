import Foundation
import SitegenModel

/// The short per-page table printed after a build, and the JSON behind `--report` and `check`.
public enum EditorReport {
    /// One row per page with warnings: readability (on `measure`, with the hardest words of a page
    /// over the target), review and everything else, in a few words each.
    public static func table(_ reports: [PageReport], warnings: [Diagnostic], target: Double, measure: ReadabilityMeasure) -> String? {
        let byPage = Dictionary(grouping: warnings.warnings, by: \.path)
        var rows: [[String]] = []
        for report in reports {
            let problems = byPage[report.source] ?? []
            guard !problems.isEmpty else { continue }
            // A Spanish page has a reading ease (higher is easier) and no grade; another language, neither.
            let englishGrade = report.grade(measure)
            let level = englishGrade.map { String(format: "%.1f", $0) } ?? report.readingEase.map { "ease " + String(format: "%.1f", $0) }
                ?? (report.words > 0 && report.words < PageReport.minimumWordsToGrade ? "too short" : "-")
            let missed = englishGrade != nil ? " (over \(target.shortText))" : " (below target)"
            let overTarget = problems.contains { $0.category == .readability }
            let grade = level + (overTarget ? missed : "")
            let review = problems.first { $0.category == .review }.map { $0.message.hasPrefix("has no") ? "not reviewed" : "overdue" } ?? "ok"
            let accessibility = problems.filter { $0.category == .accessibility }.count
            let other = problems.filter { $0.category == .content }.count
            let words = overTarget && !report.hardWords.isEmpty ? report.hardWords.prefix(3).joined(separator: ", ") : "-"
            rows.append([report.source, grade, review, accessibility == 0 ? "-" : "\(accessibility)", other == 0 ? "-" : "\(other)", words])
        }
        guard !rows.isEmpty else { return nil }
        let header = ["page", "\(measure.name) grade", "review", "accessibility", "other", "hardest words"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        let title = "Editor's report: \(rows.count) of \(reports.count) page\(reports.count == 1 ? "" : "s") need attention (details above; --quiet hides this)"
        return ([title, line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// The `--report` file: settings used and one entry per page. Keys sorted, so it diffs cleanly.
    public static func json(_ reports: [PageReport], target: Double, measure: ReadabilityMeasure) throws -> Data {
        struct File: SortedJSONReport {
            /// Marks the file as sitegen's, so the next build may replace it (`WritePermission`).
            var generator = "sitegen"
            var readability: String
            var readabilityTarget: Double
            var pages: [PageReport]
            enum CodingKeys: String, CodingKey {
                case readabilityTarget = "readability_target"
                case pages, generator, readability
            }
        }
        return try File(readability: measure.rawValue, readabilityTarget: target, pages: reports).json()
    }
}

extension PageReport {
    /// The page's grade on `measure` (English pages of 100 words or more), or nil.
    public func grade(_ measure: ReadabilityMeasure) -> Double? {
        switch measure {
        case .smog: smog
        case .fleschKincaid: grade
        }
    }
}

/// A report file in JSON (`--report`, `check` and `report --format json`): pretty-printed with
/// keys sorted, so the file diffs cleanly between two runs.
public protocol SortedJSONReport: Encodable {}

extension SortedJSONReport {
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
