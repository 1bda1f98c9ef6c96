/// An open-addressing hash map from short byte strings (words, terms) to `Int32`, for the search
/// index's inner loop: one hash, one probe of a 16-byte slot and one comparison per word, no
/// `String` made and no reference counting. Entries are numbered in the order they were added.
final class SearchByteTable {
    private struct Slot {
        var hash: UInt32
        var length: Int32  // 0: empty (keys are never empty)
        var offset: Int32
        var value: Int32
    }

    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Slot>
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var arena: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var arenaCapacity: Int
    @exclusivity(unchecked) private var arenaUsed = 0
    /// Where entry `i`'s key is in the arena, and how long.
    @exclusivity(unchecked) private var offsets: [Int32] = []
    @exclusivity(unchecked) private var lengths: [Int32] = []
    /// The value stored with each entry (`values[find(…)]`).
    @exclusivity(unchecked) private(set) var values: [Int32] = []

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(hash: 0, length: 0, offset: 0, value: 0), count: size)
        mask = size - 1
        arenaCapacity = max(64, capacity * 8)
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    var count: Int { values.count }

    /// A hash of 8 bytes at a time (multiply and fold), so a word of up to 8 letters costs one
    /// multiplication.
    @inline(__always)
    static func hash(_ key: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        while i + 8 <= length {
            h = (h ^ UnsafeRawPointer(key + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < length {
            var last: UInt64 = 0
            for j in i..<length { last |= UInt64(key[j]) << (8 * UInt64(j - i)) }
            h = (h ^ last) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Entry `i`'s key; valid until the next `insert`.
    func key(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena + Int(offsets[entry]), count: Int(lengths[entry]))
    }

    /// The entry holding `key`, or -1.
    @inline(__always)
    func find(_ key: UnsafePointer<UInt8>, _ length: Int, hash: UInt32) -> Int {
        var i = Int(hash) & mask
        while true {
            let slot = slots[i]
            if slot.length == 0 { return -1 }
            if slot.hash == hash, Int(slot.length) == length, Self.equal(arena + Int(slot.offset), key, length) {
                return Int(slot.value)
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var i = 0
        while i + 8 <= length {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < length {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Adds `key`, which must not be in the table yet, with `value`; returns its entry number.
    @discardableResult
    func insert(_ key: UnsafePointer<UInt8>, _ length: Int, hash: UInt32, value: Int32) -> Int {
        precondition(length > 0)
        if (count + 1) * 2 > mask + 1 { grow() }
        if arenaUsed + length > arenaCapacity {
            let capacity = max(arenaCapacity * 2, arenaUsed + length)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            bigger.update(from: arena, count: arenaUsed)
            arena.deallocate()
            arena = bigger
            arenaCapacity = capacity
        }
        (arena + arenaUsed).update(from: key, count: length)
        let entry = count
        var i = Int(hash) & mask
        while slots[i].length != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: hash, length: Int32(length), offset: Int32(arenaUsed), value: Int32(entry))
        offsets.append(Int32(arenaUsed))
        lengths.append(Int32(length))
        values.append(value)
        arenaUsed += length
        return entry
    }

    private func grow() {
        let size = (mask + 1) * 2
        let old = slots, oldSize = mask + 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(hash: 0, length: 0, offset: 0, value: 0), count: size)
        mask = size - 1
        for j in 0..<oldSize where old[j].length != 0 {
            var i = Int(old[j].hash) & mask
            while slots[i].length != 0 { i = (i + 1) & mask }
            slots[i] = old[j]
        }
        old.deallocate()
    }
}
