/// A site's changes to the built-in plain-language list of one language (`plain_language.yml`,
/// or `plain_language.es.yml` for a language of `languages:`).
public struct PlainLanguageChanges: Sendable, Equatable {
    /// The file they were read from, for messages about them.
    public var path: String
    /// Words and phrases to suggest an everyday alternative for, by `normalized` key: new ones,
    /// or ones of the built-in list with the site's own alternative.
    public var added: [String: String]
    /// Words and phrases never to suggest, by `normalized` key, with the file line each is on.
    public var removed: [String: Int]

    public init(path: String = "plain_language.yml", added: [String: String] = [:], removed: [String: Int] = [:]) {
        self.path = path
        self.added = added
        self.removed = removed
    }

    /// A word or phrase as the lists keep it: lower case, one space between words, the
    /// typographic apostrophe as `'`: "In  Order to" and "in order to" are the same entry.
    public static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "\u{2019}" ? "'" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
