import Yams
import SitegenModel

/// Reads typed values out of a YAML mapping, reporting each problem at the line it is on.
///
/// Works on Yams' node tree rather than `Decodable`, because the tree keeps line numbers for every
/// value (a decoding error has none) and lets unknown keys be reported instead of ignored.
struct YAMLFields {
    let path: String
    /// Added to Yams' 1-based lines: the line of the file where the YAML text starts, minus one.
    let lineOffset: Int
    /// The YAML text's last line: libyaml ends a text that lacks a final newline with one of its
    /// own, so a mark at the end lands on a line the file does not have (after a final newline,
    /// the line after the text is where an editor's cursor ends).
    let lastLine: Int
    private(set) var values: [String: Node] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// The known keys that were written misspelt (`last_reviewd` for `last_reviewed`).
    private(set) var misspelt: Set<String> = []

    /// Parses `yaml`; on a syntax error, `values` is empty and the error is in `diagnostics`.
    init(
        yaml: String, path: String, lineOffset: Int, knownKeys: [String], what: String,
        unknownKey: Diagnostic.Severity = .warning, example: String = "title: Symptoms"
    ) {
        self.path = path
        self.lineOffset = lineOffset
        let lastLine = YAMLReader.lastLine(of: yaml)
        self.lastLine = lastLine
        let root: Node?
        do {
            root = try YAMLReader.compose(yaml)
        } catch {
            diagnostics.append(Self.describe(error, in: yaml, path: path, lineOffset: lineOffset, lastLine: lastLine, what: what))
            return
        }
        guard let root else { return }  // empty: every required key will be reported missing
        guard let mapping = root.mapping else {
            if let scalar = root.scalar, scalar.style == .plain, !scalar.string.isEmpty, let mistake = YAMLMistake.notKeyValue(yaml) {
                diagnostics.append(.error(path, line: min(mistake.line, lastLine) + lineOffset, mistake.message))
                return
            }
            diagnostics.append(.error(path, line: line(of: root), "\(what) must be a list of 'key: value' lines, like '\(example)'"))
            return
        }
        collect(mapping, knownKeys: knownKeys, what: what, unknownKey: unknownKey)
    }

    /// The fields of a mapping inside a file already read (a language under `languages:`), with
    /// the file's `lineOffset` and `lastLine`; an unknown key is reported with `unknownKey` severity.
    init(mapping: Node.Mapping, in file: YAMLFields, knownKeys: [String], what: String, unknownKey: Diagnostic.Severity) {
        path = file.path
        lineOffset = file.lineOffset
        lastLine = file.lastLine
        collect(mapping, knownKeys: knownKeys, what: what, unknownKey: unknownKey)
    }

    private mutating func collect(_ mapping: Node.Mapping, knownKeys: [String], what: String, unknownKey: Diagnostic.Severity) {
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(.error(path, line: line(of: keyNode), "\(what) keys must be plain words, like 'title'"))
                continue
            }
            if !knownKeys.contains(key) {
                // "in site.yml", "in the front matter"
                let place = what.hasSuffix(".yml") ? what : "the \(what)"
                if let meant = report(unknown: key, line: line(of: keyNode), knownKeys: knownKeys, in: place, severity: unknownKey) { misspelt.insert(meant) }
                continue
            }
            values[key] = value
        }
    }

    /// Reports `key`, which is none of `knownKeys`, in `place` ("the front matter", "a source").
    /// The one rule for every mapping sitegen reads: a misspelling of a known key
    /// (`Suggestion.misspelt`) is an error, since its value would silently not be used; any other
    /// key is reported with `severity`. Returns the key a misspelt one was meant to be, so that
    /// the caller does not report that key missing as well.
    @discardableResult
    mutating func report(unknown key: String, line: Int, knownKeys: [String], in place: String, severity: Diagnostic.Severity) -> String? {
        if let meant = Suggestion.misspelt(key, of: knownKeys) {
            diagnostics.append(.error(path, line: line, "unknown key '\(key)' in \(place); did you mean '\(meant)'? Correct its spelling: the value of a misspelt key is not used"))
            return meant
        }
        var message = severity == .warning ? "unknown key '\(key)' in \(place) is ignored" : "unknown key '\(key)' in \(place)"
        if let guess = Suggestion.closest(to: key, in: knownKeys) { message += "; did you mean '\(guess)'?" }
        diagnostics.append(Diagnostic(severity, path, line: line, message))
        return nil
    }

    /// Whether a key of this name was written misspelt: its absence, and whatever follows from
    /// it, is then not reported, as the misspelling already is (one mistake, one message).
    func isMisspelt(_ key: String) -> Bool { misspelt.contains(key) }

    func line(of node: Node) -> Int { min(node.mark?.line ?? 1, lastLine) + lineOffset }

    func line(ofKey key: String) -> Int { values[key].map(line(of:)) ?? lineOffset + 1 }

    /// A text value; `nil` when absent or empty (`title:` with nothing after it).
    mutating func string(_ key: String) -> String? {
        guard let node = values[key] else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(path, line: line(of: node), "'\(key)' must be text, not a list"))
            return nil
        }
        let text = scalar.string.trimmedWhitespace
        let isNull = scalar.style == .plain && (text == "~" || text == "null")
        return text.isEmpty || isNull ? nil : text
    }

    mutating func requiredString(_ key: String, example: String, what: String) -> String? {
        if let value = string(key) { return value }
        if values[key] == nil {
            if isMisspelt(key) { return nil }
            diagnostics.append(.error(path, line: max(1, lineOffset), "\(what) has no '\(key)'; add a line like '\(key): \(example)'"))
        } else if values[key]?.scalar != nil {
            diagnostics.append(.error(path, line: line(ofKey: key), "'\(key)' is empty; write it after the colon, like '\(key): \(example)'"))
        }
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = values[key] else { return nil }
        if let value = node.bool { return value }
        diagnostics.append(.error(path, line: line(of: node), "'\(key)' must be true or false (found '\(node.scalar?.string ?? "a list")')"))
        return nil
    }

    mutating func int(_ key: String, example: Int) -> Int? {
        guard let node = values[key] else { return nil }
        if let text = node.scalar?.string.trimmedWhitespace, let value = Int(text) { return value }
        diagnostics.append(.error(path, line: line(of: node), "'\(key)' must be a whole number, like '\(key): \(example)' (found '\(node.scalar?.string ?? "a list")')"))
        return nil
    }

    /// A number within `range`; anything else is reported with `example`.
    mutating func number(_ key: String, example: String, range: ClosedRange<Double>) -> Double? {
        guard let node = values[key] else { return nil }
        let within = "from \(range.lowerBound.shortText) to \(range.upperBound.shortText)"
        if let text = node.scalar?.string.trimmedWhitespace, let value = Double(text), value.isFinite, range.contains(value) { return value }
        diagnostics.append(.error(path, line: line(of: node), "'\(key)' must be a number \(within), like '\(key): \(example)' (found '\(node.scalar?.string ?? "a list")')"))
        return nil
    }

    mutating func date(_ key: String) -> CalendarDate? {
        guard let text = string(key) else { return nil }
        if let date = CalendarDate(iso: text) { return date }
        diagnostics.append(.error(path, line: line(ofKey: key), "'\(key)' must be a real date written YYYY-MM-DD, like '\(key): 2026-11-01' (found '\(text)')"))
        return nil
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The message for a text that is not valid YAML: in plain words at the line of the mistake
    /// (`YAMLMistake`) when it is a common one, else in libyaml's words at its line.
    static func describe(_ failure: YAMLReader.Failure, in yaml: String, path: String, lineOffset: Int, lastLine: Int, what: String) -> Diagnostic {
        let hint = "check the quoting and indentation; text with ': ' or '#' in it needs \"double quotes\""
        let line = (failure.line(lastLine: lastLine) ?? 1) + lineOffset
        if case .syntax(let error) = failure, let mistake = YAMLMistake.explain(error, in: yaml, what: what, lineOffset: lineOffset) {
            return .error(path, line: min(max(mistake.line, 1), lastLine) + lineOffset, mistake.message)
        }
        switch failure {
        case .aliases(let excess):
            return .error(path, line: line, "the alias '*\(excess.alias)' makes the \(what) too large: aliases may repeat at most \(YAMLAliases.limit) values in all; write the values out instead")
        case .syntax(.scanner(_, let problem, _, _)), .syntax(.parser(_, let problem, _, _)), .syntax(.composer(_, let problem, _, _)), .syntax(.reader(let problem, _, _, _)):
            return .error(path, line: line, "\(what) is not valid YAML (\(problem)); \(hint)")
        case .syntax(.duplicatedKeysInMapping(let keys, _)):
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            return .error(path, line: line, "\(names) appears more than once in the \(what); keep only one")
        case .controlCharacter(_, let scalar):
            return .error(path, line: line, YAMLReader.describe(scalar))
        case .syntax, .other:
            return .error(path, line: line, "\(what) is not valid YAML; \(hint)")
        }
    }
}
