/// Checks language codes (BCP 47 tags, as `<html lang>` and `hreflang` take them): a known
/// two-letter ISO 639-1 language, then an optional script (`zh-Hant`) and region (`es-MX`,
/// `pt-BR`, `es-419`).
public enum LanguageCode {
    /// Why a code was refused, worded for an editor.
    public enum Problem: Sendable, Equatable {
        /// Not shaped like a language code at all (`english`, `es_MX`).
        case malformed
        /// Shaped like one, but its language is not a known ISO 639 code (`xx`).
        case unknownLanguage(String)
    }

    /// `nil` when `code` is a language code sitegen knows.
    public static func problem(_ code: String) -> Problem? {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter) else { return .malformed }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, script.allSatisfy(\.isASCIILetter) { rest = rest.dropFirst() }
        if let region = rest.first, isRegion(region) { rest = rest.dropFirst() }
        guard rest.isEmpty else { return .malformed }
        let language = first.lowercased()
        guard twoLetter.contains(language) || threeLetter.contains(language) else { return .unknownLanguage(String(first)) }
        return nil
    }

    /// `code` as BCP 47 writes it: the language in lower case, a script in title case, a region
    /// in upper case (`ES` → `es`, `pt-br` → `pt-BR`, `zh-hant` → `zh-Hant`), so every file name,
    /// folder and `lang` attribute made from a code agrees however site.yml spells it. For a code
    /// `problem` accepts.
    public static func canonical(_ code: String) -> String {
        code.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            return part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.uppercased()
        }.joined(separator: "-")
    }

    /// The language without script or region: `es` for `es-MX`.
    public static func primary(_ code: String) -> String {
        String(code.prefix(while: { $0 != "-" })).lowercased()
    }

    /// Languages written right to left: their pages get `dir="rtl"` unless site.yml says otherwise.
    public static func isRightToLeft(_ code: String) -> Bool {
        rightToLeft.contains(primary(code))
    }

    /// `MX` or `419` (UN M.49 areas, such as Latin America).
    private static func isRegion(_ part: Substring) -> Bool {
        (part.count == 2 && part.allSatisfy(\.isASCIILetter)) || (part.count == 3 && part.allSatisfy(\.isASCIIDigit))
    }

    /// ISO 639-1: every two-letter language code (184, counting `bh`, withdrawn but still met).
    static let twoLetter: Set<String> = [
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az",
        "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs",
        "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy",
        "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu",
        "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv",
        "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
        "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv",
        "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky",
        "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv",
        "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my",
        "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
        "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu",
        "rm", "rn", "ro", "ru", "rw",
        "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw",
        "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty",
        "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
    ]

    /// Languages with no two-letter code that US patient language-access lists name (ISO 639-2/3):
    /// Hmong, Hawaiian, Filipino, Cantonese, Ilocano, Cebuano, Chuukese.
    static let threeLetter: Set<String> = ["hmn", "haw", "fil", "yue", "ilo", "ceb", "chk"]

    static let rightToLeft: Set<String> = ["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"]
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
