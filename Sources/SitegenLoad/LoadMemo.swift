import SitegenModel
import SitegenFileSystem

/// What Load keeps from one build for the next, so files that did not change are not read again.
/// A value, lent to each build: whoever keeps builds going (`sitegen serve`) holds it in a
/// `BuildMemo`; a full build starts from an empty one.
package struct LoadMemo: Sendable {
    /// The last listing of `content/` and what was assembled from it.
    package var content: ContentCollector.State?
    package var config: (config: SiteConfig?, diagnostics: [Diagnostic])?
    package var templateFolder: (templates: [TemplateFile], staticFiles: [Asset], diagnostics: [Diagnostic])?
    package var glossary: (entries: [GlossaryEntry], diagnostics: [Diagnostic])?
    /// The other languages' glossaries (`glossary.es.yml`), by code.
    package var glossaries: [String: (entries: [GlossaryEntry], diagnostics: [Diagnostic])] = [:]
    /// `plain_language.yml`, and the other languages' (`plain_language.es.yml`) by code.
    package var plainLanguage: (changes: PlainLanguageChanges, diagnostics: [Diagnostic])?
    package var plainLanguages: [String: (changes: PlainLanguageChanges, diagnostics: [Diagnostic])] = [:]
    /// `i18n/` as loaded for these languages.
    package var themeStrings: (languages: [SiteLanguage], result: ThemeStringsLoader.Result)?
    /// Changes a load stopped before taking in (site.yml had an error): the next load takes them too.
    var notTakenIn: SourceChanges?
    /// Images' headers read, by absolute path, with the file's size and modification time then.
    var images: [String: (stamp: String, reading: ImageReading)] = [:]
    /// Pages read, by absolute path, with the size and modification time they were read at.
    private var loaded: [String: (stamp: FileStatus, page: ContentCollector.ReadPage)] = [:]

    package init() {}

    /// How many Markdown files the last load read (or found unchanged), for a failed build's count.
    package var markdownFilesRead: Int? { content.map { $0.markdown.count } }

    /// The page read from `file` last time, if the file is as it was then.
    func loadedPage(_ file: SourceTree.File) -> ContentCollector.ReadPage? {
        guard let cached = loaded[file.absolute], let stamp = file.status ?? FileStatus(file.absolute), stamp == cached.stamp else { return nil }
        return cached.page
    }

    /// Keeps `page` with the file's size and modification time: those of the listing it was read
    /// after (a file changed since then differs from it next time, so it is read again), or with
    /// `statusNow`, when the file was not listed again (precise changes), taken now.
    mutating func storeLoaded(_ page: ContentCollector.ReadPage, for file: SourceTree.File, statusNow: Bool = false) {
        let listed = statusNow ? nil : file.status
        if let stamp = listed ?? FileStatus(file.absolute) { loaded[file.absolute] = (stamp, page) } else { loaded[file.absolute] = nil }
    }
}
