import Yams
import SitegenModel

/// `codes:` in the front matter: a code system's key, then one code or a list of them.
extension YAMLFields {
    mutating func medicalCodes() -> [MedicalCode] {
        guard let node = values["codes"] else { return [] }
        if node.scalar.map({ $0.string.trimmedWhitespace.isEmpty }) == true { return [] }
        guard let mapping = node.mapping else {
            report(.error(path, line: line(of: node), "'codes' must be code systems, each with its code or a list of codes, like:\n\(MedicalCode.example)"))
            return []
        }
        let systems = MedicalCode.System.allCases
        let known = systems.map(\.key)
        var codes: [MedicalCode] = []
        for (keyNode, value) in mapping {
            let keyLine = line(of: keyNode)
            guard let key = keyNode.scalar?.string, let system = MedicalCode.System(rawValue: key) else {
                let key = keyNode.scalar?.string ?? "?"
                // A misspelling is reported as every misspelt key is; any other key names the systems.
                if Suggestion.misspelt(key, of: known) != nil {
                    report(unknown: key, line: keyLine, knownKeys: known, in: "'codes'", severity: .error)
                } else {
                    let names = systems.map { "'\($0.key)' (\($0.title))" }
                    let list = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
                    report(.error(path, line: keyLine, "'\(key.visibleInMessages)' is not a code system sitegen knows; 'codes' takes \(list)"))
                }
                continue
            }
            let items: [Node]
            if let sequence = value.sequence {
                items = Array(sequence)
            } else {
                items = [value]
            }
            for item in items {
                let itemLine = line(of: item)
                let example = "'\(system.key): \(system.example)'"
                guard let text = item.scalar?.string.trimmedWhitespace, !text.isEmpty else {
                    report(.error(path, line: itemLine, "each code in '\(system.key)' must be written as text, like \(example), or a list, like '\(system.key): [\(system.example)]'"))
                    continue
                }
                switch system.problem(text) {
                case nil:
                    codes.append(MedicalCode(system, text, line: itemLine))
                case .notTheForm?:
                    var message = "'\(text.visibleInMessages)' is not a code of \(system.title), whose codes are \(system.form), like \(example)"
                    if text != text.uppercased(), system.problem(text.uppercased()) == nil { message += "; write its letters as capitals: '\(text.uppercased())'" }
                    report(.error(path, line: itemLine, message))
                case .wrongPart(let why)?:
                    report(.error(path, line: itemLine, "'\(text.visibleInMessages)' is not a concept id of \(system.title): \(why); a concept id looks like \(example)"))
                }
            }
        }
        return codes
    }
}
