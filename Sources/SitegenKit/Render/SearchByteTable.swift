import Foundation

/// An open-addressing hash map from short byte strings (words, terms) to `Int32`, for the search
/// index's inner loop: one FNV-1a hash, one probe of a 16-byte slot and one `memcmp` per word, no
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

    @inline(__always)
    static func hash(_ key: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for i in 0..<length { h = (h ^ UInt32(key[i])) &* 16_777_619 }
        return h
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
            if slot.hash == hash, Int(slot.length) == length, memcmp(arena + Int(slot.offset), key, length) == 0 {
                return Int(slot.value)
            }
            i = (i + 1) & mask
        }
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

    /// The value stored with the entry `find` returned.
    @inline(__always)
    func value(_ entry: Int) -> Int32 { values[entry] }

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
