/// The most bytes one read may bring into memory, for each kind of thing sitegen reads: the one
/// place these limits are decided. Every file is read with `FileBytes.read(_:limit:)`, which
/// needs one of them. The external link check reads no response body at all (`LinkProbe` stops
/// at the response's head, which libcurl refuses past 300 KB). docs/errors.md lists them under "When
/// something is wrong".
///
/// Each limit keeps the memory a build needs for the worst file of its kind within about a
/// gigabyte; `scripts/memory-worst-case` measures it.
package struct ReadLimit: Sendable, Equatable {
    package let bytes: Int

    /// A Markdown page. cmark's tree takes up to about 200 bytes of memory per byte of Markdown
    /// (a node per `'` or `*a*`), and sitegen's own checks about as much again, so a 10 MB page
    /// took 3 GB; the longest real page is under 100 KB.
    package static let page = ReadLimit(bytes: 1024 * 1024)
    /// `site.yml`, `glossary.yml` and the `i18n/` files. Yams's tree takes up to about 85 bytes
    /// per byte (a list written `[a,a,a,…]`), so 10 MB took 890 MB; a glossary of 5,000 words
    /// is about 1.3 MB.
    package static let yaml = ReadLimit(bytes: 2 * 1024 * 1024)
    /// A Mustache template or partial. swift-mustache's parser counts the rest of the file at
    /// every tag, so its time grows with the square of the size: 64 KB of tags take 2 s, 1 MB
    /// of them minutes. The theme's largest template is 2.5 KB.
    package static let template = ReadLimit(bytes: 64 * 1024)
    /// A file copied into the site (images, PDFs): bigger files belong on a video or file host.
    package static let copied = ReadLimit(bytes: 100 * 1024 * 1024)
    /// `.sitegen-manifest` in the output folder: one line per file, so about 200,000 files.
    package static let manifest = ReadLimit(bytes: 10 * 1024 * 1024)
    /// `.sitegen-cache/external-links.json`: about 50,000 addresses.
    package static let linkCache = ReadLimit(bytes: 10 * 1024 * 1024)

    /// `.sitegen-move`, the journal of a move: the old and new bytes of every file it changes,
    /// so that the next command can finish or undo it after a crash.
    package static let moveJournal = ReadLimit(bytes: 100 * 1024 * 1024)

    /// `10 MB`, `64 KB`: the limit in messages, in the units people see in a file manager.
    package var described: String { FileBytes.describe(bytes) }
}
