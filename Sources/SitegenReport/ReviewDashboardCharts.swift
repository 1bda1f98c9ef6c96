import SitegenModel

/// The two charts of the review dashboard: what they count, and where their bars go.
enum ReviewCharts {
    /// Grades below this share the first bar, grades from `highestGrade` on share the last.
    static let lowestGrade = 5
    static let highestGrade = 16
    /// Months shown one by one after the overdue bar, starting with the current month.
    static let months = 12
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Pages per reading grade: `under 5`, `5–5.9`, … `15–15.9`, `16 and over`.
    static func gradeBars(_ grades: [Double], target: Double) -> [ReviewDashboard.Bar] {
        var counts = Array(repeating: 0, count: highestGrade - lowestGrade + 2)
        for grade in grades {
            let bin = min(max(Int(grade.rounded(.down)) - lowestGrade + 1, 0), counts.count - 1)
            counts[bin] += 1
        }
        return counts.indices.map { bin in
            let lower = lowestGrade + bin - 1
            let label = bin == 0 ? "under \(lowestGrade)" : bin == counts.count - 1 ? "\(highestGrade) and over" : "\(lower)–\(lower).9"
            // A bar needs attention when any grade it counts can be above the target.
            return ReviewDashboard.Bar(label: label, pages: counts[bin], attention: bin == counts.count - 1 || Double(lower + 1) > target)
        }
    }

    /// Reviews due per month: `overdue`, then the next twelve months by name, then `later`.
    static func monthBars(_ dueDates: [CalendarDate], today: CalendarDate) -> [ReviewDashboard.Bar] {
        var counts = Array(repeating: 0, count: months + 2)
        let thisMonth = today.year * 12 + today.month - 1
        for due in dueDates {
            counts[due < today ? 0 : min(due.year * 12 + due.month - 1 - thisMonth, months) + 1] += 1
        }
        return counts.indices.map { bin in
            if bin == 0 { return ReviewDashboard.Bar(label: "overdue", pages: counts[0], attention: true) }
            if bin == counts.count - 1 { return ReviewDashboard.Bar(label: "later", pages: counts[bin], attention: false) }
            let month = thisMonth + bin - 1
            return ReviewDashboard.Bar(label: "\(shortMonths[month % 12]) \(month / 12)", pages: counts[bin], attention: false)
        }
    }

    /// A horizontal bar chart drawn for a phone's width (360 units wide); it scales with the page.
    struct Layout {
        static let width = 360
        static let rowHeight = 24
        static let labelWidth = 100
        static let countWidth = 40
        static let top = 4

        var bars: [ReviewDashboard.Bar]

        var height: Int { Self.top * 2 + bars.count * Self.rowHeight }

        /// Values for the template: one entry per bar with its geometry as text.
        var rows: [[String: Any]] {
            let largest = max(bars.map(\.pages).max() ?? 0, 1)
            let room = Self.width - Self.labelWidth - Self.countWidth
            return bars.enumerated().map { index, bar in
                let y = Self.top + index * Self.rowHeight
                let length = bar.pages == 0 ? 0 : max(2, bar.pages * room / largest)
                return [
                    "label": bar.label, "pages": bar.pages, "attention": bar.attention,
                    "label_x": Self.labelWidth - 6, "text_y": y + 17, "bar_x": Self.labelWidth, "bar_y": y + 3,
                    "bar_width": length, "bar_height": Self.rowHeight - 6, "count_x": Self.labelWidth + length + 4,
                ]
            }
        }
    }
}
