import Foundation
import SitegenModel

/// The tables of docs/templates.md, written from the schema (TemplateValues.swift), so the
/// documentation lists exactly the values the templates receive and the check allows.
/// `TemplateDocsTests` compares them with the file; `SITEGEN_UPDATE_DOCS=1 swift test` rewrites them.
enum TemplateValuesDoc {
    static let begin = "<!-- The tables below are generated from Sources/SitegenRender/TemplateValues*.swift: edit those, then run SITEGEN_UPDATE_DOCS=1 swift test --filter TemplateDocsTests -->"
    static let end = "<!-- end of the generated tables -->"

    static var markdown: String {
        var text = begin + "\n"
        let groups: [(title: String, keys: any TemplateValueKey.Type)] = [
            ("Values of every template", CommonValue.self),
            ("Home, section and topic pages", PageValue.self),
            ("Section pages only", SectionValue.self),
            ("Home page only", HomeValue.self),
            ("Printable handout", HandoutValue.self),
            ("Glossary", GlossaryValue.self),
            ("Search", SearchValue.self),
        ]
        var nested: [(shape: TemplateShape, holders: [String])] = []
        for group in groups {
            let shape = TemplateShape(group.keys)
            let users = PageTemplate.allCases.filter { $0.shapes.contains { ObjectIdentifier($0) == ObjectIdentifier(group.keys) } }
            text += "\n### \(group.title)\n\nGiven to \(users.map { "`\($0.rawValue).mustache`" }.joined(separator: ", ")).\n\n"
            text += table(shape, collecting: &nested)
        }
        text += "\n### Inside lists and objects\n"
        var index = 0
        while index < nested.count {  // grows while it is read: a list item can hold a list
            let (shape, holders) = nested[index]
            text += "\n**\(capitalized(shape.name))** (\(holders.map { "`\($0)`" }.joined(separator: ", ")))\n\n" + table(shape, collecting: &nested)
            index += 1
        }
        return text + "\n" + end
    }

    /// The table of `shape`'s values; the lists and objects among them are added to `nested`
    /// with the names that hold them.
    private static func table(_ shape: TemplateShape, collecting nested: inout [(shape: TemplateShape, holders: [String])]) -> String {
        var rows = "| key | kind | notes |\n| --- | --- | --- |\n"
        for field in shape.fields {
            rows += "| `\(field.name)` | \(describe(field.kind)) | \(field.note.replacingOccurrences(of: "|", with: "\\|")) |\n"
            switch field.kind {
            case .list(let inner), .object(let inner):
                if let index = nested.firstIndex(where: { $0.shape.name == inner.name }) {
                    if !nested[index].holders.contains(field.name) { nested[index].holders.append(field.name) }
                } else {
                    nested.append((inner, [field.name]))
                }
            default: break
            }
        }
        return rows
    }

    private static func describe(_ kind: TemplateValueKind) -> String {
        switch kind {
        case .text: "text"
        case .html: "HTML, `{{{…}}}`"
        case .flag: "flag"
        case .number: "number"
        case .list(let shape): "list, each \(shape.name): `{\(shape.fields.map(\.name).joined(separator: ", "))}`"
        // The theme's fifty-odd texts would fill the cell: their own table follows.
        case .object(let shape) where shape.fields.count > 10: "\(shape.name), listed below"
        case .object(let shape): "\(shape.name): `{\(shape.fields.map(\.name).joined(separator: ", "))}`"
        }
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
