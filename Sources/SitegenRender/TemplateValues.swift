import SitegenModel

/// The one list of the values templates receive: `PageContext` builds each page's values with
/// these keys, `TemplateValueCheck` checks every tag of the templates against them, and the
/// tables of docs/templates.md are written from them (`TemplateDocsTests` fails when the file is
/// out of date). A value added here is therefore known to all three at once, and a key the
/// builder sets that is not declared for its template fails every test that renders it (an
/// `assert`, so release builds pay nothing).

/// What a template gets under one name, which decides how it may be written.
indirect enum TemplateValueKind: Sendable {
    /// Plain text: `{{name}}`, escaped.
    case text
    /// Already HTML: `{{{name}}}`.
    case html
    /// `true`, or absent: only for `{{#name}}` and `{{^name}}`.
    case flag
    /// A whole number; values never are one, but `count(list)` and `index()` give one.
    case number
    case list(TemplateShape)
    case object(TemplateShape)
}

/// The names of one kind of object a template can see: a page's values, a contents entry, a source.
protocol TemplateValueKey: RawRepresentable<String>, CaseIterable, Sendable {
    /// What one such object is, for messages and docs: "a contents entry".
    static var shapeName: String { get }
    var kind: TemplateValueKind { get }
    /// For docs/templates.md.
    var note: String { get }
}

/// One object's names with their kinds, read from a `TemplateValueKey` enum.
struct TemplateShape: Sendable {
    struct Field: Sendable {
        var name: String
        var kind: TemplateValueKind
        var note: String
    }

    var name: String
    var fields: [Field]

    init<Key: TemplateValueKey>(_ keys: Key.Type) {
        name = Key.shapeName
        fields = Key.allCases.map { Field(name: $0.rawValue, kind: $0.kind, note: $0.note) }
    }

    init(name: String, merging shapes: [TemplateShape]) {
        self.name = name
        fields = shapes.flatMap(\.fields)
    }

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

/// A page's values while they are built: keys only from the schema, so that a template check
/// and the docs always know every value a page can have.
package struct TemplateValues {
    private(set) var dictionary: [String: Any] = [:]
    /// The template these values are for, to check (in debug builds) that every key is declared for it.
    let template: PageTemplate

    init(for template: PageTemplate) { self.template = template }

    subscript<Key: TemplateValueKey>(key: Key) -> Any? {
        get { dictionary[key.rawValue] }
        set {
            assert(template.shapes.contains { ObjectIdentifier($0) == ObjectIdentifier(Key.self) }, "\(Key.self).\(key.rawValue) is not declared for \(template.rawValue).mustache")
            dictionary[key.rawValue] = newValue
        }
    }

    /// A list entry or object (a contents entry, a source) with its keys from one shape.
    static func item<Key: TemplateValueKey>(_ pairs: KeyValuePairs<Key, String>) -> [String: String] {
        var item: [String: String] = [:]
        item.reserveCapacity(pairs.count)
        for (key, value) in pairs { item[key.rawValue] = value }
        return item
    }

    static func item<Key: TemplateValueKey>(_ pairs: KeyValuePairs<Key, Any>) -> [String: Any] {
        var item: [String: Any] = [:]
        item.reserveCapacity(pairs.count)
        for (key, value) in pairs { item[key.rawValue] = value }
        return item
    }
}

/// The templates sitegen renders itself, each with the values it receives. `base` and the
/// partials have none of their own: they see the values of whichever template includes them.
enum PageTemplate: String, CaseIterable, Sendable {
    case home, section, page
    case notFound = "404"
    case print, glossary, search

    var shapes: [any TemplateValueKey.Type] {
        switch self {
        case .home: [CommonValue.self, PageValue.self, HomeValue.self]
        case .section: [CommonValue.self, PageValue.self, SectionValue.self]
        case .page: [CommonValue.self, PageValue.self]
        case .notFound: [CommonValue.self]
        case .print: [CommonValue.self, HandoutValue.self]
        case .glossary: [CommonValue.self, GlossaryValue.self]
        case .search: [CommonValue.self, SearchValue.self]
        }
    }

    /// Every value this template receives, as one object.
    var shape: TemplateShape {
        TemplateShape(name: "the values of \(rawValue).mustache", merging: shapes.map { TemplateShape($0) })
    }

    init(_ kind: Page.Kind) {
        switch kind {
        case .home: self = .home
        case .section: self = .section
        case .page: self = .page
        }
    }
}
