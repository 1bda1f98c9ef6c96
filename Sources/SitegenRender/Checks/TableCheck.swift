import SitegenModel

/// GitHub-style pipe tables are not CommonMark: cmark keeps them as a paragraph, so a reader would
/// see a line of pipes and dashes. The line under a table's header row gives one away.
enum TableCheck {
    static func check(_ page: Page, paragraphs: [MarkdownDocument.Paragraph], allowRawHTML: Bool) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for paragraph in paragraphs {
            for (offset, line) in paragraph.lines.enumerated() where isDelimiterRow(line) {
                var message = "this is a table written with '|' and '-', which this site does not support: readers would see those characters, not a table; write each row as a list item instead, like '- Medicine name: what it is for'"
                if allowRawHTML { message += ", or write the table in HTML (<table>, <tr>, <th>, <td>), which allow_raw_html lets through" }
                problems.append(.warning(page.sourcePath, line: paragraph.line + offset, message))
            }
        }
        return problems
    }

    /// `|---|---|`, `| :--- | ---: |` or `--- | ---`: cells of dashes with an optional colon at
    /// either end, separated by at least one `|`. cmark's smart punctuation has already turned
    /// `--` and `---` into en and em dashes, so those count as dashes too.
    static func isDelimiterRow(_ line: String) -> Bool {
        guard line.utf8.contains(UInt8(ascii: "|")) else { return false }
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy(isDelimiterCell)
    }

    private static func isDelimiterCell(_ cell: String) -> Bool {
        var dashes = cell
        if dashes.first == ":" { dashes.removeFirst() }
        if dashes.last == ":" { dashes.removeLast() }
        return !dashes.isEmpty && dashes.allSatisfy { "-\u{2013}\u{2014}".contains($0) }
    }
}
