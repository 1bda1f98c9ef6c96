import Foundation
import SitegenModel

/// The machine-readable result of `sitegen check --format json` (documented in docs/commands.md).
public struct CheckReport: SortedJSONReport, Sendable {
    public struct Entry: Encodable, Sendable {
        var severity: Diagnostic.Severity
        var category: Diagnostic.Category
        var path: String
        var line: Int?
        var message: String
    }

    public var errors: Int
    public var warnings: Int
    /// Advice that never fails a build (plain language, PEMAT, care cards).
    public var suggestions: Int
    /// What the build leaves out on purpose (no `base_url`: no canonical links, no sitemap).
    public var notes: Int
    public var diagnostics: [Entry]
    public var pages: [PageReport]
    /// Each other language's coverage (absent for a site in one language).
    public var translations: [TranslationCoverage]?
    /// The drafts left out of the check (without `--drafts`), by source path; empty when none.
    public var drafts: [String]

    public init(diagnostics: [Diagnostic], pages: [PageReport], translations: [TranslationCoverage] = [], drafts: [String] = []) {
        let sorted = diagnostics.sortedForReport()
        errors = sorted.errors.count
        warnings = sorted.warnings.count
        suggestions = sorted.suggestions.count
        notes = sorted.notes.count
        self.diagnostics = sorted.map { Entry(severity: $0.severity, category: $0.category, path: $0.path, line: $0.line, message: $0.message) }
        self.pages = pages
        self.translations = translations.isEmpty ? nil : translations
        self.drafts = drafts
    }
}
