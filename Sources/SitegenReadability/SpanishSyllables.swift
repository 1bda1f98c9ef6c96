/// Spanish syllables of one word, by the rules of Spanish spelling (RAE, Ortografía de la lengua
/// española, 2010, ch. 1 §4: diphthongs, triphthongs and hiatus), not an English heuristic: Spanish
/// spelling says how a word is syllabified, so a syllable is a vowel group.
///
/// - Vowels are strong (a, e, o, with or without an accent) or weak (i, u, ü; y at the end of a
///   word or before a consonant: "hoy", "Uruguay"). A weak vowel with an accent (í, ú) is said
///   apart from its neighbours and counts as strong.
/// - Two strong vowels are two syllables (hiatus: "a-é-re-o", "le-er"); a weak vowel with a strong
///   one, or two different weak ones, is one (diphthong: "ciu-dad", "pa-cien-te", "rui-do");
///   weak-strong-weak is one (triphthong: "U-ru-guay", "buey"). A weak vowel between two strong
///   ones goes with the second ("a-ia"). Two equal weak vowels are two ("chi-i-ta").
/// - A u after q, or after g before e or i, is not said ("que", "gui-ta-rra"); ü is ("pin-güi-no").
/// - An h between vowels does not part them ("ahu-ma-do", "prohi-bi-do"; "bú-ho" by its accent).
/// - Numbers are one syllable, as in English ("2026"); letters just after a number add nothing
///   ("1.º", "2ª"). Parts joined by hyphens or apostrophes are counted apart.
/// - Capitals that cannot be read as a Spanish word are spelled out by the letters' names
///   ("ADN" a-de-e-ne 4, "IMNM" 7, "VIH" 5); "ONU", "SIDA" are read as words. A block written in
///   capitals is read as words.
/// - Every word has at least one syllable.
///
/// Speed: the letters are classed into `scratch` and counted in one pass; no `String` is made.
enum SpanishSyllables {
    /// A letter's class. Accents on strong vowels do not matter; on weak ones they break diphthongs.
    enum Letter: UInt8 {
        case consonant, h, q, g, strong, e, i, u, stressedI, stressedU, uDiaeresis, y, other

        var isVowel: Bool {
            switch self {
            case .strong, .e, .i, .u, .stressedI, .stressedU, .uDiaeresis: true
            default: false
            }
        }
    }

    /// Syllables of a word's scalars (a `WordSpan` of a block: letters, digits, marks and joiners).
    /// `scratch` has room for as many bytes as the word has scalars. `readAsWords`: a block written
    /// in capitals, whose capitals are not acronyms.
    static func count(_ word: UnsafeBufferPointer<UInt32>, scratch: UnsafeMutablePointer<UInt8>, readAsWords: Bool) -> Int {
        var total = 0
        var index = 0
        let end = word.count
        while index < end {
            // A part: up to a joiner that is not inside a number.
            var partEnd = index
            while partEnd < end {
                let value = word[partEnd]
                if Readability.isWordScalar(value) { partEnd += 1; continue }
                let before = partEnd > index ? word[partEnd - 1] : 0, after = partEnd + 1 < end ? word[partEnd + 1] : 0
                let inNumber = Readability.isDigit(before) && Readability.isDigit(after)
                if value == 0x2E || value == 0x2C || value == 0x3A, inNumber { partEnd += 1; continue }
                break
            }
            total += partSyllables(UnsafeBufferPointer(rebasing: word[index..<partEnd]), scratch: scratch, readAsWords: readAsWords)
            index = partEnd + 1
        }
        return total
    }

    /// Runs of digits are one syllable; runs of letters are words, except letters right after a
    /// number ("1.º", "2ª", "3er").
    private static func partSyllables(_ part: UnsafeBufferPointer<UInt32>, scratch: UnsafeMutablePointer<UInt8>, readAsWords: Bool) -> Int {
        var total = 0
        var runStart = 0
        var afterNumber = false
        while runStart < part.count {
            let isNumber = Readability.isDigit(part[runStart])
            var runEnd = runStart + 1
            while runEnd < part.count {
                let value = part[runEnd]
                // Separators inside a number ("2.5", "1.000") belong to it.
                if isNumber, value == 0x2E || value == 0x2C || value == 0x3A { runEnd += 1; continue }
                if Readability.isDigit(value) != isNumber { break }
                runEnd += 1
            }
            let run = UnsafeBufferPointer(rebasing: part[runStart..<runEnd])
            if isNumber {
                total += 1
                afterNumber = true
            } else if !afterNumber {
                total += letterSyllables(run, scratch: scratch, readAsWords: readAsWords)
            }
            runStart = runEnd
        }
        return total
    }

    /// A run of letters (and combining marks).
    private static func letterSyllables(_ run: UnsafeBufferPointer<UInt32>, scratch: UnsafeMutablePointer<UInt8>, readAsWords: Bool) -> Int {
        var count = 0
        var capitals = 0
        for value in run {
            switch value {
            case 0x301, 0x300:  // combining acute, grave: a stressed weak vowel breaks a diphthong
                if count > 0, scratch[count - 1] == Letter.i.rawValue { scratch[count - 1] = Letter.stressedI.rawValue }
                if count > 0, scratch[count - 1] == Letter.u.rawValue { scratch[count - 1] = Letter.stressedU.rawValue }
            case 0x308:  // combining diaeresis: ü is said; ï marks a hiatus
                if count > 0, scratch[count - 1] == Letter.u.rawValue { scratch[count - 1] = Letter.uDiaeresis.rawValue }
                if count > 0, scratch[count - 1] == Letter.i.rawValue { scratch[count - 1] = Letter.stressedI.rawValue }
            default:
                guard let letter = classify(value), letter != .other else { continue }  // other marks; ª º
                if value &- 0x41 < 26 || (value >= 0xC0 && value <= 0xDE && value != 0xD7) { capitals += 1 }
                scratch[count] = letter.rawValue
                count += 1
            }
        }
        guard count > 0 else { return 0 }
        let letters = UnsafeMutableBufferPointer(start: scratch, count: count)
        if !readAsWords, count >= 2, capitals == count, let spelled = spelledOut(run, letters) { return spelled }
        return max(1, vowelGroups(letters))
    }

    /// The class of a letter, or nil for a scalar that is not one (a combining mark).
    @inline(__always)
    static func classify(_ value: UInt32) -> Letter? {
        switch value | (value < 0x100 ? 0x20 : 0) {  // lower case, for ASCII and Latin-1
        case 0x61, 0x6F, 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6: return .strong  // a o
        case 0x65, 0xE8, 0xE9, 0xEA, 0xEB: return .e
        case 0x69, 0xEE: return .i
        case 0xEC, 0xED, 0xEF: return .stressedI  // ì í ï
        case 0x75, 0xFB: return .u
        case 0xF9, 0xFA: return .stressedU  // ù ú
        case 0xFC: return .uDiaeresis
        case 0x79: return .y
        case 0x68: return .h
        case 0x71: return .q
        case 0x67: return .g
        default:
            if value < 0x80 { return .consonant }
            if value == 0xAA || value == 0xBA { return .other }  // ª º
            let properties = Readability.scalar(value).properties
            return properties.isAlphabetic ? .consonant : nil
        }
    }

    /// Vowel groups of classed letters (changed in place: silent u and consonant y).
    static func vowelGroups(_ w: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = w.count
        func letter(_ k: Int) -> Letter { Letter(rawValue: w[k]) ?? .consonant }
        // Silent u: "que", "quiero"; "guerra", "guitarra", "guía". A y is a vowel (i) at the end
        // of a word or before a consonant, and a consonant before a vowel ("yo", "mayo").
        for k in 0..<n {
            switch letter(k) {
            case .u where k > 0 && letter(k - 1) == .q:
                w[k] = Letter.consonant.rawValue
            case .u where k > 0 && k + 1 < n && letter(k - 1) == .g:
                let next = letter(k + 1)
                if next == .e || next == .i || next == .stressedI { w[k] = Letter.consonant.rawValue }
            case .y:
                let vowelFollows = k + 1 < n && letter(k + 1).isVowel
                w[k] = (vowelFollows ? Letter.consonant : Letter.i).rawValue
            default: break
            }
        }
        var count = 0
        // The vowels of the current group just before this letter (h between vowels is skipped).
        var previous: Letter? = nil, beforePrevious: Letter? = nil
        for k in 0..<n {
            let current = letter(k)
            if current == .h, previous != nil { continue }
            guard current.isVowel else { previous = nil; beforePrevious = nil; continue }
            if let previous {
                if isHiatus(previous, current) || (isStrong(current) && isWeak(previous) && beforePrevious.map(isStrong) == true) {
                    count += 1  // "le-er", "a-é-re-o", "rí-o"; "a-ia"
                }
            } else {
                count += 1
            }
            beforePrevious = previous
            previous = current
        }
        return count
    }

    /// a, e, o, and í, ú (an accent makes a weak vowel stand alone).
    @inline(__always) private static func isStrong(_ letter: Letter) -> Bool {
        letter == .strong || letter == .e || letter == .stressedI || letter == .stressedU
    }

    @inline(__always) private static func isWeak(_ letter: Letter) -> Bool {
        letter == .i || letter == .u || letter == .uDiaeresis
    }

    /// Two vowels said in two syllables: two strong ones (an accented weak vowel counts as strong
    /// next to a strong one), or the same weak vowel twice ("chiita", "duunviro"). A weak vowel
    /// and an accented one ("huí", "construí") are one syllable, as the spelling rules count them.
    private static func isHiatus(_ first: Letter, _ second: Letter) -> Bool {
        let firstStressedWeak = first == .stressedI || first == .stressedU
        let secondStressedWeak = second == .stressedI || second == .stressedU
        if firstStressedWeak, isWeak(second) { return false }
        if secondStressedWeak, isWeak(first) { return false }
        if isStrong(first), isStrong(second) { return true }
        return (first == .i && second == .i) || (first == .u && second == .u)
    }

    // MARK: - Acronyms

    /// Syllables of capitals spelled out by the letters' Spanish names, or nil for capitals read
    /// as a word. They are spelled when they have no vowel, or end in two consonants or in a
    /// consonant no Spanish word ends in ("ADN", "OMS", "IMNM", "VIH").
    private static func spelledOut(_ run: UnsafeBufferPointer<UInt32>, _ letters: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        func isVowel(_ value: UInt8) -> Bool { (Letter(rawValue: value) ?? .consonant).isVowel }
        let n = letters.count
        let hasVowel = letters.contains(where: isVowel)
        var lastLetter: UInt32 = 0
        for value in run.reversed() where classify(value) != nil { lastLetter = value | 0x20; break }
        let wordFinal: Set<UInt32> = [0x64, 0x6A, 0x6C, 0x6E, 0x72, 0x73, 0x78, 0x7A, 0x79]  // d j l n r s x z y
        let endsInTwoConsonants = !isVowel(letters[n - 1]) && !isVowel(letters[n - 2])
        let readable = hasVowel && !endsInTwoConsonants && (isVowel(letters[n - 1]) || wordFinal.contains(lastLetter))
        if readable { return nil }
        var total = 0
        for value in run {
            guard classify(value) != nil else { continue }
            total += letterNameSyllables(value | 0x20)
        }
        return total
    }

    /// "a", "be", "ce", "de", "e", "efe", "ge", "hache", "i", "jota", "ka", "ele", "eme", "ene",
    /// "eñe", "o", "pe", "cu", "erre", "ese", "te", "u", "uve", "uve doble", "equis", "ye", "zeta".
    private static func letterNameSyllables(_ lower: UInt32) -> Int {
        switch lower {
        case 0x66, 0x68, 0x6A, 0x6C, 0x6D, 0x6E, 0xF1, 0x72, 0x73, 0x76, 0x78, 0x7A: return 2  // f h j l m n ñ r s v x z
        case 0x77: return 4  // w: "uve doble"
        default: return 1
        }
    }
}

extension Readability {
    /// Spanish syllable count of one word (`SpanishSyllables`): "músculo" 3, "aéreo" 4, "ciudad" 2.
    public static func spanishSyllables(in word: String) -> Int {
        let scalars = word.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count + 1) { scratch in
                SpanishSyllables.count(scalars, scratch: scratch.baseAddress!, readAsWords: false)
            }
        }
    }
}
