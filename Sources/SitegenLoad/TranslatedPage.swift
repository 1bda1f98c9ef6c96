import SitegenModel

/// A page read from a translation's file (`symptoms.es.md`), before its language's site is
/// assembled: its `url` is still the original's.
package struct TranslatedPage: Sendable {
    /// As the file name writes it (`es`, `pt-BR`).
    var code: String
    var page: Page
}
