import SitegenModel

/// How the search index writes numbers and text; `search.js` reads them back (`decodePostings`,
/// `decodeTail`).
///
/// Numbers are written with the 64 characters of base64url (`A`–`Z` `a`–`z` `0`–`9` `-` `_`,
/// values 0–63), which need no escaping in JSON. A **varint** is big-endian groups of 5 bits: every
/// character but the last has the value 32 + its 5 bits, the last one 0–31 (so 0–31 take one
/// character, up to 1,023 two, up to 32,767 three).
enum SearchEncoding {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0)
        var groups = 1
        while value >> (5 * groups) > 0 { groups += 1 }
        for g in stride(from: groups - 1, through: 1, by: -1) {
            out.append(alphabet[32 + ((value >> (5 * g)) & 31)])
        }
        out.append(alphabet[value & 31])
    }

    /// Postings: for each document, in increasing order, the gap from the previous one less one
    /// (the first counts from -1) as a varint, then its weight level (1–63) as one character
    /// (none without `levels`).
    static func postings(docs: [Int32], levels: [UInt8]? = nil, into out: inout [UInt8]) {
        var previous = -1
        for (n, doc) in docs.enumerated() {
            appendVarint(Int(doc) - previous - 1, to: &out)
            if let levels { out.append(alphabet[Int(levels[n])]) }
            previous = Int(doc)
        }
    }

    /// A set of documents, whichever is shorter: `d` and the gaps as in `postings` (no levels), or
    /// `b` and a bitmap, 6 documents a character, least significant bit first, trailing zero
    /// characters left out.
    static func docSet(_ docs: [Int32]) -> [UInt8] {
        var gaps: [UInt8] = [UInt8(ascii: "d")]
        postings(docs: docs, into: &gaps)
        let bitmapLength = docs.isEmpty ? 0 : Int(docs.last!) / 6 + 1
        guard bitmapLength + 1 < gaps.count else { return gaps }
        var bits = [UInt8](repeating: 0, count: bitmapLength)
        for doc in docs { bits[Int(doc) / 6] |= 1 << UInt8(Int(doc) % 6) }
        return [UInt8(ascii: "b")] + bits.map { alphabet[Int($0)] }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; `<` too, so an
    /// index file can never be taken for HTML.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): out += Array(#"\n"#.utf8)
            case UInt8(ascii: "\t"): out += Array(#"\t"#.utf8)
            case UInt8(ascii: "<"): out += Array(#"\u003c"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` with its white space collapsed, cut at a word boundary to at most `limit` code
    /// points (an ellipsis added when cut).
    static func snippet(_ text: String, limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, limit * 4 + 4))
        var count = 0, pendingSpace = false
        var cut = 0, space = -1  // bytes of the first limit - 1 code points; of those before the last space
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count < limit - 1 { space = count > limit / 2 ? out.count : -1 }
                out.append(0x20)
                count += 1
                pendingSpace = false
                if count == limit - 1 { cut = out.count }
            }
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else { out += Array(String(scalar).utf8) }
            count += 1
            if count == limit - 1 { cut = out.count }
            if count > limit { break }
        }
        guard count > limit else { return String(decoding: out, as: UTF8.self) }
        var snippet = String(decoding: out[..<(space >= 0 ? space : cut)], as: UTF8.self)
        while let last = snippet.unicodeScalars.last, last == " " || isPunctuation(last) { snippet.unicodeScalars.removeLast() }
        return snippet + "…"
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// FNV-1a, 64 bits: the index's version in the manifest, so browsers never mix files of two builds.
    static func fnv1a(_ bytes: [UInt8], into hash: inout UInt64) {
        var running = FNV1a(hash)
        for byte in bytes { running.combine(byte) }
        hash = running.value
    }
}
