import Foundation

/// The alphabetical order of one language, as its readers expect an A–Z: Foundation's
/// locale-aware comparison, which ICU backs on Linux. Spanish sorts `ñ` after `n` as a letter
/// of its own and `á` with `a`; English sorts `ñ` with `n`; Swedish puts `å`, `ä`, `ö` after `z`.
public struct Collation: Sendable {
    public let locale: Locale

    /// `language` as site.yml writes it (`en`, `es`, `pt-BR`).
    public init(language: String) {
        locale = Locale(identifier: language)
    }

    /// Whether `a` comes before `b`. No comparison options: `.diacriticInsensitive` with a locale
    /// gives no consistent order (Spanish "Nube" < "Ñandú" < "nariz"), while the locale's own
    /// rules already put accents and case after the letters themselves.
    public func precedes(_ a: String, _ b: String) -> Bool {
        order(a, b) == .orderedAscending
    }

    public func order(_ a: String, _ b: String) -> ComparisonResult {
        a.compare(b, options: [], range: nil, locale: locale)
    }

    /// The letter `title` is listed under: its first letter, without its accent unless the
    /// language counts the accented letter as a letter of its own (Spanish `Ñ`); `#` for a title
    /// that starts with anything but a letter of the Latin alphabet, with or without accents.
    public func letter(of title: String) -> String {
        guard let first = title.first.map({ String($0).uppercased() }) else { return "#" }
        let base = first.folding(options: .diacriticInsensitive, locale: nil)
        guard base.count == 1, let scalar = base.unicodeScalars.first, base.unicodeScalars.count == 1,
              ("A"..."Z").contains(scalar) else { return "#" }
        // An accented letter that sorts after every word starting with its base letter is a
        // letter of its own: "Ña" after "Nz" in Spanish, but "Áa" before "Az" in any language.
        guard first != base, precedes(base + "z", first + "a") else { return base }
        return first
    }
}
