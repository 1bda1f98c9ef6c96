import SitegenModel

/// What a preview keeps between builds of the files Load reads, so files that did not change are
/// not read again. The preview's `RenderCache` is the one implementation; a full build passes none.
package protocol LoadMemo: AnyObject {
    /// The last listing of `content/` and what was assembled from it.
    var content: ContentCollector.State? { get set }
    var config: (config: SiteConfig?, diagnostics: [Diagnostic])? { get set }
    var templateFolder: (templates: [TemplateFile], staticFiles: [Asset], diagnostics: [Diagnostic])? { get set }
    var glossary: (entries: [GlossaryEntry], diagnostics: [Diagnostic])? { get set }
    /// The pages read again in this build when they were put into the last build's sections in place.
    var patchedPages: [Page]? { get set }
    /// The page read from `file` last time, if the file is as it was then.
    func loadedPage(_ file: SourceTree.File) -> ContentCollector.ReadPage?
    func storeLoaded(_ page: ContentCollector.ReadPage, for file: SourceTree.File)
}
