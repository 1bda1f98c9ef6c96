import SitegenModel

/// A file, or a few, made from the whole site rather than from one unit (the home page or a
/// section): the 404 page, the sitemap, robots.txt, the copied files, the alias pages.
///
/// Each declares in `Input` every value it reads, and `SiteOutputs.make` compares that input with
/// the one it was last made from (`==`): equal, its files are reused; else it is made again. So a
/// preview redoes an output exactly when what it reads changed, without a key listed anywhere
/// else, and a new output is a new file with one such type plus its line in `SiteOutputs.all`.
package protocol SiteOutput {
    /// What the output is made from: everything `make` reads of `source` must be in it (the
    /// preview's property test compares every served file with a build from an empty memo).
    associatedtype Input: Equatable & Sendable
    static func input(_ source: SiteOutputSource) -> Input
    static func make(_ input: Input, _ source: SiteOutputSource) -> SiteOutputFiles
}

/// What a site-wide output can read: the language's site and templates, and what the render
/// already knows of its pages.
package struct SiteOutputSource {
    package let site: Site
    let templates: TemplateSet
    let contexts: PageContext
    /// Everything every page is rendered with besides its pages (settings, theme texts, glossary,
    /// translations, templates, day): the value the last render kept when it is equal, so that
    /// comparing it again costs next to nothing.
    let shared: SharedInputs
    /// A hash of what the sitemap shows of each page (its address and review date), from the
    /// units' records (`UnitRecord.sitemap`), so no page is read again to know it did not change.
    let pageDates: Int
}

package struct SiteOutputFiles: Sendable {
    package var files: [OutputFile] = []
    package var diagnostics: [Diagnostic] = []
}

/// An output's files and the input they were made from, kept in `RenderMemo.siteOutputs`.
struct SiteOutputRecord: Sendable {
    let input: any Equatable & Sendable
    let made: SiteOutputFiles
}

extension SiteOutputs {
    /// Every output of `all`, in its order, reusing those whose input equals the memo's.
    static func make(_ source: SiteOutputSource, memo: inout [ObjectIdentifier: SiteOutputRecord]) -> SiteOutputFiles {
        var result = SiteOutputFiles()
        for output in all {
            let made = make(output, source, memo: &memo)
            result.files += made.files
            result.diagnostics += made.diagnostics
        }
        return result
    }

    private static func make<Output: SiteOutput>(_ output: Output.Type, _ source: SiteOutputSource, memo: inout [ObjectIdentifier: SiteOutputRecord]) -> SiteOutputFiles {
        let input = Output.input(source)
        let key = ObjectIdentifier(output)
        if let record = memo[key], let last = record.input as? Output.Input, last == input { return record.made }
        let made = Output.make(input, source)
        memo[key] = SiteOutputRecord(input: input, made: made)
        return made
    }
}
