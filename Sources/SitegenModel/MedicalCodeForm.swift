/// The written form of a code in each system `codes:` takes. Forms only: a code of the right form
/// may still not exist, or name another condition.
enum MedicalCodeForm {
    private static func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
    private static func isCapital(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) }

    /// WHO ICD-10 (Volume 2, the instruction manual): a three-character category is a letter and
    /// two digits (`L20`); a four-character subcategory adds a point and a digit (`L20.9`), and a
    /// few chapters have an optional fifth character (`S02.01`, `M80.05`, site and open/closed).
    static func isICD10(_ code: String) -> Bool {
        let b = Array(code.utf8)
        guard b.count == 3 || (5...6).contains(b.count), isCapital(b[0]), isDigit(b[1]), isDigit(b[2]) else { return false }
        return b.count == 3 || (b[3] == UInt8(ascii: ".") && b[4...].allSatisfy(isDigit))
    }

    /// ICD-10-CM (NCI SEER's "Structure of an ICD-10-CM Code",
    /// https://training.seer.cancer.gov/icd10cm/icd10cm-code-structure.html): 3 to 7 characters,
    /// the first a letter, the second a number, the third to seventh numbers or letters (`C4A`,
    /// `S52.131A`, `X` as a placeholder), a point after the third.
    static func isICD10CM(_ code: String) -> Bool {
        let b = Array(code.utf8)
        guard b.count == 3 || (5...8).contains(b.count), isCapital(b[0]), isDigit(b[1]), isDigit(b[2]) || isCapital(b[2]) else { return false }
        return b.count == 3 || (b[3] == UInt8(ascii: ".") && b[4...].allSatisfy { isDigit($0) || isCapital($0) })
    }

    /// ICD-11 MMS (WHO's ICD-11 Reference Guide, 1.2.4.1 "Code structure" and 1.2.4.5 "Extension
    /// codes and postcoordination", https://icd.who.int/icd11refguide/en/index.html; summed up at
    /// https://www.johndcook.com/blog/2022/10/06/icd11-regex/): a stem code is a digit or letter,
    /// a letter, a digit and a digit or letter (`EA80`, `1A00`), then optionally a point and one
    /// or two digits or letters (`EA80.0`, `DB98.7Z`); the letters I and O are never used, so
    /// they are not mistaken for 1 and 0. A cluster joins stem codes with `/` and adds extension
    /// codes, which start with X (`XK8G`), with `&`: `EA80&XK8G`.
    static func isICD11(_ code: String) -> Bool {
        var parts: [(joiner: UInt8?, code: ArraySlice<UInt8>)] = []
        var joiner: UInt8?
        var start = 0
        let b = Array(code.utf8)
        for (i, c) in b.enumerated() where c == UInt8(ascii: "&") || c == UInt8(ascii: "/") {
            parts.append((joiner, b[start..<i]))
            joiner = c
            start = i + 1
        }
        parts.append((joiner, b[start...]))
        for (index, part) in parts.enumerated() {
            guard isICD11Code(part.code) else { return false }
            // The first code and each after '/' is a stem code; each after '&' an extension code.
            let isExtension = part.code.first == UInt8(ascii: "X")
            if isExtension != (index > 0 && part.joiner == UInt8(ascii: "&")) { return false }
        }
        return true
    }

    private static func isICD11Code(_ b: ArraySlice<UInt8>) -> Bool {
        func letter(_ c: UInt8) -> Bool { isCapital(c) && c != UInt8(ascii: "I") && c != UInt8(ascii: "O") }
        func either(_ c: UInt8) -> Bool { isDigit(c) || letter(c) }
        let b = Array(b)
        guard b.count == 4 || (6...7).contains(b.count), either(b[0]), letter(b[1]), isDigit(b[2]), either(b[3]) else { return false }
        return b.count == 4 || (b[4] == UInt8(ascii: ".") && b[5...].allSatisfy(either))
    }

    /// SNOMED CT (SNOMED International's Release File Specification, 6.1 "SCTID Data Type", 6.3
    /// "SCTID Constraints", 6.5 "Partition Identifier" and 6.4 "Check-digit",
    /// https://docs.snomed.org/snomed-ct-specifications/snomed-ct-release-file-specification/snomed-ct-identifiers):
    /// 6 to 18 decimal digits, not starting with 0; the second and third digits from the right
    /// are the partition identifier, `00` for a concept of the International Release and `10` for
    /// one of an extension (`01`, `11` are descriptions, `02`, `12` relationships, `16` an
    /// expression); the last digit is a Verhoeff check digit. Nil when `code` is such a concept id.
    static func snomedProblem(_ code: String) -> MedicalCode.Problem? {
        let b = Array(code.utf8)
        guard (6...18).contains(b.count), b.allSatisfy(isDigit), b[0] != UInt8(ascii: "0") else { return .notTheForm }
        let partition = String(decoding: b[(b.count - 3)..<(b.count - 1)], as: UTF8.self)
        switch partition {
        case "00", "10": break
        case "01", "11": return .wrongPart("its partition digits (the 2nd and 3rd from the right) are '\(partition)', which make it the id of a description, not of a concept")
        case "02", "12": return .wrongPart("its partition digits (the 2nd and 3rd from the right) are '\(partition)', which make it the id of a relationship, not of a concept")
        default: return .wrongPart("its partition digits (the 2nd and 3rd from the right) are '\(partition)', and a concept's are '00' or '10'")
        }
        guard Verhoeff.isValid(b.map { Int($0) - 0x30 }) else { return .wrongPart("its last digit is not its check digit, so a digit is probably mistyped; copy the id again from a SNOMED CT browser") }
        return nil
    }
}

/// The Verhoeff check digit, which SNOMED CT ids end with: it catches every single-digit mistake
/// and every swap of two neighbouring digits.
enum Verhoeff {
    private static let multiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let permutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Whether `digits` (0–9 each, check digit last) check out.
    static func isValid(_ digits: [Int]) -> Bool {
        var check = 0
        for (position, digit) in digits.reversed().enumerated() {
            check = multiplication[check][permutation[position % 8][digit]]
        }
        return check == 0
    }
}
