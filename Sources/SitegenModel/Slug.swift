/// Turns names into URL pieces: lowercase letters and digits of any script, and single hyphens.
///
/// Because a slug can never hold `/`, `.` or `..`, no file name or heading can steer output
/// outside the output folder. Latin letters lose their accents (`Sjögren` → `sjogren`) and letters
/// without a plain form are spelt out (`œsophage` → `oesophage`, `Straße` → `strasse`), so Latin
/// addresses stay ASCII as English, French and Spanish readers expect; every other script is kept
/// as written (`糖尿病`, `διαβήτης`), lowercased where it has case, and its marks are kept (a
/// Devanagari vowel sign is part of the word). Pages hold these Unicode slugs; `URLPath` encodes
/// them where an address is written into a page.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Nearly every name and heading is ASCII: the same rules on bytes, without Unicode tables
        // (which would show in profiles, since every heading of every page gets an id).
        if text.isASCII { return ascii(text.utf8) }
        return UnicodeSlug.make(text)
    }

    private static func ascii(_ bytes: String.UTF8View) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(bytes.count)
        var pendingHyphen = false
        for var byte in bytes {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(byte)
                pendingHyphen = false
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}

/// Hands out slugs unique within one page: `dosage`, `dosage-2`, `dosage-3`.
package struct UniqueSlugs {
    private var used: Set<String>
    /// For each slug handed out with a number, the number to try next. Numbers below it are taken
    /// already (`used` only grows), so a page with thousands of equal headings costs one look-up
    /// per heading instead of counting up from 2 every time (which was quadratic: 8,000 equal
    /// headings took 14 s).
    private var nextNumber: [String: Int] = [:]

    package init(reserved: Set<String> = []) { used = reserved }

    package mutating func claim(_ text: String, fallback: String = "section") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        guard !used.contains(base) else { return claimNumbered(base) }
        used.insert(base)
        return base
    }

    private mutating func claimNumbered(_ base: String) -> String {
        var n = nextNumber[base] ?? 2
        var candidate = "\(base)-\(n)"
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        nextNumber[base] = n + 1
        return candidate
    }
}
