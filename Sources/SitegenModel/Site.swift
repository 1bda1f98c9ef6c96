/// The whole site as sitegen understands it: what to publish and where, before any rendering.
public struct Site: Sendable, Equatable {
    public var config: SiteConfig
    public var home: Page
    /// A–Z by title.
    public var sections: [Section]
    /// Files beside the Markdown (images, PDFs), copied next to the pages that use them.
    public var assets: [Asset]
    /// Files from `templates/static/`, copied to the output root.
    public var staticFiles: [Asset]
    /// Definitions from `glossary.yml`, A–Z; empty when the site has none.
    public var glossary: [GlossaryEntry] = []
    /// The site's changes to the built-in plain-language list of this language (`plain_language.yml`).
    public var plainLanguage = PlainLanguageChanges()
    /// Markdown files that exist but are not published (drafts), by source path.
    public var unpublishedSources: Set<String>
    /// Of those, the ones left out as drafts: marked `draft: true` or in a section that is, in
    /// this language or the default one. `--drafts` publishes them, and without it every
    /// command says it left them out.
    public var drafts: Set<String> = []
    /// Files in `content/` left out because they are links to files outside the site folder.
    package var linkedOutside: Set<String> = []
    /// The language of these pages: the default one (published at the root) or one of
    /// `languages:` (published under its folder; `config` then holds that language's settings).
    public var language: SiteLanguage
    /// Every language's version of every page; empty when the site has one language.
    public var translations = SiteTranslations()
    /// The theme's texts in this site's language (`i18n/<code>.yml` over the built-in ones).
    public var strings: ThemeStrings

    /// Every published page: home, then each section followed by its pages.
    public var allPages: [Page] {
        [home] + sections.flatMap { [$0.index] + $0.pages }
    }

    /// `allPages.count`, without building the array.
    public var pageCount: Int {
        sections.reduce(1) { $0 + 1 + $1.pages.count }
    }

    package init(config: SiteConfig, home: Page, sections: [Section], assets: [Asset], staticFiles: [Asset], glossary: [GlossaryEntry] = [], unpublishedSources: Set<String>, strings: ThemeStrings = .english, language: SiteLanguage? = nil) {
        self.config = config
        self.home = home
        self.sections = sections
        self.assets = assets
        self.staticFiles = staticFiles
        self.glossary = glossary
        self.unpublishedSources = unpublishedSources
        self.language = language ?? config.defaultLanguage
        self.strings = strings
    }
}

/// One condition: a folder under `content/` with an `_index.md` and topic pages.
public struct Section: Sendable, Equatable {
    public var slug: String
    public var index: Page
    /// In reading order: weight, then title.
    public var pages: [Page]

    public var title: String { index.frontMatter.title }

    package init(slug: String, index: Page, pages: [Page]) {
        self.slug = slug
        self.index = index
        self.pages = pages
    }
}

public struct Page: Sendable, Hashable {
    public enum Kind: String, Sendable { case home, section, page }

    public var kind: Kind
    /// Source path relative to the site folder, like `content/imnm/symptoms.md`.
    public var sourcePath: String
    /// Output location relative to the site root, as a folder URL: `""`, `imnm/`, `imnm/symptoms/`.
    public var url: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// Line in the file where `body` starts, so cmark's lines can be reported as file lines.
    public var bodyFirstLine: Int
    /// Slug of the section this page belongs to (`nil` for the home page).
    public var sectionSlug: String?
    /// For a translation (`symptoms.es.md`), the source path of its original (`content/imnm/symptoms.md`).
    public var translationOf: String?

    /// The source path links name this page by: the original's, for a translation, so that
    /// `symptoms.md` in a Spanish page finds the Spanish version.
    public var linkKey: String { translationOf ?? sourcePath }

    /// The file the page is written to, relative to the output root.
    public var outputPath: String { url + "index.html" }

    package init(kind: Kind, sourcePath: String, url: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int, sectionSlug: String? = nil) {
        self.kind = kind
        self.sourcePath = sourcePath
        self.url = url
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.sectionSlug = sectionSlug
    }
}

/// A file copied without change.
public struct Asset: Sendable, Hashable {
    /// Where the file's bytes are.
    public enum Source: Sendable, Hashable {
        /// A file of the site: the absolute path of the file to copy.
        case file(String)
        /// Bytes the binary carries: a static file of the built-in theme.
        case bytes([UInt8])
    }

    public var source: Source
    /// Path relative to the site folder, for messages (`content/imnm/diagram.png`).
    public var sourcePath: String
    /// Path relative to the output root.
    public var outputPath: String
    /// For a PNG, JPEG, GIF or WebP file beside the pages: its size and smaller copies, or why it
    /// cannot be shown; nil for other files.
    public var image: ImageReading?

    package init(sourceFile: String, sourcePath: String, outputPath: String) {
        self.init(source: .file(sourceFile), sourcePath: sourcePath, outputPath: outputPath)
    }

    package init(source: Source, sourcePath: String, outputPath: String) {
        self.source = source
        self.sourcePath = sourcePath
        self.outputPath = outputPath
    }

    /// The file as the output writes it.
    package var outputFile: OutputFile {
        Self.outputFile(source, path: outputPath, origin: sourcePath)
    }

    /// The file and its smaller copies that are made (an image's), as the output writes them.
    package var outputFiles: [OutputFile] {
        guard case .image(let facts) = image else { return [outputFile] }
        return [outputFile] + facts.variants.compactMap { variant in
            variant.source.map { Self.outputFile($0, path: variant.outputPath, origin: sourcePath) }
        }
    }

    private static func outputFile(_ source: Source, path: String, origin: String) -> OutputFile {
        switch source {
        case .file(let file): OutputFile(path: path, copying: file, from: origin)
        case .bytes(let bytes): OutputFile(path: path, bytes: bytes, from: origin)
        }
    }
}
