import Foundation

extension CalendarDate {
    /// The date written out in a language: `1 November 2026` (English, unchanged whatever the
    /// region), `1 de noviembre de 2026` (Spanish, built in); other languages as Foundation's
    /// long date for the code (`1 novembre 2026`, `1. November 2026`, `2026年11月1日`: checked on
    /// Linux); the ISO date (`2026-11-01`) for a language Foundation does not know.
    public func longText(inLanguage code: String) -> String {
        switch LanguageCode.primary(code) {
        case "en": return longText
        case "es": return "\(day) de \(Self.spanishMonthNames[month - 1]) de \(year)"
        default: return Self.foundationLongText(self, code: code) ?? iso
        }
    }

    private static let spanishMonthNames = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    private static let foundationLocales = Set(Locale.availableIdentifiers)

    private static func foundationLongText(_ date: CalendarDate, code: String) -> String? {
        // Foundation knows Tagalog by its other code, Filipino.
        let code = LanguageCode.primary(code) == "tl" ? "fil" : code
        // Without data for the language, Foundation falls back to a root form ("2026 M11 1")
        // that no reader writes.
        guard foundationLocales.contains(code.replacingOccurrences(of: "-", with: "_")) || foundationLocales.contains(LanguageCode.primary(code)),
              let utc = TimeZone(identifier: "UTC") else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        guard let moment = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: code), calendar: calendar, timeZone: utc)
        let text = moment.formatted(style)
        return text.isEmpty ? nil : text
    }
}
