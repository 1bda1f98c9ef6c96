import Yams
import SitegenModel

/// The mistakes inside a value: quotes, brackets, characters YAML reserves, escapes, and a key
/// written twice.
extension YAMLLines {
    /// A quote that opens a value and never closes: libyaml reads to the end of the text.
    func unclosedQuote(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line], let quote = line.scalar(at: mark.column - 1) else { return nil }
        let rest = line.string(mark.column..<line.scalars.count).trimmedWhitespace
        if let key = line.key, mark.column - 1 > line.bodyStart {
            return YAMLMistake(line: line.number, message: "the value of '\(key)' starts with \(quote) but has no closing \(quote); add it at the end of the value: \(Self.example("\(line.dash)\(key): \(quote)\(rest)\(quote)"))")
        }
        return YAMLMistake(line: line.number, message: "the \(quote) that starts this line has no closing \(quote); add it after the key, or remove it")
    }

    /// A `[` or `{` that never closes.
    func unclosedBracket(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line], let open = line.scalar(at: mark.column - 1), open == "[" || open == "{" else { return nil }
        let close = open == "[" ? "]" : "}"
        let what = line.key.map { "the value of '\($0)'" } ?? "this line"
        return YAMLMistake(line: line.number, message: "the '\(open)' that starts \(what) is never closed; end the list with '\(close)' on the same line, or, if the value is text, put it in double quotes")
    }

    /// A value starting with a character YAML reserves: `@`, `` ` ``, `%`, or `*` (an alias).
    func reservedStart(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line] else { return nil }
        guard let key = line.key, mark.column - 1 > (line.colon ?? .max) else {
            guard let character = line.scalar(at: mark.column - 1) else { return nil }
            return YAMLMistake(line: line.number, message: "a key cannot start with '\(character)' in YAML; put the key in double quotes, or remove the '\(character)'")
        }
        // The value's first character: libyaml's mark may be past it (an anchor's name).
        guard let character = line.value.unicodeScalars.first else { return nil }
        let why = switch character {
        case "*": " (YAML reads '*' as a reference to an '&' anchor)"
        case "&": " (YAML reads '&' as naming an anchor)"
        default: ""
        }
        let value = line.value.replacingOccurrences(of: "\"", with: "\\\"")
        return YAMLMistake(line: line.number, message: "a value cannot start with '\(character)' in YAML\(why); put the whole value in double quotes: \(Self.example("\(line.dash)\(key): \"\(value)\""))")
    }

    /// `description: > more` or `|x`: `>` and `|` start a block of text on the lines below.
    func blockScalar(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line], let sign = line.scalar(at: mark.column - 1) else { return nil }
        let value = line.value.replacingOccurrences(of: "\"", with: "\\\"")
        guard let key = line.key else {
            // A list item: `- > 2 weeks`.
            return YAMLMistake(line: line.number, message: "'\(sign)' starts a block of text on the lines below it, indented; for an item that starts with '\(sign)', put it in double quotes: \(Self.example("- \"\(value)\""))")
        }
        return YAMLMistake(line: line.number, message: "'\(sign)' after '\(key):' starts a block of text on the lines below it, indented; for a value that starts with '\(sign)', put it in double quotes: \(Self.example("\(line.dash)\(key): \"\(value)\""))")
    }

    /// A backslash in double quotes that is no escape YAML knows (`"C:\Users"`).
    func unknownEscape(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line] else { return nil }
        // The backslash at or before the mark (libyaml marks a bad character code past it).
        let start = min(mark.column - 1, line.scalars.count - 1)
        guard start >= 0, let backslash = line.scalars[...start].lastIndex(of: "\\") ?? line.scalars.firstIndex(of: "\\") else { return nil }
        let escape = line.string(backslash..<(backslash + 2))
        let fix = "write a backslash as '\\\\', or put the value in single quotes instead"
        if ["\\u", "\\U", "\\x"].contains(escape) {
            return YAMLMistake(line: line.number, message: "'\(escape)' inside double quotes starts a character code (like '\\u00e9'), and what follows it is not one; \(fix)")
        }
        return YAMLMistake(line: line.number, message: "'\(escape)' inside double quotes is not an escape YAML knows; \(fix)")
    }

    /// `aliases: - old/` : a list starts on the line after its key.
    func listOnKeyLine(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line], let key = line.key else { return nil }
        let item = line.value
        return YAMLMistake(line: line.number, message: "a list starts on the line after its key: write '\(key):' alone, then '  \(item)' below it, indented by two spaces (for text that starts with '- ', put it in double quotes)")
    }

    /// libyaml's "did not find expected <document start>": the first key is indented and a
    /// later one is not.
    func indentedFirstKey() -> YAMLMistake? {
        guard let first = firstContent, first.indent > 0 else { return nil }
        let key = first.key ?? first.body
        return YAMLMistake(line: first.number, message: "'\(key)' is indented, but the keys after it are not; start it at the beginning of the line")
    }

    /// A key written twice in one mapping: reported at the second, naming the first.
    func duplicate(_ key: String, first: Int) -> YAMLMistake? {
        guard let line = self[first] else { return nil }
        let second = lines.dropFirst(first).first { $0.isContent && $0.key == key && $0.bodyStart == line.bodyStart }
        guard let second else { return YAMLMistake(line: first, message: "'\(key)' is written more than once here; keep one") }
        return YAMLMistake(line: second.number, message: "'\(key)' is written twice (first on line \(fileLine(first))); keep one of them")
    }
}
