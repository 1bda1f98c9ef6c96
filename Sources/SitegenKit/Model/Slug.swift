import Foundation

/// Turns names into URL pieces: lowercase ASCII letters, digits and single hyphens.
///
/// Because a slug can never hold `/`, `.` or `..`, no file name or heading can steer output
/// outside the output folder. Accents are folded (`Sjögren` → `sjogren`) so URLs stay readable.
public enum Slug {
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isWordChar = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordChar {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "patient's" → "patients", not "patient-s"
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}

/// Hands out slugs unique within one page: `dosage`, `dosage-2`, `dosage-3`.
struct UniqueSlugs {
    private var used: Set<String>

    init(reserved: Set<String> = []) { used = reserved }

    mutating func claim(_ text: String, fallback: String = "section") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
