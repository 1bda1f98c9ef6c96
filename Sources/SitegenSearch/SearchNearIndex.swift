import Foundation

/// The typo index: `near/<n>.json`, which lets the script find the terms one typo away from a
/// word without downloading the vocabulary (docs/search.md, "Typos").
///
/// Every term of 4 code points or more is listed under itself and under each of its deletions
/// (the term less one code point): `symptom` under `symptom`, `ymptom`, `smptom`, `syptom`,
/// `symtom`, `sympom`, `symptm`, `sympto`. A word and a term one edit apart (insertion, deletion,
/// substitution, two neighbours swapped) always share one of these keys, so the script looks up
/// the word and its own deletions, a handful of keys in two to four shards, and checks each
/// term found. A key's value names its terms relative to the key: `=` for the key itself, else
/// the position of the deleted code point (one base64url character) and the code point.
enum SearchNearIndex {
    /// Terms shorter than this are left out: the script corrects words of 5 letters or more,
    /// whose stem has at least 4.
    static let minLength = 4

    /// One JSON member (`"symtom":"Dp"`) per key, in key order, with the key's bytes. `terms` are
    /// the keys of the term shards: stems, and the word forms that name their stem, so a typo in
    /// a plural (`weaknes`) is one edit from the form (`weakness`) even when far from its stem.
    static func entries(_ terms: [ArraySlice<UInt8>]) -> [(key: ArraySlice<UInt8>, json: [UInt8])] {
        var keyBytes: [UInt8] = [], keyStarts: [Int] = []
        var refs: [[UInt8]] = []
        var scalarStarts: [Int] = []
        for term in terms {
            let term = Array(term)
            scalarStarts.removeAll(keepingCapacity: true)
            for (i, byte) in term.enumerated() where byte & 0xC0 != 0x80 { scalarStarts.append(i) }
            let n = scalarStarts.count
            guard n >= minLength else { continue }
            scalarStarts.append(term.count)
            keyStarts.append(keyBytes.count)
            keyBytes += term
            refs.append([UInt8(ascii: "=")])
            for i in 0..<n {
                let deleted = term[scalarStarts[i]..<scalarStarts[i + 1]]
                // Deleting either of two equal neighbours gives the same key: list it once.
                if i > 0, term[scalarStarts[i - 1]..<scalarStarts[i]].elementsEqual(deleted) { continue }
                keyStarts.append(keyBytes.count)
                keyBytes += term[..<scalarStarts[i]]
                keyBytes += term[scalarStarts[i + 1]...]
                refs.append([SearchEncoding.alphabet[i]] + deleted)
            }
        }
        keyStarts.append(keyBytes.count)
        let order = keyBytes.withUnsafeBufferPointer { bytes in
            (0..<refs.count).sorted { a, b in
                let x = keyStarts[a], xn = keyStarts[a + 1] - x, y = keyStarts[b], yn = keyStarts[b + 1] - y
                let c = memcmp(bytes.baseAddress! + x, bytes.baseAddress! + y, min(xn, yn))
                if c != 0 { return c < 0 }
                return xn != yn ? xn < yn : a < b  // the same key: in term order
            }
        }
        var result: [(key: ArraySlice<UInt8>, json: [UInt8])] = []
        var i = 0
        while i < order.count {
            let key = keyBytes[keyStarts[order[i]]..<keyStarts[order[i] + 1]]
            var value: [UInt8] = []
            while i < order.count, keyBytes[keyStarts[order[i]]..<keyStarts[order[i] + 1]] == key {
                value += refs[order[i]]
                i += 1
            }
            var json: [UInt8] = []
            SearchEncoding.appendJSONString(String(decoding: key, as: UTF8.self), to: &json)
            json.append(UInt8(ascii: ":"))
            SearchEncoding.appendJSONString(String(decoding: value, as: UTF8.self), to: &json)
            result.append((key, json))
        }
        return result
    }
}
