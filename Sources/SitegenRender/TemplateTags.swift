/// The tags of one Mustache template that decide how deep rendering it can go: sections and the
/// partials and parents it names, with their lines.
///
/// swift-mustache keeps its parsed tokens internal, and both its parser and its renderer recurse
/// once per open section and once per partial, so a template nested a few hundred deep (or a
/// partial that includes itself) overflows the stack before any error can be returned. These
/// limits must therefore be known before its parser runs.
///
/// This is a scan of the tags, not a parser: it builds no tree and renders nothing. It is
/// sufficient because it reads tags exactly as swift-mustache 2.1.1 does
/// (`MustacheTemplate.parse` in Template+Parser.swift): text runs to the first occurrence of the
/// current opening delimiter; the character after it gives the kind of tag; names are read with
/// the same character sets, then optional whitespace, then the closing delimiter; a comment runs
/// to the first closing delimiter; `{{=a b=}}` changes both delimiters. So up to the point where
/// swift-mustache would stop with a syntax error, the scan sees the same tags in the same order;
/// its depth is the parser's recursion depth, and its references are every partial the renderer
/// can look up. Where the tag is malformed the scan stops, as the parser does.
struct TemplateTags {
    struct Reference: Equatable {
        var name: String
        var line: Int
        var isParent: Bool
        /// Written with `*`: the name is a value looked up while rendering.
        var isDynamic: Bool
        /// The blocks (`{{$name}}` directly inside `{{<parent}}`) this tag is inside of: a parent
        /// renders it wherever it expands a block of that name, and so does every template the
        /// parent includes (swift-mustache passes the blocks on to partials).
        var blocks: [String] = []
    }

    /// A tag that names a value, or opens or closes a section: what the value check reads.
    struct ValueTag: Equatable {
        enum Kind: Equatable { case variable, unescaped, section, inverted, close, block, parent, partial }
        var kind: Kind
        /// As written: `title`, `.description`, `review.by`, `count(toc)`.
        var name: String
        var line: Int
    }

    private(set) var references: [Reference] = []
    /// Every value, section, block, parent and partial tag in order, up to where the scan stopped.
    private(set) var values: [ValueTag] = []
    /// `{{$name}}` tags that are not a parent's block, so they show a block given by a child.
    private(set) var expansions: [(name: String, line: Int, blocks: [String])] = []
    /// The most sections (`#`, `^`, `$` and `<`) open at once, and the line where that is first reached.
    private(set) var deepest = 0
    private(set) var deepestLine = 1

    /// Scans `text`, stopping at the first section that would be `limit` + 1 deep (`deepest` is then `limit` + 1).
    init(_ text: String, limit: Int) {
        var scanner = Scanner(Array(text))
        // The kind of each open section, with the name of the blocks among them.
        var open: [(kind: Character, block: String?)] = []
        func blocks() -> [String] { open.compactMap(\.block) }
        while let kind = scanner.nextTag() {
            switch kind {
            case "#", "^", "$", "<":
                var block: String?
                if kind == "<" {
                    guard let name = scanner.name(partial: true) else { return }
                    let isDynamic = name.first == "*"
                    references.append(Reference(name: isDynamic ? String(name.dropFirst()) : name, line: scanner.tagLine, isParent: true, isDynamic: isDynamic, blocks: blocks()))
                    values.append(ValueTag(kind: .parent, name: name, line: scanner.tagLine))
                } else {
                    guard let name = scanner.name() else { return }
                    values.append(ValueTag(kind: kind == "#" ? .section : kind == "^" ? .inverted : .block, name: name, line: scanner.tagLine))
                    if kind == "$" {
                        if open.last?.kind == "<" { block = name } else { expansions.append((name, scanner.tagLine, blocks())) }
                    }
                }
                open.append((kind, block))
                if open.count > deepest {
                    deepest = open.count
                    deepestLine = scanner.tagLine
                }
                if open.count > limit { return }
            case "/":
                guard let name = scanner.name() else { return }
                values.append(ValueTag(kind: .close, name: name, line: scanner.tagLine))
                _ = open.popLast()
            case ">":
                scanner.skipWhitespace()
                let isDynamic = scanner.take("*")
                guard let name = scanner.name(partial: true) else { return }
                references.append(Reference(name: name, line: scanner.tagLine, isParent: false, isDynamic: isDynamic, blocks: blocks()))
                values.append(ValueTag(kind: .partial, name: name, line: scanner.tagLine))
            case "!":
                guard scanner.skipPastClose() else { return }
            case "=":
                guard scanner.setDelimiters() else { return }
            case "{":
                guard let name = scanner.name(), scanner.take("}") else { return }
                values.append(ValueTag(kind: .unescaped, name: name, line: scanner.tagLine))
            case "%":
                guard scanner.setting() else { return }
            case "&":
                guard let name = scanner.name() else { return }
                values.append(ValueTag(kind: .unescaped, name: name, line: scanner.tagLine))
            default:  // plain variables: the character after the delimiter is the name's first
                scanner.stepBack()
                guard let name = scanner.name() else { return }
                values.append(ValueTag(kind: .variable, name: name, line: scanner.tagLine))
            }
        }
    }

    /// Reads tags the way swift-mustache's parser does, over `Character`s as it does.
    private struct Scanner {
        let text: [Character]
        var position = 0
        /// Line of `position`.
        var line = 1
        /// Line of the last tag's opening delimiter.
        var tagLine = 1
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        init(_ text: [Character]) { self.text = text }

        // The sets of swift-mustache's `sectionNameChars`, `sectionNameCharsWithoutBrackets` and `partialNameChars`.
        static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
        static let settingCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
        static let partialCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

        /// Moves past the next opening delimiter and the character after it, which it returns.
        mutating func nextTag() -> Character? {
            while position < text.count {
                if matches(open, at: position) {
                    tagLine = line
                    advance(open.count)
                    guard position < text.count else { return nil }
                    let kind = text[position]
                    advance(1)
                    return kind
                }
                advance(1)
            }
            return nil
        }

        func matches(_ delimiter: [Character], at index: Int) -> Bool {
            index + delimiter.count <= text.count && text[index..<index + delimiter.count].elementsEqual(delimiter)
        }

        mutating func advance(_ count: Int) {
            for character in text[position..<min(text.count, position + count)] where character.isNewline { line += 1 }
            position = min(text.count, position + count)
        }

        /// Undoes the last `advance(1)`: a plain variable's name starts with the character `nextTag` returned.
        mutating func stepBack() {
            guard position > 0 else { return }
            position -= 1
            if text[position].isNewline { line -= 1 }
        }

        mutating func take(_ character: Character) -> Bool {
            guard position < text.count, text[position] == character else { return false }
            advance(1)
            return true
        }

        mutating func read(while allowed: (Character) -> Bool) -> String {
            let start = position
            while position < text.count, allowed(text[position]) { advance(1) }
            return String(text[start..<position])
        }

        mutating func skipWhitespace() { _ = read(while: \.isWhitespace) }

        mutating func takeClose() -> Bool {
            guard matches(close, at: position) else { return false }
            advance(close.count)
            return true
        }

        /// `parseName` (`parsePartialName` for a partial's): whitespace, a name, whitespace, the closing delimiter.
        mutating func name(partial: Bool = false) -> String? {
            skipWhitespace()
            let name = read(while: (partial ? Self.partialCharacters : Self.nameCharacters).contains)
            skipWhitespace()
            return takeClose() ? name : nil
        }

        /// `parseComment`: everything up to the first closing delimiter.
        mutating func skipPastClose() -> Bool {
            while position < text.count {
                if takeClose() { return true }
                advance(1)
            }
            return false
        }

        /// `readConfigVariable`: `{{% NAME: VALUE }}`.
        mutating func setting() -> Bool {
            skipWhitespace()
            _ = read(while: Self.settingCharacters.contains)
            skipWhitespace()
            guard take(":") else { return false }
            skipWhitespace()
            _ = read(while: Self.settingCharacters.contains)
            skipWhitespace()
            return takeClose()
        }

        /// `parserSetDelimiter`: `{{=<% %>=}}`.
        mutating func setDelimiters() -> Bool {
            skipWhitespace()
            let start = read(while: { !$0.isWhitespace })
            skipWhitespace()
            let end = read(while: { !($0 == "=" || $0.isWhitespace) })
            skipWhitespace()
            guard position < text.count, take("="), takeClose(), !start.isEmpty, !end.isEmpty else { return false }
            open = Array(start)
            close = Array(end)
            return true
        }
    }
}
