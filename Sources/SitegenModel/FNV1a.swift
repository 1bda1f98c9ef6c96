/// FNV-1a, 64 bits: a quick hash of a few bytes that is the same on every run (Swift's `Hasher`
/// is seeded per process). Words are looked up by it (the plain-language and PEMAT lists) and the
/// search index's files are keyed by it.
package struct FNV1a {
    package var value: UInt64

    @inlinable package init(_ value: UInt64 = 0xcbf2_9ce4_8422_2325) {
        self.value = value
    }

    @inlinable @inline(__always) package mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inlinable package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a()
        for byte in bytes { hash.combine(byte) }
        return hash.value
    }
}
