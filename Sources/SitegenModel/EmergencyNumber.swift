/// The number a reader calls in an emergency, which `{emergency_number}` in a care card stands
/// for: `emergency_number` in site.yml (and per language), else a default for the region of the
/// language's code. A code without a region (`en`, `es`) has no default: English and Spanish are
/// read in many countries, each with its own number, and a wrong number in "Call … now" is worse
/// than none.
public enum EmergencyNumber {
    /// What a care card writes to stand for the number.
    public static let placeholder = "{emergency_number}"

    /// Digits only, as dialled (`999`, `000`): a number is shown and linked as written.
    public static func isValid(_ text: String) -> Bool {
        (2...15).contains(text.count) && text.allSatisfy(isDigit)
    }

    private static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    /// The region's number for a language code with a region (`en-GB` → 999); nil for a code
    /// without one, or a region not listed.
    public static func regionDefault(forLanguage code: String) -> String? {
        guard let region = region(of: code) else { return nil }
        return byRegion[region]
    }

    /// The region subtag of a BCP 47 code, upper-cased: `GB` for `en-GB`, `TW` for `zh-Hant-TW`.
    static func region(of code: String) -> String? {
        let parts = code.split(separator: "-").dropFirst()
        guard let last = parts.last, last.count == 2 || (last.count == 3 && last.allSatisfy(isDigit)) else { return nil }
        return last.uppercased()
    }

    /// 999 in the United Kingdom; 911 in the United States, Canada and Mexico; 000 in Australia;
    /// 111 in New Zealand; 112, the European emergency number, in every member state of the
    /// European Union (Spain among them).
    static let byRegion: [String: String] = {
        var numbers = ["GB": "999", "US": "911", "CA": "911", "MX": "911", "AU": "000", "NZ": "111"]
        for region in europeanUnion { numbers[region] = "112" }
        return numbers
    }()

    static let europeanUnion = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ]
}
