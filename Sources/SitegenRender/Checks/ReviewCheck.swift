import SitegenModel

/// Review dates: one after today is an error (it claims a review that has not happened); pages
/// no clinician has reviewed, or not for too long, get a warning (not the home page).
enum ReviewCheck {
    /// - Parameter siteIntervalDays: the site's `review_interval_days`, for a page without its own.
    static func check(_ page: Page, today: CalendarDate, siteIntervalDays: Int) -> [Diagnostic] {
        let intervalDays = page.frontMatter.reviewInterval(site: siteIntervalDays)
        guard let reviewed = page.frontMatter.lastReviewed else {
            guard page.kind != .home else { return [] }
            return [.warning(page.sourcePath, "has no medical review date; after a clinician checks the page, add 'last_reviewed: YYYY-MM-DD' and 'reviewed_by: <name>'", category: .review)]
        }
        if reviewed > today {
            return [.error(page.sourcePath, line: page.frontMatter.lastReviewedLine, "'last_reviewed' is \(reviewed.iso), later than today (\(today.iso)); write the date on which the medical review took place", category: .review)]
        }
        let age = today.daysSince(reviewed)
        guard age > intervalDays, page.kind != .home else { return [] }
        let interval = page.frontMatter.reviewIntervalDays == nil ? "the review interval" : "the page's own review interval ('review_interval_days')"
        return [.warning(page.sourcePath, "was last reviewed on \(reviewed.iso), \(age) days ago, more than \(interval) of \(intervalDays) days; have it reviewed again and update last_reviewed", category: .review)]
    }
}
