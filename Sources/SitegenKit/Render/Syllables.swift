/// An English syllable counter that needs no dictionary file: vowel groups with corrections for
/// the spellings where letters and syllables part ways, and a small table of exceptions.
///
/// It is tuned to agree with the first pronunciation of the CMU Pronouncing Dictionary (the
/// dictionary Python's textstat uses) on running English text. See docs/readability.md for the
/// rules and how well they agree.
enum EnglishSyllables {
    /// Syllables in one word of lowercase ASCII letters (other characters count as consonants).
    /// Every word has at least one syllable.
    static func count(_ word: String) -> Int {
        let letters = Array(word.utf8)
        guard !letters.isEmpty else { return 0 }
        if let known = exceptions[word] { return known }
        // The plural of an exception: "elements", "creates".
        if letters.count > 3, letters.last == s, let known = exceptions[String(word.dropLast())] {
            return known + (sibilantBeforeE(Array(letters.dropLast())) ? 1 : 0)
        }
        if let split = compoundSplit(letters) {
            return max(1, vowelGroups(split.stem, wordEnd: false)) + count(String(decoding: split.rest, as: UTF8.self))
        }
        return max(1, vowelGroups(letters))
    }

    // MARK: - Letters

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
    private static let s = UInt8(ascii: "s"), l = UInt8(ascii: "l"), r = UInt8(ascii: "r")
    private static let d = UInt8(ascii: "d"), t = UInt8(ascii: "t"), n = UInt8(ascii: "n")
    private static let g = UInt8(ascii: "g"), c = UInt8(ascii: "c"), h = UInt8(ascii: "h")
    private static let q = UInt8(ascii: "q"), x = UInt8(ascii: "x"), z = UInt8(ascii: "z")
    private static let m = UInt8(ascii: "m"), p = UInt8(ascii: "p"), f = UInt8(ascii: "f"), v = UInt8(ascii: "v")

    private static func isPlainVowel(_ letter: UInt8) -> Bool {
        letter == a || letter == e || letter == i || letter == o || letter == u
    }

    private static func isConsonant(_ letter: UInt8) -> Bool {
        !isPlainVowel(letter) && letter != y
    }

    /// Whether a word ending in `…e` (or whose last letter precedes a plural `s`) ends in a hissing
    /// sound, so that `-es` or `'s` after it is a syllable: "cause", "choice", "change", "box".
    private static func sibilantBeforeE(_ letters: [UInt8]) -> Bool {
        var end = letters.count
        if end > 0, letters[end - 1] == e { end -= 1 }
        guard end > 0 else { return false }
        let last = letters[end - 1]
        if last == s || last == z || last == x || last == c || last == g { return true }
        if last == h, end > 1, letters[end - 2] == c || letters[end - 2] == s { return true }
        return false
    }

    // MARK: - Vowel groups

    /// Which letters are vowels: a e i o u, and y except where it is a consonant (at the start of a
    /// word before a vowel, "yes"; between vowels, "beyond", "player"); u after q is a consonant.
    private static func vowelMask(_ w: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: w.count)
        for k in w.indices {
            let letter = w[k]
            if letter == y {
                let next = k + 1 < w.count ? w[k + 1] : 0
                let nextIsVowel = isPlainVowel(next)
                if k == 0 {
                    mask[k] = !nextIsVowel
                } else {
                    mask[k] = !(nextIsVowel && isPlainVowel(w[k - 1]))
                }
            } else if letter == u, k > 0, w[k - 1] == q {
                mask[k] = false
            } else {
                mask[k] = isPlainVowel(letter)
            }
        }
        return mask
    }

    /// Whether two adjacent vowels at `k - 1` and `k` are said as two syllables (hiatus):
    /// "me-di-a", "ra-di-o", "vi-de-o", "ac-tu-al", "flu-ent", "qui-et", "eas-i-er".
    private static func isHiatus(_ w: [UInt8], _ k: Int) -> Bool {
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
            let earlier = w[..<max(0, k - 2)].contains(where: isPlainVowel)
            if after == r, earlier, atEndAfter(w, k + 2) || isSuffix(w, from: k + 2, "s") { return true }
            if after == s, afterNext == t, atEndAfter(w, k + 3) { return true }
            return false
        case (e, a):
            // A final "-ea(s)" after another syllable: "idea", "areas", "apnea"; "linear";
            // "realize", "realistic".
            let earlier = w[..<(k - 1)].contains(where: isPlainVowel)
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

    private static func atEndAfter(_ w: [UInt8], _ index: Int) -> Bool { index >= w.count }

    private static func isSuffix(_ w: [UInt8], from index: Int, _ suffix: StaticString) -> Bool {
        index <= w.count && w.count - index == suffix.utf8CodeUnitCount && hasSuffix(w, suffix)
    }

    private static func hasSuffix(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        let start = w.count - count
        for k in 0..<count where w[start + k] != suffix.utf8Start[k] { return false }
        return true
    }

    private static func hasPrefix(_ w: [UInt8], _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        for k in 0..<count where w[k] != prefix.utf8Start[k] { return false }
        return true
    }

    private static func hasPrefix(_ w: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        for k in 0..<count where w[w.startIndex + k] != prefix.utf8Start[k] { return false }
        return true
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
    private static func prefixHiatus(_ w: [UInt8]) -> Int? {
        for entry in hiatusPrefixes where hasPrefix(w, entry.prefix) && w.count > entry.prefix.utf8CodeUnitCount + 2 {
            let rest = w[entry.prefix.utf8CodeUnitCount...]
            guard entry.followedBy.contains(where: { hasPrefix(rest, $0) }),
                  !entry.except.contains(where: { hasPrefix(w, $0) }) else { continue }
            return entry.prefix.utf8CodeUnitCount
        }
        return nil
    }

    /// Vowel groups, corrected for silent and extra syllables. `wordEnd` is false for the first
    /// part of a compound ("require" in "requirement"), where word-final rules do not apply.
    static func vowelGroups(_ w: [UInt8], wordEnd: Bool = true) -> Int {
        let mask = vowelMask(w)
        let prefixBoundary = prefixHiatus(w)
        var count = 0
        // Index of the first letter of each group, to know whether an "e" stands on its own.
        var groupStart = [Bool](repeating: false, count: w.count)
        for k in w.indices where mask[k] {
            if k == 0 || !mask[k - 1] || k == prefixBoundary || isHiatus(w, k) {
                count += 1
                groupStart[k] = true
            }
        }
        let last = w.count - 1
        func consonantAt(_ index: Int) -> Bool { index >= 0 && !mask[index] }

        // Silent final e: "make", "require"; kept in "-le" and "-re" after a consonant ("table",
        // "centre") and in words of one vowel group ("the", "be").
        if count > 1, w[last] == e, groupStart[last] {
            let syllabic = (w[last - 1] == l || w[last - 1] == r) && consonantAt(last - 2) && w[last - 2] != w[last - 1]
            if !syllabic { count -= 1 }
        }
        // Silent "-es": "makes", "times"; but a syllable after a hissing sound ("causes",
        // "changes", "boxes") and in "-les"/"-res" after a consonant ("tables", "acres").
        if count > 1, w.count >= 3, w[last] == s, w[last - 1] == e, groupStart[last - 1] {
            let stem = Array(w[..<(last - 1)])
            let syllabic = ((w[last - 2] == l || w[last - 2] == r) && consonantAt(last - 3) && w[last - 3] != w[last - 2])
            if !syllabic && !sibilantBeforeE(stem) { count -= 1 }
        }
        // Silent "-ed": "used", "called"; but a syllable after t or d ("started", "needed") and in
        // "-led" after a consonant ("settled").
        if count > 1, w.count >= 3, w[last] == d, w[last - 1] == e, groupStart[last - 1] {
            let before = w[last - 2]
            let syllabic = before == t || before == d || (before == l && consonantAt(last - 3) && w[last - 3] != l)
            if !syllabic { count -= 1 }
        }
        // "-ing" after a vowel is a syllable of its own: "being", "going", "trying".
        for suffix: StaticString in ["ing", "ings"] where hasSuffix(w, suffix) {
            let index = w.count - suffix.utf8CodeUnitCount
            if index > 0, mask[index - 1], !groupStart[index] { count += 1 }
        }
        // "-gue" after a vowel or n is one syllable with the vowel before: "fatigue", "league",
        // "tongue", "catalogue(s)"; but "argue".
        for suffix: StaticString in ["gue", "gues", "gued"] where hasSuffix(w, suffix) && w.count > suffix.utf8CodeUnitCount {
            let before = w[w.count - suffix.utf8CodeUnitCount - 1]
            if isPlainVowel(before) || before == n { count -= 1 }
        }
        // "-ble" verbs keep their syllable before "-ing": "enabling", "troubling".
        if hasSuffix(w, "abling") || hasSuffix(w, "ablings") { count += 1 }
        // "-ically" is said "-ic-ly": "automatically", "typically".
        if hasSuffix(w, "ically") { count -= 1 }
        // "-ism", "-asm", "-thm": the m is a syllable ("autism", "spasm", "algorithm").
        for suffix: StaticString in ["ism", "isms", "asm", "asms", "ysm", "ysms", "thm", "thms"]
        where hasSuffix(w, suffix) && w.count > suffix.utf8CodeUnitCount {
            count += 1
        }
        guard wordEnd else { return count }
        // "fire", "require", "hour", "our" are two syllables in the CMU dictionary: "-ire", "-our".
        for suffix: StaticString in ["ire", "ires", "ired", "iring"] where hasSuffix(w, suffix) {
            let index = w.count - suffix.utf8CodeUnitCount
            if index > 0, !mask[index - 1] { count += 1 }  // not "pairing"
        }
        if isSuffix(w, from: 0, "our") || isSuffix(w, from: 0, "ours") || hasSuffix(w, "hour") || hasSuffix(w, "hours") {
            count += 1
        }
        // "uou": "continuous", "ambiguous".
        for k in 2..<max(2, w.count) where w[k - 2] == u && w[k - 1] == o && w[k] == u {
            count += 1
        }
        return count
    }

    // MARK: - Compounds

    /// Word endings that are syllables of their own, after which a stem's silent e stays silent:
    /// "complete-ly", "state-ment", "care-ful", "some-thing", "there-fore".
    private static let freeEndings: [StaticString] = [
        "lessly", "fulness", "fully", "ments", "ness", "ment", "less", "ful", "ly", "ty",
        "things", "thing", "times", "time", "where", "ones", "one", "body", "fore", "wise", "line", "lines",
        "books", "book", "names", "name", "works", "work", "what", "by", "of", "over", "out", "hand",
        "ground", "styles", "style", "pages", "page",
    ]

    private static func compoundSplit(_ w: [UInt8]) -> (stem: [UInt8], rest: [UInt8])? {
        for ending in freeEndings where hasSuffix(w, ending) {
            let stem = Array(w[..<(w.count - ending.utf8CodeUnitCount)])
            guard stem.count >= 3, stem.last == e else { continue }
            let beforeE = stem[stem.count - 2]
            let quGu = beforeE == u && (stem[stem.count - 3] == q || stem[stem.count - 3] == g)  // "unique-ly"
            guard isConsonant(beforeE) || quGu else { continue }
            // "-le", "-re" after a consonant are syllables ("simple", "centre"), and "-the" is
            // part of "nevertheless".
            if beforeE == l || beforeE == r || beforeE == h, isConsonant(stem[stem.count - 3]) { continue }
            guard stem[..<(stem.count - 2)].contains(where: { isPlainVowel($0) || $0 == y }) else { continue }
            return (stem, Array(w[(w.count - ending.utf8CodeUnitCount)...]))
        }
        return nil
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
