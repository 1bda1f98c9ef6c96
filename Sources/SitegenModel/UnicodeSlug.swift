import Foundation

/// `Slug.make` for text that is not all ASCII: letters and digits of every script are kept.
///
/// Latin letters are taken apart into base and marks (compatibility decomposition, so `ﬁ`, `Ａ`,
/// `²` and `µ` become `fi`, `a`, `2` and `μ`) and lowercased; a mark on a Latin letter is an accent
/// and is dropped. A mark on a letter of another script is part of the letter (Greek tonos,
/// Devanagari vowel signs, Hebrew points) and is kept, and the result is composed again (NFC).
/// The Latin letters that have no base letter to fall back to are spelt out: dropping them made
/// `œsophage` into `sophage`.
enum UnicodeSlug {
    static func make(_ text: String) -> String {
        var slug = Builder()
        for scalar in text.unicodeScalars { slug.add(scalar) }
        return slug.finished
    }

    /// Latin letters without a base letter, spelt out as their languages' readers spell them in
    /// ASCII; looked up after lowercasing, so the capitals (`Œ`, `Æ`, `ẞ`, `Ø`, `Ł`, `Þ`) follow.
    static func spelledOut(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "ß": "ss"
        case "æ": "ae"
        case "œ": "oe"
        case "ø": "o"
        case "đ", "ð": "d"
        case "ł": "l"
        case "þ": "th"
        case "ı": "i"
        case "ħ": "h"
        case "ŧ": "t"
        default: nil
        }
    }

    /// Apostrophes inside a word (`patient’s`, Ukrainian `м’ясо`): left out, not turned into a hyphen.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "\u{02BB}"
    }

    /// The Latin blocks (a base letter, after decomposition); ASCII letters and digits count too,
    /// so a combining accent typed after a plain `e` is folded like the `é` it stands for.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x2FF, 0x1D00...0x1DBF, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06, 0xFF10...0xFF5A:
            true
        default:
            false
        }
    }

    /// A compatibility form (halfwidth katakana, `ⅻ`, ligatures) rather than a letter in its own
    /// right. Only these are taken apart outside Latin: capitals just lowercase, and precomposed
    /// letters keep their marks anyway, which spares a Foundation call for nearly every letter.
    static func isCompatibilityForm(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.changesWhenNFKCCaseFolded && !properties.changesWhenCaseFolded
    }

    private struct Builder {
        /// What the last scalar added belongs to, which decides whether a mark is kept.
        enum Base { case none, latin, other }

        var scalars = String.UnicodeScalarView()
        var base = Base.none
        var pendingHyphen = false
        /// A mark was kept or a letter taken apart: the slug must be composed again (NFC).
        var needsComposing = false

        /// Each Unicode property costs a table look-up (about 0.1 µs), and every heading of every
        /// page is slugged: the common letters take at most two.
        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { return addASCII(scalar) }
            if scalar.value >= 0xC0 && scalar.value <= 0xFF, let base = latin1Base(scalar) {
                return addLetter(base)  // à–ÿ: French, Spanish, German, Nordic letters, without Foundation
            }
            let category = scalar.properties.generalCategory
            if category.isLetterOrNumber {
                if isLatin(scalar) { return addPieces(of: scalar) }
                // Unchanged by NFKC and case folding: already a lowercase letter as a slug keeps it
                // (Chinese, Japanese, Korean, lowercase Greek and Cyrillic).
                if !scalar.properties.changesWhenNFKCCaseFolded { return addLetter(scalar) }
                if isCompatibilityForm(scalar) { return addPieces(of: scalar) }
            }
            addPiece(scalar, category: category, decomposed: false)
        }

        private mutating func addASCII(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "a"..."z", "0"..."9": addLetter(scalar)
            case "A"..."Z": addLetter(Unicode.Scalar(UInt8(scalar.value) | 0x20))
            case "'": return
            default:
                pendingHyphen = true
                base = .none
            }
        }

        /// `À`…`ÿ` lowercased without accents, `Æ`, `ß` and the like for `addLetter` to spell out;
        /// nil for `×` and `÷`, which are signs. The same as taking them apart (a test checks).
        private static let latin1 = Array("aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy".unicodeScalars)

        private func latin1Base(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let base = Self.latin1[Int(scalar.value - 0xC0)]
            return base == "×" || base == "÷" ? nil : base
        }

        private mutating func addPieces(of scalar: Unicode.Scalar) {
            if !isLatin(scalar) { needsComposing = true }
            for piece in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
                addPiece(piece, category: piece.properties.generalCategory, decomposed: true)
            }
        }

        private mutating func addPiece(_ scalar: Unicode.Scalar, category: Unicode.GeneralCategory, decomposed: Bool) {
            if category.isLetterOrNumber {
                guard scalar.properties.changesWhenLowercased else { return addLetter(scalar) }
                // `İ` lowercases to `i` and a combining dot, which folds like any accent; `Ⅻ` to
                // the compatibility form `ⅻ`, taken apart into `xii`.
                for letter in scalar.properties.lowercaseMapping.unicodeScalars {
                    if letter.properties.generalCategory.isMark {
                        addMark(letter)
                    } else if !decomposed, !isLatin(letter), isCompatibilityForm(letter) {
                        addPieces(of: letter)
                    } else {
                        addLetter(letter)
                    }
                }
            } else if category.isMark {
                addMark(scalar)
            } else if category == .format || isApostrophe(scalar) {
                return  // soft hyphens, joiners, direction marks: invisible, and not a break between words
            } else {
                pendingHyphen = true
                base = .none
            }
        }

        private mutating func addLetter(_ letter: Unicode.Scalar) {
            if pendingHyphen && !scalars.isEmpty { scalars.append("-") }
            pendingHyphen = false
            if letter.isASCII {
                scalars.append(letter)
                base = .latin
            } else if let spelled = spelledOut(letter) {
                // One at a time: `append(contentsOf:)` copies the whole view each call.
                for piece in spelled.unicodeScalars { scalars.append(piece) }
                base = .latin
            } else {
                scalars.append(letter)
                base = isLatin(letter) ? .latin : .other
            }
        }

        private mutating func addMark(_ mark: Unicode.Scalar) {
            // On a Latin letter a mark is an accent to fold; after a break it belongs to nothing.
            guard base == .other else { return }
            scalars.append(mark)
            needsComposing = true
        }

        var finished: String {
            var slug = String(scalars)
            if needsComposing { slug = slug.precomposedStringWithCanonicalMapping }
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

    var isLetterOrNumber: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
