import Foundation

/// Finds the first mention of glossary words in text, as whole words, ignoring case and accents.
///
/// Works on words rather than searching for every term in every text: a dictionary from a term's
/// first word to the terms starting with it keeps the cost linear in the text, whatever the
/// glossary's size.
struct GlossaryMatcher: Sendable {
    struct Match {
        var range: Range<String.Index>
        var entry: Int
    }

    /// First word → (all words of a term or alias, entry index), longest first.
    private let candidates: [String: [([String], Int)]]

    init(_ entries: [GlossaryEntry]) {
        var candidates: [String: [([String], Int)]] = [:]
        for (index, entry) in entries.enumerated() {
            for name in [entry.term] + entry.aliases {
                let words = Self.words(in: name).map { Self.fold(String(name[$0])) }
                guard let first = words.first else { continue }
                candidates[first, default: []].append((words, index))
            }
        }
        self.candidates = candidates.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }

    var isEmpty: Bool { candidates.isEmpty }

    /// The earliest mention in `text` of an entry not in `used`.
    func firstMatch(in text: String, skipping used: Set<Int>) -> Match? {
        let words = Self.words(in: text)
        for (position, range) in words.enumerated() {
            guard let options = candidates[Self.fold(String(text[range]))] else { continue }
            for (termWords, entry) in options where !used.contains(entry) && position + termWords.count <= words.count {
                let matches = termWords.indices.dropFirst().allSatisfy { offset in
                    Self.fold(String(text[words[position + offset]])) == termWords[offset]
                }
                if matches { return Match(range: range.lowerBound..<words[position + termWords.count - 1].upperBound, entry: entry) }
            }
        }
        return nil
    }

    /// Lowercase without accents, so "Sjögren" matches "sjogren", and with one kind of apostrophe,
    /// since smart punctuation turns the editor's ' into ’.
    static func fold(_ word: String) -> String {
        if word.unicodeScalars.allSatisfy(\.isASCII) { return word.lowercased() }
        return word.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Ranges of the words in `text`: runs of letters and digits (apostrophes inside a word kept).
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let inWord = character.isLetter || character.isNumber
                || ((character == "'" || character == "’") && start != nil && next < text.endIndex && text[next].isLetter)
            if inWord, start == nil { start = index }
            if !inWord, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
