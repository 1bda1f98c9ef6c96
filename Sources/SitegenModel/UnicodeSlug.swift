import Foundation

/// `Slug.make` for text that is not all ASCII: letters and digits of every script are kept.
///
/// Each letter is taken apart into its base and its marks (compatibility decomposition, so `ﬁ`,
/// `Ａ`, `²` and `µ` become `fi`, `a`, `2` and `μ`), lowercased, and put back together (NFC).
/// A mark on a Latin letter is an accent and is dropped; a mark on a letter of another script is
/// part of the letter (Greek tonos, Devanagari vowel signs, Hebrew points) and is kept. The
/// Latin letters that have no base letter to fall back to are spelt out: dropping them made
/// `œsophage` into `sophage`.
enum UnicodeSlug {
    static func make(_ text: String) -> String {
        var slug = Builder()
        for scalar in text.unicodeScalars {
            if needsDecomposing(scalar) {
                for piece in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars { slug.add(piece) }
            } else {
                slug.add(scalar)
            }
        }
        return slug.finished
    }

    /// Latin letters are taken apart to fold their accents; any other letter, digit or mark only
    /// when it is not already in the form a slug keeps (a capital, a compatibility form), which
    /// spares the Foundation call for nearly every letter of a Chinese or Greek name. Signs and
    /// punctuation are never taken apart: `™` is a break between words, not the letters `tm`.
    private static func needsDecomposing(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return isLatin(scalar) || scalar.properties.changesWhenNFKCCaseFolded
        default:
            return false  // `™` is a sign, not the letters `TM`
        }
    }

    /// Latin letters without a base letter, spelt out as their languages' readers spell them in
    /// ASCII. Looked up after lowercasing, so the capitals (`Œ`, `Æ`, `ẞ`, `Ø`, `Ł`, `Þ`) follow.
    static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
        "ı": "i", "ħ": "h", "ŧ": "t",
    ]

    /// Apostrophes inside a word (`patient’s`, Ukrainian `м’ясо`): left out, not turned into a hyphen.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "\u{02BB}"]

    /// The Latin blocks (a base letter, after decomposition); ASCII letters and digits count too,
    /// so a combining accent typed after a plain `e` is folded like the `é` it stands for.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x2FF, 0x1D00...0x1DBF, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06, 0xFF10...0xFF5A:
            return true
        default:
            return false
        }
    }

    private struct Builder {
        /// What the last scalar added belongs to, which decides whether a mark is kept.
        enum Base { case none, latin, other }

        var scalars = String.UnicodeScalarView()
        var base = Base.none
        var pendingHyphen = false

        mutating func add(_ scalar: Unicode.Scalar) {
            if apostrophes.contains(scalar) { return }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                guard properties.changesWhenLowercased else { return addLetter(scalar) }
                // `İ` lowercases to `i` and a combining dot, which folds like any accent.
                for letter in properties.lowercaseMapping.unicodeScalars {
                    if letter.properties.generalCategory.isMark { addMark(letter) } else { addLetter(letter) }
                }
            case .nonspacingMark, .spacingMark, .enclosingMark:
                addMark(scalar)
            case .format:
                return  // soft hyphens, joiners, direction marks: invisible, and not a break between words
            default:
                pendingHyphen = true
                base = .none
            }
        }

        private mutating func addLetter(_ letter: Unicode.Scalar) {
            if pendingHyphen && !scalars.isEmpty { scalars.append("-") }
            pendingHyphen = false
            if let spelled = spelledOut[letter] {
                scalars.append(contentsOf: spelled.unicodeScalars)
                base = .latin
            } else {
                scalars.append(letter)
                base = isLatin(letter) ? .latin : .other
            }
        }

        private mutating func addMark(_ mark: Unicode.Scalar) {
            // On a Latin letter a mark is an accent to fold; after a break it belongs to nothing.
            if base == .other { scalars.append(mark) }
        }

        var finished: String {
            var slug = String(scalars)
            if !slug.isASCII { slug = slug.precomposedStringWithCanonicalMapping }
            return Self.withFinalSigma(slug)
        }

        /// A Greek word typed in capitals ends in `σ` once lowercased; written Greek ends it in `ς`,
        /// and `ΔΙΑΒΗΤΗΣ` must meet `διαβητης` on one address.
        private static func withFinalSigma(_ slug: String) -> String {
            guard slug.unicodeScalars.contains("σ") else { return slug }
            var scalars = Array(slug.unicodeScalars)
            for index in scalars.indices where scalars[index] == "σ" && index > 0 && scalars[index - 1] != "-"
                && (index + 1 == scalars.count || scalars[index + 1] == "-") {
                scalars[index] = "ς"
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
