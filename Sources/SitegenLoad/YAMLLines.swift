import SitegenModel

/// The lines of a YAML text, read as an editor sees them: indentation, an optional `- `, a key
/// and its value. Enough to tell what a mistake is, not a parser.
struct YAMLLines {
    struct Line {
        var number: Int
        var scalars: [Unicode.Scalar]

        /// Leading spaces.
        var indent: Int { scalars.prefix(while: { $0 == " " }).count }
        var indentHasTab: Bool { scalars.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") }
        var text: String { string(scalars.indices).trimmedWhitespace }
        var isContent: Bool { !text.isEmpty && !text.hasPrefix("#") }
        var isListItem: Bool { text == "-" || text.hasPrefix("- ") }

        /// Where the line's key (or value) starts: after the indentation and any `- `.
        var bodyStart: Int {
            var index = indent
            while index < scalars.count, scalars[index] == "-", index + 1 == scalars.count || scalars[index + 1] == " " {
                index += 1
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
            return index
        }

        /// The line from its key on (without the `- `).
        var body: String { string(bodyStart..<scalars.count).trimmedWhitespace }
        /// `- ` when the line is a list item, for a corrected line to keep it.
        var dash: String { isListItem ? "- " : "" }

        /// The colon after the line's key: the first `:` followed by a space or the line's end,
        /// past a quoted key.
        var colon: Int? {
            var index = bodyStart
            if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                index += 1
                while index < scalars.count, scalars[index] != quote { index += 1 }
                index += 1
            }
            while index < scalars.count {
                if scalars[index] == "#", index > 0, scalars[index - 1] == " " { return nil }
                if scalars[index] == ":", index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t" { return index }
                index += 1
            }
            return nil
        }

        var key: String? {
            guard let colon else { return nil }
            var key = string(bodyStart..<colon).trimmedWhitespace
            if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first { key = String(key.dropFirst().dropLast()) }
            return key
        }

        var value: String {
            guard let colon else { return body }
            return string((colon + 1)..<scalars.count).trimmedWhitespace
        }

        func string(_ range: Range<Int>) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[range.clamped(to: scalars.indices)])
            return text
        }

        func scalar(at index: Int) -> Unicode.Scalar? { scalars.indices.contains(index) ? scalars[index] : nil }
    }

    let lines: [Line]
    /// Added to a line's number where a message names it: the file's line before the text's first.
    let lineOffset: Int

    init(_ yaml: String, lineOffset: Int) {
        self.lineOffset = lineOffset
        // By scalars: "\r\n" is one Character, so a split by Characters would not cut a CRLF text.
        lines = yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            var scalars = Array($0.element)
            if scalars.last == "\r" { scalars.removeLast() }
            return Line(number: $0.offset + 1, scalars: scalars)
        }
    }

    /// Line `number` of the file, for a message.
    func fileLine(_ number: Int) -> Int { number + lineOffset }

    subscript(number: Int) -> Line? { lines.indices.contains(number - 1) ? lines[number - 1] : nil }

    var firstContent: Line? { lines.first(where: \.isContent) }

    /// The nearest line with content before line `number`.
    func contentLine(before number: Int) -> Line? {
        lines.prefix(max(0, number - 1)).last(where: \.isContent)
    }

    /// The nearest line with a key before line `number`.
    func keyLine(before number: Int) -> Line? {
        lines.prefix(max(0, number - 1)).last(where: { $0.isContent && $0.colon != nil })
    }
}
