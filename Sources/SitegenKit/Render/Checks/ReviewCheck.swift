/// Warns about pages that no clinician has reviewed, or not for too long.
enum ReviewCheck {
    static func check(_ page: Page, today: CalendarDate, intervalDays: Int) -> Diagnostic? {
        guard let reviewed = page.frontMatter.lastReviewed else {
            return .warning(page.sourcePath, "has no medical review date; after a clinician checks the page, add 'last_reviewed: YYYY-MM-DD' and 'reviewed_by: <name>'", category: .review)
        }
        let age = today.daysSince(reviewed)
        guard age > intervalDays else { return nil }
        return .warning(page.sourcePath, "was last reviewed on \(reviewed.iso), \(age) days ago, more than the review interval of \(intervalDays) days; have it reviewed again and update last_reviewed", category: .review)
    }
}
