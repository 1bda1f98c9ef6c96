import Yams
import SitegenModel

/// Reads `pemat:` in site.yml: which PEMAT checks run. Every check runs unless the site turns it
/// off by name (`passive_voice: false`), or turns them all off (`pemat: false`). A name sitegen
/// does not know is an error at its line: a typo would otherwise leave the check on unnoticed.
enum PEMATSettingsLoader {
    static let example = "pemat:\n  passive_voice: false"

    static func checks(in fields: inout YAMLFields) -> Set<PEMATCheck> {
        let all = Set(PEMATCheck.allCases)
        guard let node = fields.values["pemat"], !LanguagesLoader.isNull(node) else { return all }
        let path = fields.path
        if let on = node.bool { return on ? all : [] }
        guard let mapping = node.mapping else {
            fields.report(.error(path, line: fields.line(of: node), "'pemat' must be false (no PEMAT suggestions) or the checks to turn off, each with 'false', like:\n\(example)\n(the checks: \(PEMATCheck.names))"))
            return all
        }
        var checks = all
        for (keyNode, value) in mapping {
            let line = fields.line(of: keyNode)
            let name = keyNode.scalar?.string.trimmedWhitespace ?? ""
            guard let check = PEMATCheck(rawValue: name) else {
                var message = "unknown PEMAT check '\(name)' in 'pemat'"
                if let guess = Suggestion.closest(to: name, in: PEMATCheck.allCases.map(\.rawValue)) { message += "; did you mean '\(guess)'?" }
                fields.report(.error(path, line: line, message + " The checks are: \(PEMATCheck.names)"))
                continue
            }
            guard let on = value.bool else {
                fields.report(.error(path, line: fields.line(of: value), "'\(name)' under 'pemat' must be true or false (found '\(value.scalar?.string ?? "a list")')"))
                continue
            }
            if on { checks.insert(check) } else { checks.remove(check) }
        }
        return checks
    }
}
