import Foundation

/// The order readers see things in; every tie is broken so output never depends on the file system.
package enum ReadingOrder {
    /// By weight (pages without one last), then title, then file path.
    package static func pages(_ a: Page, _ b: Page) -> Bool {
        switch (a.frontMatter.weight, b.frontMatter.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        return byTitle(a.frontMatter.title, a.sourcePath, b.frontMatter.title, b.sourcePath)
    }

    /// A–Z by title, ignoring case and accents.
    package static func sections(_ a: Section, _ b: Section) -> Bool {
        byTitle(a.title, a.slug, b.title, b.slug)
    }

    package static func sortKey(_ title: String) -> String {
        // Sorting calls this twice per comparison; for ASCII, folding is lowercasing.
        if title.isASCII { return title.lowercased() }
        return title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func byTitle(_ t1: String, _ k1: String, _ t2: String, _ k2: String) -> Bool {
        let s1 = sortKey(t1), s2 = sortKey(t2)
        return s1 != s2 ? s1 < s2 : k1 < k2
    }
}
