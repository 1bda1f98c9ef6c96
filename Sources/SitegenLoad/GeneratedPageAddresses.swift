import SitegenModel

/// The glossary's and the search page's addresses in each language are theme texts
/// (`glossary_address: glosario`), so a site's `i18n/<code>.yml` can give them one that another
/// page already has. Each such address is an error at its line there; one that comes from the
/// built-in texts, at the section that takes it, which is the one to rename.
package enum GeneratedPageAddresses {
    /// - Parameters:
    ///   - sites: every language's site, the default one first.
    ///   - files: by code, the lines of the texts each `i18n/<code>.yml` changed.
    ///   - hasSearch: whether the theme has a search page (`search.mustache`).
    package static func clashes(sites: [Site], files: [String: ThemeStringsLoader.TextLines], hasSearch: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let folders = sites.filter { !$0.language.isDefault }.map(\.language)
        for site in sites {
            let file = files[site.language.code]
            let pages = GeneratedPage.allCases.filter { $0 == .search ? hasSearch : !site.glossary.isEmpty }
            func place(_ page: GeneratedPage) -> (path: String, line: Int)? {
                guard let file, let line = file.lines[page.addressKey] else { return nil }
                return (file.path, line)
            }
            for page in pages {
                let key = page.addressKey.rawValue
                let address = site.strings.text(page.addressKey)
                for other in pages where other != page {
                    guard let (path, line) = place(page) else { continue }
                    if address.lowercased() == site.strings.text(other.addressKey).lowercased(), page == .search || place(other) == nil {
                        diagnostics.append(.error(path, line: line, "'\(key)' is '\(address)', the \(other.rawValue) page's address too; give each page its own"))
                    } else if other.oldURL(in: site.language, strings: site.strings) != nil, address.lowercased() == other.oldAddress {
                        diagnostics.append(.error(path, line: line, "'\(key)' is '\(address)', the \(other.rawValue) page's old address, which still leads to it; choose another"))
                    }
                }
                if site.language.isDefault, let (path, line) = place(page),
                   let language = folders.first(where: { $0.pathPrefix == address.lowercased() + "/" }) {
                    diagnostics.append(.error(path, line: line, "'\(key)' is '\(address)', the folder of the '\(language.code)' pages; choose another"))
                }
                let url = page.url(in: site.language, strings: site.strings).lowercased()
                for section in site.sections where section.index.url.lowercased() == url {
                    if let (path, line) = place(page) {
                        diagnostics.append(.error(path, line: line, "'\(key)' is '\(address)', the address of the section \(section.index.sourcePath) too; choose another, or give the section another 'slug:'"))
                    } else {
                        diagnostics.append(.error(
                            section.index.sourcePath, line: section.index.frontMatter.slugLine ?? 1,
                            "this section's address (\(section.index.url)) is the \(page.rawValue) page's, from the theme's texts ('\(key): \(address)'); give the section another 'slug:', or the \(page.rawValue) page another address with '\(key)' in \(ThemeStringsLoader.path(for: site.language.code))"
                        ))
                    }
                }
            }
        }
        return diagnostics
    }
}
