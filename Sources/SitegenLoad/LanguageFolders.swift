import SitegenModel

/// A language other than the default is published in a folder named after its code (`public/es/`),
/// at the site root beside the sections: a section with that address would be written over.
package enum LanguageFolders {
    /// A section of the default language: its address at the site root (`es/`, as `Section.slug`
    /// gives it, with or without the final slash) and its folder for messages (`content/es`).
    package struct SectionFolder: Sendable, Equatable {
        package var address: String
        package var path: String

        package init(address: String, path: String) {
            self.address = address
            self.path = path
        }
    }

    /// One error, at the language's line in site.yml, for each language whose folder is a
    /// section's address. Addresses are compared ignoring case, because public/ may be copied to
    /// a file system that does.
    package static func clashes(languages: [SiteLanguage], sectionFolders: [SectionFolder]) -> [Diagnostic] {
        var byAddress: [String: SectionFolder] = [:]
        for folder in sectionFolders {
            let address = folder.address.hasSuffix("/") ? folder.address : folder.address + "/"
            byAddress[address.lowercased()] = byAddress[address.lowercased()] ?? folder
        }
        return languages.compactMap { language in
            guard !language.isDefault, let section = byAddress[language.pathPrefix.lowercased()] else { return nil }
            return .error(
                SiteConfig.path, line: language.line,
                "language '\(language.code)' is published under /\(language.pathPrefix), the address of the section \(section.path); rename the section's folder (translations go beside their originals, like 'symptoms.\(language.code).md', not in a folder)"
            )
        }
    }
}
