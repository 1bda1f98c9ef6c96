/// Languages named in themselves, as a language switcher shows them: a reader looking for
/// Spanish looks for "Español", not "Spanish".
public enum LanguageNames {
    /// The language's own name for itself, or the code when sitegen does not know it.
    public static func autonym(_ code: String) -> String {
        autonyms[code] ?? autonyms[LanguageCode.primary(code)] ?? code
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
