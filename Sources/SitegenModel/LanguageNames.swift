import Foundation

/// Languages named in themselves, as a language switcher shows them: a reader looking for
/// Spanish looks for "Español", not "Spanish".
public enum LanguageNames {
    /// The language's own name for itself, or the code when sitegen does not know it.
    public static func autonym(_ code: String) -> String {
        autonyms[code] ?? autonyms[LanguageCode.primary(code)] ?? code
    }

    /// `code`'s name as a sentence in `language` writes it ("inglés" in Spanish, "English" in
    /// English, "anglais" in French), from the system's language data (ICU, as the review dates),
    /// so any pair of languages works; the language's own name when that data has none.
    public static func name(of code: String, in language: String) -> String {
        let name = Locale(identifier: language).localizedString(forIdentifier: code)
        guard let name, !name.isEmpty, name.lowercased() != code.lowercased() else { return autonym(code) }
        return name
    }

    /// The languages most asked for in patient materials (US language access, the UK, the EU),
    /// and regional forms with names of their own.
    static let autonyms: [String: String] = [
        "ar": "العربية", "bn": "বাংলা", "cy": "Cymraeg", "de": "Deutsch", "el": "Ελληνικά", "en": "English",
        "es": "Español", "fa": "فارسی", "fr": "Français", "ga": "Gaeilge", "he": "עברית", "hi": "हिन्दी",
        "ht": "Kreyòl ayisyen", "hy": "Հայերեն", "it": "Italiano", "ja": "日本語", "km": "ខ្មែរ", "ko": "한국어",
        "nl": "Nederlands", "pa": "ਪੰਜਾਬੀ", "pl": "Polski", "pt": "Português", "ro": "Română", "ru": "Русский",
        "so": "Soomaali", "sv": "Svenska", "tl": "Tagalog", "tr": "Türkçe", "uk": "Українська", "ur": "اردو",
        "vi": "Tiếng Việt", "zh": "中文", "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "pt-BR": "Português (Brasil)",
    ]
}
