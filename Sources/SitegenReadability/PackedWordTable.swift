/// A word of up to 16 bytes packed into two integers (the first byte lowest), to look words up in a
/// `PackedWordTable` without making a `String`. Words hold no zero bytes, and the length is kept
/// too, so two words have the same key only if they have the same bytes.
struct PackedWord: Equatable {
    static let maximumLength = 16
    var low: UInt64, high: UInt64, length: Int

    @inline(__always)
    init?(_ w: UnsafeBufferPointer<UInt8>) {
        guard w.count <= Self.maximumLength else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        var k = 0
        let lowEnd = min(w.count, 8)
        while k < lowEnd {
            low |= UInt64(w[k]) << UInt64(8 &* k)
            k += 1
        }
        while k < w.count {
            high |= UInt64(w[k]) << UInt64(8 &* (k &- 8))
            k += 1
        }
        self.low = low
        self.high = high
        length = w.count
    }

    /// A 64-bit mix of the key (multiply-xorshift); the table uses its top bits.
    @inline(__always)
    var hash: UInt64 {
        var h = low &* 0x9E37_79B9_7F4A_7C15 ^ (high &+ UInt64(truncatingIfNeeded: length)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return h &* 0xBF58_476D_1CE4_E5B9
    }
}

/// A small open-addressing hash table (linear probing) from packed words to counts: the
/// exceptions, and the syllables of the words already seen on a page. It never grows: an insert
/// into a half-full table is dropped, which only costs a later lookup its shortcut.
struct PackedWordTable {
    private struct Entry {
        var low: UInt64 = 0, high: UInt64 = 0
        var length: Int32 = 0  // 0: empty
        var value: Int32 = 0
    }

    private var entries: [Entry]
    private let shift: UInt64
    private var used = 0

    /// A table for about `minimumCapacity` words, at most half full.
    init(minimumCapacity: Int) {
        var bits = 4
        while 1 << bits < 2 * minimumCapacity, bits < 16 { bits += 1 }
        entries = Array(repeating: Entry(), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    @inline(__always)
    func value(for key: PackedWord) -> Int? {
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let entry = entries[slot]
            if entry.length == 0 { return nil }
            if entry.low == key.low, entry.high == key.high, Int(entry.length) == key.length { return Int(entry.value) }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: PackedWord, _ value: Int) {
        guard used * 2 < entries.count, let value = Int32(exactly: value) else { return }
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while entries[slot].length != 0 {
            if entries[slot].low == key.low, entries[slot].high == key.high, Int(entries[slot].length) == key.length { return }
            slot = (slot + 1) & mask
        }
        entries[slot] = Entry(low: key.low, high: key.high, length: Int32(key.length), value: value)
        used += 1
    }
}
