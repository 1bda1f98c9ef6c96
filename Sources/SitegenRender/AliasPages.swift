import SitegenModel

/// The pages written at old addresses (`aliases:`), each sending the reader on to the page, and
/// `_redirects`, the same moves for hosts that read that file (Netlify, Cloudflare Pages).
///
/// They come last in the list of files to write, so the output path checks (`OutputPlan`) report
/// an alias that meets a page, a generated file, a copied file or another alias at the alias.
package enum AliasPages {
    static let redirectsPath = "_redirects"

    package struct Output {
        package var files: [OutputFile]
        package var diagnostics: [Diagnostic]
    }

    /// Every published page's aliases, in site order, then `_redirects` (only when there is an alias,
    /// so the output of a site without aliases does not change).
    package static func files(for site: Site, hasSearch: Bool = false) -> Output {
        var output = Output(files: oldAddresses(for: site, hasSearch: hasSearch), diagnostics: [])
        var redirects: [String] = []
        let base = site.config.basePath
        func add(_ page: Page) {
            for alias in page.frontMatter.aliases {
                guard alias.outputPath.lowercased() != page.outputPath.lowercased() else {
                    output.diagnostics.append(.error(page.sourcePath, line: alias.line, "the alias '\(alias.written)' is this page's own address; remove it"))
                    continue
                }
                var file = OutputFile(path: alias.outputPath, text: html(title: page.frontMatter.title, url: page.url, from: alias.outputPath, site: site))
                file.origin = page.sourcePath
                file.originLine = alias.line
                file.alias = alias.written
                output.files.append(file)
                redirects.append("\(base)\(URLPath.encoded(alias.address)) \(base)\(URLPath.encoded(page.url)) 301")
            }
        }
        add(site.home)
        for section in site.sections {
            add(section.index)
            section.pages.forEach(add)
        }
        if !redirects.isEmpty {
            output.files.append(OutputFile(path: redirectsPath, text: redirects.sorted().joined(separator: "\n") + "\n"))
        }
        return output
    }

    /// The glossary and search pages at the addresses they had before a language's theme texts
    /// gave them their own (`es/glossary/` → `es/glosario/`), so bookmarks and links from other
    /// sites still work. Not in `_redirects`: each language would write its own.
    static func oldAddresses(for site: Site, hasSearch: Bool) -> [OutputFile] {
        var pages: [(GeneratedPage, String)] = []
        if !site.glossary.isEmpty { pages.append((.glossary, site.strings.text(.glossary))) }
        if hasSearch { pages.append((.search, site.strings.text(.search))) }
        return pages.compactMap { page, title in
            guard let old = page.oldURL(in: site.language, strings: site.strings) else { return nil }
            let path = old + "index.html"
            return OutputFile(path: path, text: html(title: title, url: site.url(of: page), from: path, site: site))
        }
    }

    /// The redirecting page to the page titled `title` at `url`, written at `path`: it works
    /// without JavaScript, tells search engines where the page is now and not to list the old
    /// address, and shows a link for browsers that do not follow it.
    static func html(title: String, url: String, from path: String, site: Site) -> String {
        let target = HTML.escape(URLPath.encoded(relativeURL(from: path, to: url)), apostrophe: true)
        // No canonical link while the site's address is unknown: `noindex` still keeps the old
        // address out of search engines.
        let canonical = site.config.absoluteURL(of: url).map { "<link rel=\"canonical\" href=\"\(HTML.escape($0, apostrophe: true))\">\n" } ?? ""
        let pageTitle = title
        let title = HTML.escape(title, apostrophe: true)
        return """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(site.config.language, apostrophe: true))"\(site.config.direction == .rtl ? " dir=\"rtl\"" : "")>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(site.strings.text(.page_moved_title, ["title": pageTitle, "site": site.config.title]), apostrophe: true))</title>
        <meta name="robots" content="noindex">
        \(canonical)<meta http-equiv="refresh" content="0; url=\(target)">
        </head>
        <body>
        <main>
        <h1>\(HTML.escape(site.strings.text(.page_moved), apostrophe: true))</h1>
        <p>\(HTML.escape(site.strings.text(.page_moved_to), apostrophe: true)) <a href="\(target)">\(title)</a>.</p>
        </main>
        </body>
        </html>

        """
    }

    /// `url` (a folder address from the site root) as seen from the file at `path`.
    static func relativeURL(from path: String, to url: String) -> String {
        var from = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()[...]
        var to = url.split(separator: "/", omittingEmptySubsequences: true)[...]
        while let a = from.first, let b = to.first, a == b {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        let relative = String(repeating: "../", count: from.count) + to.map { $0 + "/" }.joined()
        return relative.isEmpty ? "./" : relative
    }
}
