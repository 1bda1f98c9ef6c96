import Foundation

/// Syllables of one word: the byte path for ASCII words and the `String` path for any other.
extension Readability {
    /// English syllable count of one word (documented heuristic; docs/readability.md).
    ///
    /// - Hyphenated words count the syllables of each part: "immune-mediated" is 2 + 4.
    /// - A number (digits, with "." "," or ":" inside) is one syllable: "2.5", "1,000", "2026".
    ///   Letters and digits mixed ("B12") count each run of letters and each number; an ending
    ///   after a number adds nothing ("1st", "1990s").
    /// - Acronyms are spelled out, a syllable per letter (w has three): capitals without a vowel
    ///   ("HTTP", "HMGCR"), and capitals of two to four letters ("IMNM" 4, "MRI" 3, "IDs" 2) except
    ///   four that start with a consonant and a vowel ("NATO"). Capitals of five letters or more
    ///   with a vowel are read as words ("COVID", "EXAMPLES").
    /// - Contractions: "didn't" 2, "don't" 1, "patient's" 2.
    /// - Everything else goes to the rule-based counter in `EnglishSyllables`.
    ///
    /// Text with no letters or digits has 0 syllables; any word has at least 1.
    public static func syllables(in word: String) -> Int {
        // Words of ASCII and ’ are counted on their bytes, ’ read as ' (the two are the same
        // apostrophe everywhere in the rules; ʼ is not quite: "1990ʼs" is not a number ending).
        // The buffer holds the bytes, then the scratch.
        let capacity = 3 * word.utf8.count + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> Int in
            let bytes = buffer.baseAddress!
            var length = 0
            for scalar in word.unicodeScalars {
                if scalar.isASCII {
                    bytes[length] = UInt8(scalar.value)
                } else if scalar == "\u{2019}" {
                    bytes[length] = apostrophe
                } else {
                    return unicodeSyllables(in: word)
                }
                length += 1
            }
            return syllables(ascii: UnsafeBufferPointer(start: bytes, count: length), scratch: bytes + length)
        }
    }

    // MARK: - Words of ASCII bytes

    static let apostrophe = UInt8(ascii: "'")

    @inline(__always) private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    @inline(__always) private static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isASCIIUppercase(byte) ? byte | 0x20 : byte }

    /// `syllables(in:)` of an ASCII word (’ written as '). `scratch` has room for twice the word.
    static func syllables(ascii word: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        // The part being read is copied to `scratch` without the joiners dropped from it ("e.g" is
        // read "eg", "2.5" as "25"); the rest of `scratch` is for `partSyllables`.
        let part = scratch, partScratch = scratch + word.count
        var total = 0, partLength = 0
        let space = UInt8(ascii: " ")
        for index in 0..<word.count {
            let byte = word[index]
            let before = index > 0 ? word[index - 1] : space, after = index + 1 < word.count ? word[index + 1] : space
            if isASCIILetter(byte) || isASCIIDigit(byte) || byte == apostrophe {
                part[partLength] = byte
                partLength += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":"), isASCIIDigit(before), isASCIIDigit(after) {
                continue  // inside a number: "2.5", "1,000"
            } else if byte == UInt8(ascii: "."), isASCIILetter(before), isASCIILetter(after) {
                continue  // inside an abbreviation: "e.g"
            } else {
                total += partSyllables(ascii: UnsafeBufferPointer(start: part, count: partLength), scratch: partScratch)
                partLength = 0
            }
        }
        return total + partSyllables(ascii: UnsafeBufferPointer(start: part, count: partLength), scratch: partScratch)
    }

    /// One part of a word between hyphens (or other joiners): letters, digits and apostrophes.
    /// `scratch` has room for the part.
    private static func partSyllables(ascii raw: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        var start = 0, end = raw.count
        while start < end, raw[start] == apostrophe { start += 1 }
        while end > start, raw[end - 1] == apostrophe { end -= 1 }
        guard start < end else { return 0 }
        // Runs of digits are numbers of one syllable; runs of letters are words, except an ending
        // after a number: "1st", "2nd", "1990s".
        var total = 0
        var runStart = start
        while runStart < end {
            let isNumber = isASCIIDigit(raw[runStart])
            var runEnd = runStart + 1
            while runEnd < end, isASCIIDigit(raw[runEnd]) == isNumber { runEnd += 1 }
            let run = UnsafeBufferPointer(rebasing: raw[runStart..<runEnd])
            if isNumber {
                total += 1
            } else if runStart > start, isNumberEnding(run) {
                // nothing
            } else {
                total += letterSyllables(ascii: run, scratch: scratch)
            }
            runStart = runEnd
        }
        return total
    }

    /// "st", "nd", "rd", "th", "s" or "'s" in any case. (Only letters after a number get here.)
    private static func isNumberEnding(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = run.lazy.map(lowercased)
        return run.count <= 2 && ["st", "nd", "rd", "th", "s", "'s"].contains { $0.utf8.elementsEqual(lower) }
    }

    /// A run of letters and apostrophes. `scratch` has room for the run.
    private static func letterSyllables(ascii run: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        for byte in run where byte != apostrophe {
            scratch[count] = byte
            count += 1
        }
        guard count > 0 else { return 0 }
        let letters = UnsafeBufferPointer(start: scratch, count: count)
        if let spelled = spelledOut(ascii: letters) { return spelled }
        // "didn't", "isn't", "haven't": the n't is a syllable after a consonant or an e; not in
        // "don't", "can't", "won't".
        let n = run.count
        if n > 3, lowercased(run[n - 1]) == UInt8(ascii: "t"), run[n - 2] == apostrophe, lowercased(run[n - 3]) == UInt8(ascii: "n") {
            for k in 0..<(n - 3) { scratch[k] = lowercased(run[k]) }
            let stem = UnsafeBufferPointer(start: scratch, count: n - 3)
            if stem.elementsEqual("were".utf8) { return 1 }
            let extra = "aiouy".utf8.contains(stem[stem.count - 1]) ? 0 : 1
            return EnglishSyllables.count(stem) + extra
        }
        for k in 0..<count { scratch[k] = lowercased(scratch[k]) }
        return EnglishSyllables.count(letters)
    }

    /// Syllables of an acronym (ASCII letters) said letter by letter, or nil for a word to be read
    /// as such.
    private static func spelledOut(ascii word: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most words start in lower case: not an acronym.
        guard word.count >= 2, isASCIIUppercase(word[0]) else { return nil }
        var count = word.count
        // Plurals: "IDs", "URLs".
        if count > 2, word[count - 1] == UInt8(ascii: "s"), word[..<(count - 1)].allSatisfy(isASCIIUppercase) {
            count -= 1
        }
        let letters = UnsafeBufferPointer(rebasing: word[..<count])
        guard letters.allSatisfy(isASCIIUppercase) else { return nil }
        func isVowel(_ letter: UInt8) -> Bool { "AEIOUY".utf8.contains(letter) }
        let spelled = letters.reduce(0) { $0 + ($1 == UInt8(ascii: "W") ? 3 : 1) }
        if !letters.contains(where: isVowel) { return spelled }  // "HTTP", "HMGCR"
        if count >= 5 { return nil }  // "COVID", "ASCII", "EXAMPLES"
        if count == 4, !isVowel(letters[0]), isVowel(letters[1]) {
            return nil  // "NATO", "NASA"
        }
        return spelled  // "IMNM", "IVIG", "MRI", "API"
    }

    // MARK: - Words of any script

    /// `syllables(in:)` of a word with letters outside ASCII ("café", "naïve"); for any word, it
    /// gives the same count as the byte path (tests compare the two).
    static func unicodeSyllables(in word: String) -> Int {
        var total = 0
        var part = ""
        let scalars = Array(word.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let before = index > 0 ? scalars[index - 1] : " ", after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if isWordScalar(scalar) || isApostrophe(scalar) {
                part.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "," || scalar == ":", isDigit(before), isDigit(after) {
                continue  // inside a number: "2.5", "1,000"
            } else if scalar == ".", isLetter(before), isLetter(after) {
                continue  // inside an abbreviation: "e.g"
            } else {
                total += partSyllables(part)
                part = ""
            }
        }
        return total + partSyllables(part)
    }

    /// One part of a word between hyphens (or other joiners): letters, digits and apostrophes.
    private static func partSyllables(_ raw: String) -> Int {
        let part = String(String.UnicodeScalarView(raw.unicodeScalars.drop(while: isApostrophe).reversed().drop(while: isApostrophe).reversed()))
        guard !part.isEmpty else { return 0 }
        // Runs of digits are numbers of one syllable; runs of letters are words, except an ending
        // after a number: "1st", "2nd", "1990s".
        let scalars = Array(part.unicodeScalars)
        var total = 0, runStart = 0
        while runStart < scalars.count {
            let isNumber = isDigit(scalars[runStart])
            var runEnd = runStart + 1
            while runEnd < scalars.count, isDigit(scalars[runEnd]) == isNumber { runEnd += 1 }
            let run = String(String.UnicodeScalarView(scalars[runStart..<runEnd]))
            if isNumber {
                total += 1
            } else if runStart == 0 || !numberEndings.contains(run.lowercased()) {
                total += letterSyllables(run)
            }
            runStart = runEnd
        }
        return total
    }

    private static let numberEndings: Set = ["st", "nd", "rd", "th", "s", "'s", "’s"]

    private static func letterSyllables(_ word: String) -> Int {
        let letters = word.unicodeScalars.filter { !isApostrophe($0) }
        guard !letters.isEmpty else { return 0 }
        // Acronyms are ASCII capitals: any other letter rules one out.
        let ascii = letters.allSatisfy(\.isASCII) ? letters.map { UInt8($0.value) } : []
        if let spelled = ascii.withUnsafeBufferPointer(spelledOut(ascii:)) { return spelled }
        let folded = word.unicodeScalars.allSatisfy(\.isASCII)
            ? word.lowercased()
            : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'")
        // "didn't", "isn't", "haven't": the n't is a syllable after a consonant or an e; not in
        // "don't", "can't", "won't".
        if folded.hasSuffix("n't"), folded.count > 3 {
            let stem = String(folded.dropLast(3))
            if stem == "were" { return 1 }
            let extra = stem.last.map { "aiouy".contains($0) } == true ? 0 : 1
            return EnglishSyllables.count(stem) + extra
        }
        return EnglishSyllables.count(folded.replacingOccurrences(of: "'", with: ""))
    }
}
