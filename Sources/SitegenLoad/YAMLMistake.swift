import Yams
import SitegenModel

/// A YAML syntax error said in an editor's words, at the line of the mistake, with the fix.
///
/// libyaml reports where it noticed a problem, which is often past the mistake (`weight 20` is
/// noticed when the next line starts), and in a parser's words ("mapping values are not allowed
/// in this context"). The common mistakes are recognised here from libyaml's problem and the lines
/// around its marks (`YAMLLines`); for any other, `explain` gives nil and the caller keeps
/// libyaml's words, at its line.
struct YAMLMistake: Equatable {
    /// 1-based, in the YAML text.
    var line: Int
    var message: String

    /// `what`: what the text is, for a message about all of it ("front matter", "site.yml");
    /// `lineOffset`: the file's line before the text's first, for the lines messages name.
    static func explain(_ error: YamlError, in yaml: String, what: String, lineOffset: Int = 0) -> YAMLMistake? {
        let lines = YAMLLines(yaml, lineOffset: lineOffset)
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            // A tab in the indentation confuses libyaml into many problems: it is the one to fix.
            if let line = lines[mark.line], line.indentHasTab { return tab(at: line.number) }
            if let context, let line = lines[context.mark.line], line.indentHasTab { return tab(at: line.number) }
            return lines.explain(problem, at: mark, context: context, what: what)
        case .duplicatedKeysInMapping(let keys, let context):
            return lines.duplicate(keys.first ?? "", first: context.mark.line)
        default:
            return nil
        }
    }

    /// A text that YAML read as one value rather than as `key: value` lines (`title Symptoms`):
    /// the first line, if it lacks its colon.
    static func notKeyValue(_ yaml: String) -> YAMLMistake? {
        let lines = YAMLLines(yaml, lineOffset: 0)
        guard let first = lines.firstContent, first.colon == nil, !first.isListItem, !first.body.hasPrefix("\""), !first.body.hasPrefix("'") else { return nil }
        return lines.missingColon(at: first.number)
    }

    static func tab(at line: Int) -> YAMLMistake {
        YAMLMistake(line: line, message: "this line is indented with a tab, and YAML indents with spaces only; replace the tab with spaces")
    }
}

/// The mistakes of structure: colons, indentation, lists.
extension YAMLLines {
    /// libyaml's `problem` at `mark` (and its `context`) as the mistake an editor made, or nil.
    func explain(_ problem: String, at mark: Mark, context: YamlError.Context?, what: String) -> YAMLMistake? {
        switch problem {
        case "could not find expected ':'":
            // libyaml notices a missing colon on the line after it; the context is the line itself.
            return missingColon(at: context?.mark.line ?? mark.line)
        case "mapping values are not allowed in this context":
            return unexpectedColon(at: mark)
        case "did not find expected key":
            return unexpectedInMapping(at: mark)
        case "did not find expected '-' indicator":
            guard let context else { return nil }
            return notAListItem(at: mark.line, list: context.mark.line, what: what)
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            guard let context else { return nil }
            return unclosedQuote(at: context.mark)
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return unclosedBracket(at: context?.mark ?? mark)
        case "found character that cannot start any token":
            return reservedStart(at: mark)
        case "found undefined alias":
            return reservedStart(at: mark)
        case "did not find expected alphabetic or numeric character" where context?.text == "while scanning an alias" || context?.text == "while scanning an anchor":
            // `*Important*`: `*` starts an alias, whose name cannot hold a second `*`; `& more`.
            return reservedStart(at: context?.mark ?? mark)
        case "did not find expected comment or line break" where context?.text == "while scanning a block scalar":
            return blockScalar(at: context?.mark ?? mark)
        case "found unknown escape character", "did not find expected hexdecimal number", "found invalid Unicode character escape code":
            return unknownEscape(at: mark)
        case "did not find expected node content":
            // `weight: ]10`, `description: , and more`
            return reservedStart(at: mark)
        case "mapping keys are not allowed in this context":
            // `title: "Symptoms"?`
            guard let line = self[mark.line], mark.column - 1 > line.bodyStart else { return nil }
            return textAfterValue(on: line)
        case "block sequence entries are not allowed in this context":
            return listOnKeyLine(at: mark)
        case "but found another document":
            let place = what.hasSuffix(".yml") ? what : "the \(what)"
            return YAMLMistake(line: mark.line, message: "a line '---' inside \(place) starts a second YAML document; remove it")
        case "did not find expected <document start>":
            return indentedFirstKey()
        default:
            return nil
        }
    }

    /// A corrected line, as messages quote them ('title: Symptoms'), or bare when it holds a
    /// single quote itself.
    static func example(_ line: String) -> String { line.contains("'") ? line : "'\(line)'" }

    /// `weight 20`, `title=Symptoms`, `description:Signs`.
    func missingColon(at number: Int) -> YAMLMistake? {
        guard let line = self[number] else { return nil }
        let body = line.body, dash = line.dash
        let message: String
        if let colon = body.firstIndex(of: ":") {
            let key = body[..<colon].trimmedWhitespace, value = body[body.index(after: colon)...].trimmedWhitespace
            message = "'\(body)' needs a space after the colon: \(Self.example("\(dash)\(key): \(value)"))"
        } else if let equals = body.firstIndex(of: "=") {
            let key = body[..<equals].trimmedWhitespace, value = body[body.index(after: equals)...].trimmedWhitespace
            message = "'\(body)' needs a colon, not '=', after the key: \(Self.example("\(dash)\(key): \(value)"))"
        } else if let space = body.firstIndex(of: " ") {
            let key = body[..<space], value = body[space...].trimmedWhitespace
            message = "'\(body)' needs a colon after the key: \(Self.example("\(dash)\(key): \(value)"))"
        } else {
            message = "'\(body)' needs a colon after it, then its value: \(Self.example("\(dash)\(body): …"))"
        }
        return YAMLMistake(line: number, message: message)
    }

    /// A colon where YAML cannot take one: inside an unquoted value (`title: Lupus: the basics`),
    /// or starting a key YAML reads as more of the value above (indented too far, or after a line
    /// without its colon).
    func unexpectedColon(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line] else { return nil }
        if let colon = line.colon, let key = line.key, colon < mark.column - 1 {
            let value = line.value.replacingOccurrences(of: "\"", with: "\\\"")
            return YAMLMistake(line: line.number, message: "the value of '\(key)' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: \(Self.example("\(line.dash)\(key): \"\(value)\""))")
        }
        if let previous = contentLine(before: line.number), previous.colon == nil, !previous.isListItem, previous.indent == line.indent {
            return missingColon(at: previous.number)
        }
        guard let above = keyLine(before: line.number), let aboveKey = above.key, line.indent > above.bodyStart else { return nil }
        let key = line.key ?? line.body
        return YAMLMistake(line: line.number, message: "'\(key)' is indented more than '\(aboveKey)' on line \(fileLine(above.number)), so YAML reads it as more of the value of '\(aboveKey)'; start '\(key)' in the same column as '\(aboveKey)'")
    }

    /// libyaml's "did not find expected key": a block of `key: value` lines met something else.
    func unexpectedInMapping(at mark: Mark) -> YAMLMistake? {
        guard let line = self[mark.line] else { return nil }
        if mark.column - 1 > line.bodyStart {
            return textAfterValue(on: line)
        }
        if line.isListItem {
            if let previous = contentLine(before: line.number), previous.isListItem, previous.indent != line.indent {
                let spaces = previous.indent == 1 ? "1 space" : "\(previous.indent) spaces"
                return YAMLMistake(line: line.number, message: "'\(line.text)' is not lined up with the list item on line \(fileLine(previous.number)); indent it by \(spaces), like that one")
            }
            return YAMLMistake(line: line.number, message: "'\(line.text)' is a list item among 'key: value' lines; put it under the key it belongs to, indented by two spaces, like:\nsynonyms:\n  \(line.text)")
        }
        if line.body.hasPrefix(":") {
            return YAMLMistake(line: line.number, message: "'\(line.body)' has no key before its colon; write the key first, like 'weight\(line.body)'")
        }
        if line.colon == nil {
            // A comment carried on to a line of its own without its '#'.
            if let above = lines.prefix(line.number - 1).last(where: { !$0.text.isEmpty }), above.text.hasPrefix("#") {
                return YAMLMistake(line: line.number, message: "this line comes after a comment but does not start with '#'; start it with '#' if it belongs to the comment")
            }
            return missingColon(at: line.number)
        }
        return nil
    }

    /// A quoted value, or one in brackets, followed by more text on its line.
    func textAfterValue(on line: Line) -> YAMLMistake? {
        guard let key = line.key else { return nil }
        let value = line.value
        if let quote = value.unicodeScalars.first, quote == "\"" || quote == "'" {
            var inner = String(value.dropFirst())
            if inner.unicodeScalars.last == quote { inner.removeLast() }
            let fixed: String
            if quote == "\"", !inner.contains("'") {
                fixed = "\(line.dash)\(key): '\(inner)'"
            } else if quote == "'", !inner.contains("\"") {
                fixed = "\(line.dash)\(key): \"\(inner)\""
            } else {
                fixed = "\(line.dash)\(key): \"\(inner.replacingOccurrences(of: "\"", with: "\\\""))\""
            }
            return YAMLMistake(line: line.number, message: "the value of '\(key)' goes on after its closing quote; quote the whole value with the other kind of quote: \(fixed)")
        }
        if let open = value.first, open == "[" || open == "{" {
            let escaped = value.replacingOccurrences(of: "\"", with: "\\\"")
            let reads = open == "[" ? "a list" : "a set of keys"
            return YAMLMistake(line: line.number, message: "the value of '\(key)' starts with '\(open)', so YAML reads it as \(reads) and cannot take the text after it; put the whole value in double quotes: \(Self.example("\(line.dash)\(key): \"\(escaped)\""))")
        }
        return nil
    }

    /// libyaml's "did not find expected '-' indicator": a line in the column of a list's `-`
    /// that is not an item of it.
    func notAListItem(at number: Int, list: Int, what: String) -> YAMLMistake? {
        guard let line = self[number], let item = self[list] else { return nil }
        guard let owner = keyLine(before: list), owner.indent <= item.indent else {
            let place = what.hasSuffix(".yml") ? what : "the \(what)"
            return YAMLMistake(line: item.number, message: "\(place) must be 'key: value' lines, but '\(item.text)' is a list item; put the list under the key it belongs to, indented by two spaces")
        }
        let ownerKey = owner.key ?? owner.body
        let key = line.key ?? line.body
        if let itemKey = item.key {
            let more = item.bodyStart - line.indent
            return YAMLMistake(line: number, message: "'\(key)' is lined up with the '-' on line \(fileLine(list)), not with '\(itemKey)'; indent it by \(more) more space\(more == 1 ? "" : "s") to make it part of that item of '\(ownerKey)'")
        }
        return YAMLMistake(line: number, message: "'\(key)' is lined up with the list of '\(ownerKey)' (line \(fileLine(list))) but is not an item of it; start it with '- ' to add it to the list, or start it in the column of '\(ownerKey)' if it is a key of its own")
    }
}
