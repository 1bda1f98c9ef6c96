import SitegenModel

/// Finds what `sitegen new` wrote for the editor to replace: its writing guidance in the text and
/// its placeholder description. Both are errors on a published page (`BodyRenderer` asks only
/// then): a patient must never read "Write the most important message…" as advice.
enum PlaceholderCheck {
    static func check(_ page: Page, paragraphs: [MarkdownDocument.Paragraph]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let description = page.frontMatter.description.map({ Array($0.utf8)[...] }),
           let placeholder = descriptions.first(where: { contains(description, $0.bytes) })?.text {
            problems.append(.error(page.sourcePath, line: page.frontMatter.descriptionLine,
                                   "still holds the placeholder description from 'sitegen new' (\"\(quoted(placeholder))\"); replace it with one sentence about this page before publishing"))
        }
        for paragraph in paragraphs {
            for found in guidance(in: paragraph) {
                problems.append(.error(page.sourcePath, line: found.line,
                                       "still holds the writing guidance from 'sitegen new' (\"\(quoted(found.text))\"); replace it before publishing"))
            }
        }
        return problems
    }

    private static let descriptions = ScaffoldText.placeholderDescriptions.map { (text: $0, bytes: Array($0.utf8)) }
    private static let starts = ScaffoldText.guidance.map { Array($0.start.utf8) }
    private static let ends = ScaffoldText.guidance.map { Array($0.end.utf8) }
    /// For each byte, whether a guidance line starts with it: most bytes of a page are skipped
    /// after one look-up (every paragraph of every page comes through here).
    private static let isFirstByte: [Bool] = (0..<256).map { byte in starts.contains { $0.first == UInt8(byte) } }

    /// Guidance lines in the paragraph, with the file line each starts on and the text from there.
    /// The paragraph is searched as one text, so guidance an editor's tool rewrapped is found too.
    static func guidance(in paragraph: MarkdownDocument.Paragraph) -> [(line: Int, text: Substring)] {
        let text = paragraph.lines.joined(separator: " ")
        let bytes = Array(text.utf8)
        var found: [(line: Int, text: Substring)] = []
        var seen = Set<Int>()
        for offset in bytes.indices where isFirstByte[Int(bytes[offset])] {
            for (number, start) in starts.enumerated() where !seen.contains(number) {
                guard bytes.count - offset >= start.count, bytes[offset..<offset + start.count].elementsEqual(start) else { continue }
                if !ends[number].isEmpty, !contains(bytes[(offset + start.count)...], ends[number]) { continue }
                seen.insert(number)
                found.append((line(of: offset, in: paragraph), text[text.utf8.index(text.startIndex, offsetBy: offset)...]))
            }
        }
        return found
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - part.count)).contains { bytes[$0..<$0 + part.count].elementsEqual(part) }
    }

    /// The file line holding byte `offset` of the paragraph's lines joined by single spaces.
    private static func line(of offset: Int, in paragraph: MarkdownDocument.Paragraph) -> Int {
        var line = paragraph.line, end = 0
        for part in paragraph.lines.dropLast() {
            end += part.utf8.count + 1
            if end > offset { break }
            line += 1
        }
        return line
    }

    /// The first words of `text`, at most 32 characters, cut at a space and ended with "…".
    static func quoted(_ text: some StringProtocol) -> String {
        guard text.count > 32 else { return String(text) }
        let head = text.prefix(33)
        guard let space = head.lastIndex(of: " ") else { return String(head.dropLast()) + "…" }
        return String(head[..<space]) + "…"
    }
}
