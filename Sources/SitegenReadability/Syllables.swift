/// An English syllable counter that needs no dictionary file: vowel groups with corrections for
/// the spellings where letters and syllables part ways, and a small table of exceptions.
///
/// It is tuned to agree with the first pronunciation of the CMU Pronouncing Dictionary (the
/// dictionary Python's textstat uses) on running English text. See docs/readability.md for the
/// rules and how well they agree.
///
/// Speed: the reading-level scorer calls this for every word of every page, so the rules work on
/// the word's UTF-8 bytes in place (`Letters`, a buffer pointer) and never make a `String`, an
/// array or a dictionary lookup with a `String` key: exceptions are found in a hash table keyed by
/// the packed bytes (`PackedWord`), and suffixes are tested on the last eight letters packed into
/// one integer (`Suffix`). The `String` entry point is kept for words outside ASCII.
enum EnglishSyllables {
    /// A word's letters: lowercase ASCII in practice (other bytes count as consonants).
    typealias Letters = UnsafeBufferPointer<UInt8>

    /// Syllables in one word of lowercase letters (other characters count as consonants). Every
    /// word has at least one syllable.
    static func count(_ word: String) -> Int {
        var word = word
        if word.isASCII {
            return word.withUTF8 { count($0) }
        }
        // Letters that accent folding keeps ("ß", "æ"). `String` equality is by canonical
        // equivalence, so the exceptions are looked up as `String`s here, as they always were.
        let letters = Array(word.utf8)
        if let known = exceptions[word] { return known }
        if letters.count > 3, letters.last == s, let known = exceptions[String(word.dropLast())] {
            return letters.withUnsafeBufferPointer { known + (sibilantBeforeE(Letters(rebasing: $0.dropLast())) ? 1 : 0) }
        }
        return letters.withUnsafeBufferPointer { rules($0) }
    }

    /// `count(_:)` on ASCII bytes.
    static func count(_ w: Letters) -> Int {
        guard !w.isEmpty else { return 0 }
        if let known = exception(w) { return known }
        // The plural of an exception: "elements", "creates".
        if w.count > 3, w[w.count - 1] == s {
            let singular = Letters(rebasing: w.dropLast())
            if let known = exception(singular) { return known + (sibilantBeforeE(singular) ? 1 : 0) }
        }
        return rules(w)
    }

    /// The count of a word that is not an exception: a compound's parts apart, else vowel groups.
    private static func rules(_ w: Letters) -> Int {
        if let stemCount = compoundStem(w) {
            return max(1, vowelGroups(Letters(rebasing: w[..<stemCount]), wordEnd: false))
                + count(Letters(rebasing: w[stemCount...]))
        }
        return max(1, vowelGroups(w))
    }

    // MARK: - Letters

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
    private static let s = UInt8(ascii: "s"), l = UInt8(ascii: "l"), r = UInt8(ascii: "r")
    private static let d = UInt8(ascii: "d"), t = UInt8(ascii: "t"), n = UInt8(ascii: "n")
    private static let g = UInt8(ascii: "g"), c = UInt8(ascii: "c"), h = UInt8(ascii: "h")
    private static let q = UInt8(ascii: "q"), x = UInt8(ascii: "x"), z = UInt8(ascii: "z")
    private static let m = UInt8(ascii: "m"), p = UInt8(ascii: "p"), f = UInt8(ascii: "f"), v = UInt8(ascii: "v")

    /// a e i o u: one bit per letter of the alphabet, tested with a shift instead of five compares.
    @inline(__always)
    private static func isPlainVowel(_ letter: UInt8) -> Bool {
        let index = letter &- a
        return index < 26 && (0x10_4111 as UInt32) >> UInt32(index) & 1 != 0
    }

    @inline(__always)
    private static func isConsonant(_ letter: UInt8) -> Bool {
        !isPlainVowel(letter) && letter != y
    }

    /// Whether `w[..<end]` has one of a e i o u.
    private static func hasPlainVowel(_ w: Letters, before end: Int) -> Bool {
        w[..<end].contains(where: isPlainVowel)
    }

    /// Whether a word ending in `…e` (or whose last letter precedes a plural `s`) ends in a hissing
    /// sound, so that `-es` or `'s` after it is a syllable: "cause", "choice", "change", "box".
    private static func sibilantBeforeE(_ letters: Letters) -> Bool {
        var end = letters.count
        if end > 0, letters[end - 1] == e { end -= 1 }
        guard end > 0 else { return false }
        let last = letters[end - 1]
        if last == s || last == z || last == x || last == c || last == g { return true }
        if last == h, end > 1, letters[end - 2] == c || letters[end - 2] == s { return true }
        return false
    }

    // MARK: - Prefixes and suffixes

    /// A word ending of up to eight letters, packed like `tail(of:)`: the last letter in the lowest
    /// byte. `w` ends with it when `tail(of: w) & mask == bits`, one test instead of a loop.
    struct Suffix {
        let bits: UInt64, mask: UInt64, length: Int

        init(_ text: StaticString) {
            precondition(text.utf8CodeUnitCount <= 8, "a Suffix has at most 8 letters")
            length = text.utf8CodeUnitCount
            var bits: UInt64 = 0
            for k in 0..<length { bits |= UInt64(text.utf8Start[length - 1 - k]) << UInt64(8 * k) }
            self.bits = bits
            mask = length == 8 ? ~0 : (1 << UInt64(8 * length)) - 1
        }

        /// Whether a word of `count` letters whose `tail(of:)` is `tail` ends with this suffix.
        @inline(__always)
        func ends(_ tail: UInt64, count: Int) -> Bool {
            count >= length && tail & mask == bits
        }
    }

    /// The last eight letters of `w` (fewer if it is shorter), the last one in the lowest byte.
    @inline(__always)
    static func tail(of w: Letters) -> UInt64 {
        var tail: UInt64 = 0
        var k = 0
        let count = w.count, end = min(count, 8)
        while k < end {
            tail |= UInt64(w[count - 1 - k]) << UInt64(8 &* k)
            k += 1
        }
        return tail
    }

    /// Whether `w[index...]` is exactly `suffix`.
    @inline(__always)
    private static func isSuffix(_ w: Letters, _ tail: UInt64, from index: Int, _ suffix: Suffix) -> Bool {
        index <= w.count && w.count - index == suffix.length && suffix.ends(tail, count: w.count)
    }

    private static func hasPrefix(_ w: Letters, _ prefix: StaticString, at start: Int = 0) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard w.count - start >= count else { return false }
        for k in 0..<count where w[start + k] != prefix.utf8Start[k] { return false }
        return true
    }

    /// The endings that the vowel-group corrections test, packed once.
    private struct Endings {
        let ingSuffixes = [Suffix("ing"), Suffix("ings")]
        let gueSuffixes = [Suffix("gue"), Suffix("gues"), Suffix("gued")]
        let abling = Suffix("abling"), ablings = Suffix("ablings"), ically = Suffix("ically")
        let syllabicM = [Suffix("ism"), Suffix("isms"), Suffix("asm"), Suffix("asms"), Suffix("ysm"), Suffix("ysms"), Suffix("thm"), Suffix("thms")]
        let ire = [Suffix("ire"), Suffix("ires"), Suffix("ired"), Suffix("iring")]
        let our = Suffix("our"), ours = Suffix("ours"), hour = Suffix("hour"), hours = Suffix("hours")
        let s = Suffix("s")
    }

    private static let endings = Endings()

    // MARK: - Vowel groups

    /// Whether the letter at `k` is a vowel: a e i o u, and y except where it is a consonant (at the
    /// start of a word before a vowel, "yes"; between vowels, "beyond", "player"); u after q is a
    /// consonant. It depends only on the letters next to it, so it is worked out where needed
    /// rather than stored for the whole word.
    @inline(__always)
    private static func isVowel(_ w: Letters, _ k: Int) -> Bool {
        let letter = w[k]
        if letter == y {
            let next = k + 1 < w.count ? w[k + 1] : 0
            let nextIsVowel = isPlainVowel(next)
            if k == 0 { return !nextIsVowel }
            return !(nextIsVowel && isPlainVowel(w[k - 1]))
        }
        if letter == u, k > 0, w[k - 1] == q { return false }
        return isPlainVowel(letter)
    }

    /// Whether two adjacent vowels at `k - 1` and `k` are said as two syllables (hiatus):
    /// "me-di-a", "ra-di-o", "vi-de-o", "ac-tu-al", "flu-ent", "qui-et", "eas-i-er".
    private static func isHiatus(_ w: Letters, _ k: Int) -> Bool {
        let first = w[k - 1], second = w[k]
        let before: UInt8 = k >= 2 ? w[k - 2] : 0
        let after: UInt8 = k + 1 < w.count ? w[k + 1] : 0
        let afterNext: UInt8 = k + 2 < w.count ? w[k + 2] : 0
        let atEnd = k + 1 == w.count
        let palatal = before == c || before == t || before == s || before == g || before == x
        switch (first, second) {
        case (i, a):
            // "-cial", "-tian", "-sia" are one syllable; "media", "trial", "appreciate" two;
            // "familiar", "peculiar" one.
            if palatal, atEnd || after == l || after == n { return false }
            if before == l, after == r, k >= 3 { return false }
            if after == g, afterNext == e { return false }  // "marriage", "carriage"
            return true
        case (i, o):
            // "-tion", "-sion", "-gion" are one syllable; "radio", "ratio(s)", "period" two.
            let final = atEnd || (after == s && k + 2 == w.count)
            if palatal, !final { return false }
            if before == h, k >= 3, w[k - 3] == s { return false }  // "fashion", "cushion"
            // "million", "union", "opinion"; but "lion".
            if before == n || before == l, after == n, k >= 3 { return false }
            // "-ior" is one syllable ("senior", "behavior") except after r ("superior", "prior").
            let r2 = after == r || (after == u && afterNext == r)  // "-ior", "-iour"
            if r2, before != r { return false }
            return true
        case (i, u):
            return true  // "medium", "premium"
        case (e, o):
            // "video", "geography"; but "surgeon", "gorgeous", "people".
            if before == g || before == c, k >= 3 { return false }
            if before == p, after == p || after == l { return false }
            return true
        case (u, a):
            return before != g  // "actual", "usual"; but "language", "guard"
        case (u, e):
            // "fluent", "cruel", "influence", "issuer"; but "guess", "blue", "value".
            return before != g && (after == n || after == l || after == t || after == r)
        case (u, i):
            // "fluid", "ruin", "genuine", "continuity"; but "build", "suit", "guide".
            return before != g && (after == d || after == n || (after == t && afterNext == y))
        case (i, e):
            // "quiet", "diet", "society"; "client", "science", "audience"; "easier", "earliest".
            if after == t { return true }
            if after == n, afterNext == t || afterNext == c || afterNext == s {
                // "patient", "transient", "convenient" have one; "efficient" one, "science" two.
                if before == t || before == s || before == n { return false }
                if before == c { return k >= 3 && w[k - 3] == s }
                return true
            }
            let earlier = hasPlainVowel(w, before: max(0, k - 2))
            if after == r, earlier, k + 2 >= w.count || isSuffix(w, tail(of: w), from: k + 2, endings.s) { return true }
            if after == s, afterNext == t, k + 3 >= w.count { return true }
            return false
        case (e, a):
            // A final "-ea(s)" after another syllable: "idea", "areas", "apnea"; "linear";
            // "realize", "realistic".
            let earlier = hasPlainVowel(w, before: k - 1)
            if earlier, atEnd || (after == s && k + 2 == w.count) { return true }
            if earlier, before == n, after == r, k + 2 == w.count { return true }
            return k == 2 && hasPrefix(w, "reali")
        case (o, e):
            // "poem", "poet", "coexist", "whoever".
            return after == m || after == t || after == x || after == f || after == v
        case (y, o), (y, e), (y, a):
            // "embryo", "myopathy", "dryer", "cyan": y after a consonant is a vowel of its own;
            // not after w ("lawyer").
            return k >= 2 && isConsonant(before) && before != UInt8(ascii: "w")
        default:
            return false
        }
    }

    /// Prefixes whose vowel and the stem's first vowel are two syllables: "re-act", "re-use",
    /// "co-operate", "pre-existing", "de-activate". Each entry is the prefix, the letters that
    /// must follow it, and words that start the same way without a prefix ("reach").
    private static let hiatusPrefixes: [(prefix: StaticString, followedBy: [StaticString], except: [StaticString])] = [
        ("re", ["ac", "u", "in", "o", "ex", "en", "ev", "ass", "app"], ["reach", "reindeer"]),
        ("co", ["ord", "oper", "ex", "ag", "ax", "ali"], []),
        ("pre", ["ex", "op", "em", "en"], []),
        ("de", ["ac", "od", "ox"], []),
    ]

    /// The index of a stem's first vowel after a prefix that stands apart from it, if any.
    private static func prefixHiatus(_ w: Letters) -> Int? {
        // Every prefix starts with r, c, p or d: most words are ruled out by their first letter.
        guard let first = w.first, first == r || first == c || first == p || first == d else { return nil }
        for entry in hiatusPrefixes where hasPrefix(w, entry.prefix) && w.count > entry.prefix.utf8CodeUnitCount + 2 {
            let length = entry.prefix.utf8CodeUnitCount
            guard entry.followedBy.contains(where: { hasPrefix(w, $0, at: length) }),
                  !entry.except.contains(where: { hasPrefix(w, $0) }) else { continue }
            return length
        }
        return nil
    }

    /// Vowel groups, corrected for silent and extra syllables. `wordEnd` is false for the first
    /// part of a compound ("require" in "requirement"), where word-final rules do not apply.
    static func vowelGroups(_ w: Letters, wordEnd: Bool = true) -> Int {
        let prefixBoundary = prefixHiatus(w) ?? -1
        /// Whether the vowel at `k` starts a group (a syllable): an "e" on its own, say.
        func startsGroup(_ k: Int) -> Bool {
            isVowel(w, k) && (k == 0 || !isVowel(w, k - 1) || k == prefixBoundary || isHiatus(w, k))
        }
        var count = 0
        var previousIsVowel = false
        for k in 0..<w.count {
            let vowel = isVowel(w, k)
            if vowel, k == 0 || !previousIsVowel || k == prefixBoundary || isHiatus(w, k) {
                count += 1
            }
            previousIsVowel = vowel
        }
        let last = w.count - 1
        func consonantAt(_ index: Int) -> Bool { index >= 0 && !isVowel(w, index) }

        // Silent final e: "make", "require"; kept in "-le" and "-re" after a consonant ("table",
        // "centre") and in words of one vowel group ("the", "be").
        if count > 1, w[last] == e, startsGroup(last) {
            let syllabic = (w[last - 1] == l || w[last - 1] == r) && consonantAt(last - 2) && w[last - 2] != w[last - 1]
            if !syllabic { count -= 1 }
        }
        // Silent "-es": "makes", "times"; but a syllable after a hissing sound ("causes",
        // "changes", "boxes") and in "-les"/"-res" after a consonant ("tables", "acres").
        if count > 1, w.count >= 3, w[last] == s, w[last - 1] == e, startsGroup(last - 1) {
            let syllabic = ((w[last - 2] == l || w[last - 2] == r) && consonantAt(last - 3) && w[last - 3] != w[last - 2])
            if !syllabic && !sibilantBeforeE(Letters(rebasing: w[..<(last - 1)])) { count -= 1 }
        }
        // Silent "-ed": "used", "called"; but a syllable after t or d ("started", "needed") and in
        // "-led" after a consonant ("settled").
        if count > 1, w.count >= 3, w[last] == d, w[last - 1] == e, startsGroup(last - 1) {
            let before = w[last - 2]
            let syllabic = before == t || before == d || (before == l && consonantAt(last - 3) && w[last - 3] != l)
            if !syllabic { count -= 1 }
        }
        let tail = tail(of: w), endings = Self.endings
        // "-ing" after a vowel is a syllable of its own: "being", "going", "trying".
        for suffix in endings.ingSuffixes where suffix.ends(tail, count: w.count) {
            let index = w.count - suffix.length
            if index > 0, isVowel(w, index - 1), !startsGroup(index) { count += 1 }
        }
        // "-gue" after a vowel or n is one syllable with the vowel before: "fatigue", "league",
        // "tongue", "catalogue(s)"; but "argue".
        for suffix in endings.gueSuffixes where suffix.ends(tail, count: w.count) && w.count > suffix.length {
            let before = w[w.count - suffix.length - 1]
            if isPlainVowel(before) || before == n { count -= 1 }
        }
        // "-ble" verbs keep their syllable before "-ing": "enabling", "troubling".
        if endings.abling.ends(tail, count: w.count) || endings.ablings.ends(tail, count: w.count) { count += 1 }
        // "-ically" is said "-ic-ly": "automatically", "typically".
        if endings.ically.ends(tail, count: w.count) { count -= 1 }
        // "-ism", "-asm", "-thm": the m is a syllable ("autism", "spasm", "algorithm").
        for suffix in endings.syllabicM where suffix.ends(tail, count: w.count) && w.count > suffix.length {
            count += 1
        }
        guard wordEnd else { return count }
        // "fire", "require", "hour", "our" are two syllables in the CMU dictionary: "-ire", "-our".
        for suffix in endings.ire where suffix.ends(tail, count: w.count) {
            let index = w.count - suffix.length
            if index > 0, !isVowel(w, index - 1) { count += 1 }  // not "pairing"
        }
        if isSuffix(w, tail, from: 0, endings.our) || isSuffix(w, tail, from: 0, endings.ours)
            || endings.hour.ends(tail, count: w.count) || endings.hours.ends(tail, count: w.count) {
            count += 1
        }
        // "uou": "continuous", "ambiguous".
        var k = 2
        while k < w.count {
            if w[k - 2] == u && w[k - 1] == o && w[k] == u { count += 1 }
            k += 1
        }
        return count
    }

    // MARK: - Compounds

    /// Word endings that are syllables of their own, after which a stem's silent e stays silent:
    /// "complete-ly", "state-ment", "care-ful", "some-thing", "there-fore". The first that fits
    /// wins, so the order matters ("care-lessly", not "careless-ly").
    private static let freeEndings: [StaticString] = [
        "lessly", "fulness", "fully", "ments", "ness", "ment", "less", "ful", "ly", "ty",
        "things", "thing", "times", "time", "where", "ones", "one", "body", "fore", "wise", "line", "lines",
        "books", "book", "names", "name", "works", "work", "what", "by", "of", "over", "out", "hand",
        "ground", "styles", "style", "pages", "page",
    ]

    /// `freeEndings` packed, grouped by their last letter (in their order within a group), so that a
    /// word is tested only against the endings that end with its own last letter.
    private static let freeEndingsByLastLetter: [[Suffix]] = {
        var groups = [[Suffix]](repeating: [], count: 128)
        for ending in freeEndings {
            groups[Int(ending.utf8Start[ending.utf8CodeUnitCount - 1])].append(Suffix(ending))
        }
        return groups
    }()

    /// The length of the stem of a compound ("complete" in "completely"), or nil.
    private static func compoundStem(_ w: Letters) -> Int? {
        guard let lastLetter = w.last, lastLetter < 128 else { return nil }
        let candidates = freeEndingsByLastLetter[Int(lastLetter)]
        guard !candidates.isEmpty else { return nil }
        let tail = tail(of: w)
        for ending in candidates where ending.ends(tail, count: w.count) {
            let stemCount = w.count - ending.length
            guard stemCount >= 3, w[stemCount - 1] == e else { continue }
            let beforeE = w[stemCount - 2]
            let quGu = beforeE == u && (w[stemCount - 3] == q || w[stemCount - 3] == g)  // "unique-ly"
            guard isConsonant(beforeE) || quGu else { continue }
            // "-le", "-re" after a consonant are syllables ("simple", "centre"), and "-the" is
            // part of "nevertheless".
            if beforeE == l || beforeE == r || beforeE == h, isConsonant(w[stemCount - 3]) { continue }
            var hasVowel = false
            for k in 0..<(stemCount - 2) where isPlainVowel(w[k]) || w[k] == y { hasVowel = true; break }
            guard hasVowel else { continue }
            return stemCount
        }
        return nil
    }

    // MARK: - Exception lookup

    /// `exceptions` by packed bytes, for looking words up without making a `String`.
    private static let exceptionTable: PackedWordTable = {
        var table = PackedWordTable(minimumCapacity: exceptions.count)
        for (word, count) in exceptions {
            var word = word
            let key = word.withUTF8 { PackedWord($0) }
            guard let key, word.isASCII else {
                preconditionFailure("exceptions are ASCII words of at most \(PackedWord.maximumLength) letters: \(word)")
            }
            table.insert(key, count)
        }
        return table
    }()

    @inline(__always)
    private static func exception(_ w: Letters) -> Int? {
        guard let key = PackedWord(w) else { return nil }  // longer than any exception
        return exceptionTable.value(for: key)
    }

    // MARK: - Exceptions

    /// Frequent words the rules get wrong, and medical words on the site's pages that they get
    /// wrong. Counts are the first pronunciation in the CMU Pronouncing Dictionary except where a
    /// comment says otherwise. A word's plural or possessive in -s is covered too.
    static let exceptions: [String: Int] = [
        // A final e that is said ("recipe") or a final -ed that is part of the stem ("hundred").
        "maybe": 2, "recipe": 3, "acne": 2, "apostrophe": 4, "catastrophe": 4, "epitome": 4,
        "hyperbole": 4, "cafe": 2, "karate": 3, "adobe": 3,
        "hundred": 2, "sacred": 2, "naked": 2, "wicked": 2,
        // Vowels said apart where the rules join them, or joined where they split them.
        "create": 2, "created": 3, "creates": 2, "creating": 3, "creation": 3, "creative": 3, "creator": 3,
        "element": 3, "elements": 3, "theory": 2, "whereas": 2,
        // Syllables most speakers drop ("bus'ness", "sev'ral") and the CMU dictionary leaves out.
        "business": 2, "several": 2, "interest": 2, "interested": 3, "interesting": 3, "evening": 2,
        "chocolate": 2, "everyone": 3, "everything": 3, "especially": 3,
        // Abbreviations said in full.
        "etc": 4, "vs": 2,
        // Medical words on the site (not in the CMU dictionary: syllables from Merriam-Webster).
        "creatine": 3, "creatinine": 4, "physiotherapy": 6,
        "autoimmune": 4,  // au-to-im-mune; the CMU dictionary has 3 ("au-toi-mune")
    ]
}
