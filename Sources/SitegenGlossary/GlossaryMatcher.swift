import Foundation
import SitegenModel

/// Finds the first mention of glossary words in text, as whole words, ignoring case and accents.
///
/// Works on words rather than searching for every term in every text: a dictionary from a term's
/// first word to the terms starting with it keeps the cost linear in the text, whatever the
/// glossary's size.
package struct GlossaryMatcher: Sendable {
    package struct Match {
        package var range: Range<String.Index>
        package var entry: Int
    }

    /// First word → (all words of a term or alias, entry index), longest first.
    private let candidates: [String: [([String], Int)]]
    /// Bit n of `shapes[b]`: some first word, folded, is ASCII, starts with byte b and is n bytes
    /// long (bit 31: longer). Most words of a text fail this test, so they are never folded into
    /// a new string and looked up.
    private let shapes: [UInt32]

    package init(_ entries: [GlossaryEntry]) {
        var candidates: [String: [([String], Int)]] = [:]
        for (index, entry) in entries.enumerated() {
            for name in [entry.term] + entry.aliases {
                let words = Self.words(in: name).map { Self.fold(name[$0]) }
                guard let first = words.first else { continue }
                candidates[first, default: []].append((words, index))
            }
        }
        self.candidates = candidates.mapValues { $0.sorted { $0.0.count > $1.0.count } }
        var shapes = [UInt32](repeating: 0, count: 128)
        for first in candidates.keys where first.isASCII {
            if let byte = first.utf8.first { shapes[Int(byte)] |= Self.lengthBit(first.utf8.count) }
        }
        self.shapes = shapes
    }

    private static func lengthBit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 31)) }

    /// False when `word` cannot be the first word of any term; true when it may be.
    private func mayStartTerm(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard var first = bytes.first, word.isASCII else { return true }
        if first >= 0x41 && first <= 0x5A { first |= 0x20 }
        return shapes[Int(first)] & Self.lengthBit(bytes.count) != 0
    }

    package var isEmpty: Bool { candidates.isEmpty }

    /// The earliest mention in `text` of an entry not in `used`.
    package func firstMatch(in text: String, skipping used: Set<Int>) -> Match? {
        let words = Self.words(in: text)
        for (position, range) in words.enumerated() where mayStartTerm(text[range]) {
            guard let options = candidates[Self.fold(text[range])] else { continue }
            for (termWords, entry) in options where !used.contains(entry) && position + termWords.count <= words.count {
                let matches = termWords.indices.dropFirst().allSatisfy { offset in
                    Self.fold(text[words[position + offset]]) == termWords[offset]
                }
                if matches { return Match(range: range.lowerBound..<words[position + termWords.count - 1].upperBound, entry: entry) }
            }
        }
        return nil
    }

    /// Lowercase without accents, so "Sjögren" matches "sjogren", and with one kind of apostrophe,
    /// since smart punctuation turns the editor's ' into ’.
    static func fold(_ word: Substring) -> String {
        if word.isASCII { return word.lowercased() }
        return word.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    package static func fold(_ word: String) -> String { fold(word[...]) }

    /// Ranges of the words in `text`: runs of letters and digits, apostrophes inside a word kept.
    /// Scans UTF-8 bytes: ASCII decides most characters without building a `Character`.
    static func words(in text: String) -> [Range<String.Index>] {
        if let ranges = asciiWords(in: text) { return ranges }
        var ranges: [Range<String.Index>] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let inWord: Bool
            let next: String.Index
            if byte < 0x80 {
                next = utf8.index(after: index)
                let isAlphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                inWord = isAlphanumeric || (byte == 0x27 && start != nil && next < utf8.endIndex && Self.startsLetter(text, at: next))
            } else {
                let scalar = text.unicodeScalars[index]
                next = text.unicodeScalars.index(after: index)
                inWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || (scalar == "’" && start != nil && next < utf8.endIndex && Self.startsLetter(text, at: next))
            }
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

    /// The same rules for text that is all ASCII (nearly every paragraph), on the bytes with
    /// integer offsets: no `String.Index` is moved byte by byte, and an apostrophe is inside a
    /// word when a letter follows it.
    private static func asciiWords(in text: String) -> [Range<String.Index>]? {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Range<String.Index>]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var ranges: [Range<String.Index>] = []
            var start = -1
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                let inWord = isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
                    || (byte == 0x27 && start >= 0 && offset + 1 < bytes.count && isLetter(bytes[offset + 1]))
                if inWord {
                    if start < 0 { start = offset }
                } else if start >= 0 {
                    ranges.append(index(start)..<index(offset))
                    start = -1
                }
            }
            if start >= 0 { ranges.append(index(start)..<text.endIndex) }
            return ranges
        }
        return found ?? nil
    }

    private static func startsLetter(_ text: String, at index: String.Index) -> Bool {
        text.unicodeScalars[index].properties.isAlphabetic
    }
}
