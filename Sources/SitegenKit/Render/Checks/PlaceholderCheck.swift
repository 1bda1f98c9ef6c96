/// Finds what `sitegen new` wrote for the editor to replace: its writing guidance in the text and
/// its placeholder description. Both are errors on a published page (`BodyRenderer` asks only
/// then): a patient must never read "Write the most important message…" as advice.
enum PlaceholderCheck {
    static func check(_ page: Page, paragraphs: [MarkdownDocument.Paragraph]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let description = page.frontMatter.description,
           let placeholder = ScaffoldText.placeholderDescriptions.first(where: { description.contains($0) }) {
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

    /// Guidance lines in the paragraph, with the file line each starts on and the text from there.
    /// The paragraph is searched as one text, so guidance an editor's tool rewrapped is found too.
    static func guidance(in paragraph: MarkdownDocument.Paragraph) -> [(line: Int, text: Substring)] {
        let text = paragraph.lines.joined(separator: " ")
        let bytes = text.utf8
        var found: [(line: Int, text: Substring)] = []
        for guidance in ScaffoldText.guidance {
            guard let start = bytes.firstRange(of: guidance.start.utf8) else { continue }
            if !guidance.end.isEmpty, bytes[start.upperBound...].firstRange(of: guidance.end.utf8) == nil { continue }
            // The line holding the start: one more for every line before it (each joined by one space).
            var line = paragraph.line, offset = 0
            for part in paragraph.lines.dropLast() {
                offset += part.utf8.count + 1
                if offset > bytes.distance(from: bytes.startIndex, to: start.lowerBound) { break }
                line += 1
            }
            found.append((line, text[start.lowerBound...]))
        }
        return found.sorted { $0.line < $1.line }
    }

    /// The first words of `text`, at most 32 characters, cut at a space and ended with "…".
    static func quoted(_ text: some StringProtocol) -> String {
        guard text.count > 32 else { return String(text) }
        let head = text.prefix(33)
        guard let space = head.lastIndex(of: " ") else { return String(head.dropLast()) + "…" }
        return String(head[..<space]) + "…"
    }
}
