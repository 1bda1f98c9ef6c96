import SitegenModel
import SitegenLoad
import SitegenRender

/// What a build leaves for the next one: each stage's memo, kept by `sitegen serve` between
/// builds so that an edit costs work in proportion to what it changed. `sitegen build` starts
/// from an empty one: there is one render path.
public struct BuildMemo: Sendable {
    package var load = LoadMemo()
    /// Compiled per language (by code), each with that language's fixed texts written in.
    var templates: [String: (files: [TemplateFile], texts: [String: String], set: TemplateSet?, diagnostics: [Diagnostic])] = [:]
    package var render = RenderMemo()
    /// The other languages' renders, by code.
    package var languages: [String: RenderMemo] = [:]
    /// The smaller copies of wide images made by the last build.
    var images: ImageCopies.Memo = [:]

    public init() {}
}
