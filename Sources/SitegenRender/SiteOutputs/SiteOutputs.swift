/// The site-wide outputs, in the order their files are listed after the units' (and the glossary
/// and search pages'). The alias pages stay last: the output path checks (`OutputPlan`) report a
/// clash at the later file, and an alias is the one to change.
package enum SiteOutputs {
    static let all: [any SiteOutput.Type] = [
        NotFoundPage.self,
        SitemapFile.self,
        RobotsFile.self,
        CopiedFiles.self,
        AliasFiles.self,
    ]
}
