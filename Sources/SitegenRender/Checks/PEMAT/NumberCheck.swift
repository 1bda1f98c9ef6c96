import SitegenModel

/// PEMAT item 6 (clear numbers): "whole numbers, not fractions or percentages"; "1 in 4 people" is
/// clearer than "25%". Found: whole percentages from 1 to 99 ("25%", "25 percent", "25 por
/// ciento"), fractions of two small numbers ("1/4", not a date "1/4/2025", a blood pressure
/// "120/80" or a measure "1/2 cup") and fractions in words before "of" ("a third of", "dos tercios
/// de"). Left alone: decimals ("an A1C of 6.5%" is a measurement, "0.5 mg" a dose), 100%, and a
/// percentage that repeats a proportion just given ("1 in 4 (25%)"). One suggestion per page, at
/// the first one, naming the lines of the others: the fix is the same everywhere.
enum NumberCheck {
    struct Finding: Equatable {
        var written: String
        var clearer: String
        var line: Int
    }

    /// The fraction words of one language, chosen once for a page.
    private struct FractionWords {
        var tops: PEMATNumberWords
        var bottoms: PEMATNumberWords
    }

    static func findings(_ page: PEMATPage) -> [Finding] {
        var found: [Finding] = []
        let fractions = FractionWords(tops: PEMATWordLists.fractionTops(page.isEnglish), bottoms: PEMATWordLists.fractionBottoms(page.isEnglish))
        for (block, words) in zip(page.text.blocks, page.words) {
            for index in words.indices {
                guard let (written, clearer) = finding(at: index, words, block.text, fractions, english: page.isEnglish) else { continue }
                found.append(Finding(written: written, clearer: clearer, line: block.line(at: words[index].start)))
            }
        }
        return found
    }

    static func message(_ findings: [Finding]) -> String? {
        guard let first = findings.first else { return nil }
        var message = "\(PEMATCheck.numbers.label): '\(first.written)' is clearer as '\(first.clearer)', whole numbers that more readers understand"
        let others = findings.dropFirst()
        if !others.isEmpty {
            var seen: Set<Int> = []
            let lines = others.map(\.line).filter { seen.insert($0).inserted }
            let shown = PEMATList.joined(lines.prefix(5).map(String.init) + (lines.count > 5 ? ["…"] : []))
            message += "; the page has \(others.count) more percentage\(others.count == 1 ? "" : "s") or fraction\(others.count == 1 ? "" : "s") (line\(lines.count == 1 ? "" : "s") \(shown))"
        }
        return message
    }

    private static func finding(at index: Int, _ words: [PEMATWord], _ text: [UInt8], _ fractions: FractionWords, english: Bool) -> (String, String)? {
        let word = words[index]
        // Most words are neither a number nor the start of a fraction in words: decided without
        // a slice of the text.
        if PEMATWords.isDigit(text[word.start]), let number = wholeNumber(text[word.start..<word.end]) {
            if let end = percentEnd(after: word, index, words, text, english: english) {
                guard (1...99).contains(number), !repeatsProportion(index, words, text) else { return nil }
                return (String(decoding: text[word.start..<end], as: UTF8.self), proportion(percent: number, english: english))
            }
            return fraction(at: index, number, words, text, english: english)
        }
        return fractionInWords(at: index, words, text, fractions, english: english)
    }

    private static func wholeNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count <= 3, bytes.allSatisfy(PEMATWords.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Where "%", "percent", "per cent" or "por ciento" after the number ends, or nil.
    private static func percentEnd(after word: PEMATWord, _ index: Int, _ words: [PEMATWord], _ text: [UInt8], english: Bool) -> Int? {
        var at = word.end
        if at < text.count, text[at] == 0x20 { at += 1 } else if at + 1 < text.count, text[at] == 0xC2, text[at + 1] == 0xA0 { at += 2 }
        if at < text.count, text[at] == UInt8(ascii: "%") { return at + 1 }
        guard index + 1 < words.count else { return nil }
        let next = words[index + 1], following = index + 2 < words.count ? words[index + 2] : nil
        func isWord(_ word: PEMATWord?, _ spelled: String) -> Bool {
            guard let word else { return false }
            return PEMATWords.pack(text[word.start..<word.end]) == PEMATWords.pack(Array(spelled.utf8)[...]) && word.count == spelled.utf8.count
        }
        if english {
            if isWord(next, "percent") { return next.end }
            if isWord(next, "per"), isWord(following, "cent") { return following?.end }
        } else if isWord(next, "por"), isWord(following, "ciento") {
            return following?.end
        }
        return nil
    }

    /// "1 in 4 (25%)", "one in four (25 percent)", "1 de cada 4 (25 %)": already clear.
    private static func repeatsProportion(_ index: Int, _ words: [PEMATWord], _ text: [UInt8]) -> Bool {
        let word = words[index]
        guard word.start > 0, text[word.start - 1] == UInt8(ascii: "("), index >= 3 else { return false }
        let joiner = words[index - 2]
        return PEMATWordLists.proportionJoiners.contains(joiner, in: text)
    }

    /// "1/4": a fraction of two numbers up to 10, not part of a date or a reading ("120/80"), and
    /// not a measure ("1/2 cup").
    private static func fraction(at index: Int, _ top: Int, _ words: [PEMATWord], _ text: [UInt8], english: Bool) -> (String, String)? {
        let word = words[index]
        guard index + 1 < words.count, word.end < text.count, text[word.end] == UInt8(ascii: "/") else { return nil }
        let next = words[index + 1]
        guard next.start == word.end + 1, let bottom = wholeNumber(text[next.start..<next.end]), top >= 1, top < bottom, bottom <= 10 else { return nil }
        if word.start > 0, text[word.start - 1] == UInt8(ascii: "/") { return nil }
        if next.end < text.count, text[next.end] == UInt8(ascii: "/") { return nil }
        // "1/2 cup", "1/4 to 3/8 inch".
        if words[(index + 2)...].prefix(4).contains(where: { PEMATWordLists.units.contains($0, in: text) }) { return nil }
        return (String(decoding: text[word.start..<next.end], as: UTF8.self), proportion(top, of: bottom, english: english))
    }

    /// "a third of", "two-thirds of", "un tercio de".
    private static func fractionInWords(at index: Int, _ words: [PEMATWord], _ text: [UInt8], _ fractions: FractionWords, english: Bool) -> (String, String)? {
        let word = words[index]
        // "one-third" is one word; "one third" two. The bottom is the rarer word: asked first.
        var top: Int?, bottom: Int?, last = index
        if word.hasHyphen, let hyphen = (word.start..<word.end).first(where: { text[$0] == UInt8(ascii: "-") }) {
            bottom = fractions.bottoms.number(text[(hyphen + 1)..<word.end])
            if bottom != nil { top = fractions.tops.number(text[word.start..<hyphen]) }
        } else if index + 1 < words.count {
            bottom = fractions.bottoms.number(words[index + 1], in: text)
            if bottom != nil { top = fractions.tops.number(word, in: text) }
            last = index + 1
        }
        guard let top, let bottom, top < bottom, last + 1 < words.count else { return nil }
        let of = words[last + 1]
        guard PEMATWords.pack(text[of.start..<of.end]) == PEMATWords.pack(Array((english ? "of" : "de").utf8)[...]), of.count == 2 else { return nil }
        // "a quarter of an hour", "un cuarto de taza": a measure, not a share of people.
        if last + 2 < words.count, PEMATWordLists.units.contains(words[last + 2], in: text) || PEMATWordLists.articles.contains(words[last + 2], in: text) { return nil }
        return (String(decoding: text[word.start..<of.end], as: UTF8.self), proportion(top, of: bottom, english: english))
    }

    static func proportion(_ top: Int, of bottom: Int, english: Bool) -> String {
        english ? "\(top) in \(bottom)" : "\(top) de cada \(bottom)"
    }

    /// A percentage as a proportion: exact where it can be ("1 in 4", "3 in 10", "3 in 20"),
    /// otherwise the nearest "about 1 in N" or "about N in 10".
    static func proportion(percent: Int, english: Bool) -> String {
        let about = english ? "about " : "alrededor de "
        if 100 % percent == 0 { return proportion(1, of: 100 / percent, english: english) }
        if percent % 10 == 0 { return proportion(percent / 10, of: 10, english: english) }
        if percent % 5 == 0 { return proportion(percent / 5, of: 20, english: english) }
        if percent < 20 { return about + proportion(1, of: Int((100 / Double(percent)).rounded()), english: english) }
        if percent == 33 || percent == 66 || percent == 67 { return about + proportion(percent / 33, of: 3, english: english) }
        if percent > 95 { return (english ? "more than " : "más de ") + proportion(19, of: 20, english: english) }
        return about + proportion(Int((Double(percent) / 10).rounded()), of: 10, english: english)
    }
}
