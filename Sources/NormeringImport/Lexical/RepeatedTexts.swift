#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attribute values that repeat through a file — `<teaches class subject>`,
/// `<competence subject>` — made into a `String` once per distinct value, not once per element.
///
/// A value is found by its bytes (a cheap hash and a byte comparison), which costs less than
/// checking and copying the bytes into a new `String`; and a file's many records share one
/// `String` for each subject (those longer than 15 bytes are stored on the heap).
///
/// The hash looks at a value's first and last 8 bytes and its length (values that share them
/// are told apart by their bytes). At most `capacity` distinct values are kept per file, each
/// found within `longestProbe` slots of where its hash puts it: a hostile export with ever-new
/// or colliding values costs a bounded look-up more per value, never more memory. Values longer
/// than 64 bytes or with `&` are not kept (`ByteSpan.string` decodes `&#38;`).
struct RepeatedTexts {
    /// The most distinct values kept.
    static let capacity = 4096
    /// A value is looked for in at most this many slots.
    static let longestProbe = 32
    private static let seed = UInt64.random(in: .min ... .max)

    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var text: String
    }

    private var entries: [Entry] = []
    /// Open addressing, linear probing: an index into `entries` + 1, or 0 when free.
    /// Made at the first value (an empty `RepeatedTexts` allocates nothing).
    private var slots: [Int32] = []
    /// The bytes of the kept values, one after the other.
    private var bytes: [UInt8] = []

    /// The value as text: the kept `String` when the same bytes came before.
    mutating func text(_ value: ByteSpan) -> String {
        guard value.count > 0, value.count <= 64, memchr(value.base, Int32(UInt8(ascii: "&")), value.count) == nil else {
            return value.string
        }
        // The first and the last 8 bytes (or all of a shorter value) and the length.
        var first: UInt64 = 0
        var last: UInt64 = 0
        if value.count >= 8 {
            first = UnsafeRawPointer(value.base).loadUnaligned(as: UInt64.self)
            last = UnsafeRawPointer(value.base + value.count - 8).loadUnaligned(as: UInt64.self)
        } else {
            for index in 0..<value.count { first = first << 8 | UInt64(value[index]) }
        }
        var hash = Self.seed ^ first ^ (last << 17 | last >> 47) ^ UInt64(value.count) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        if slots.isEmpty { slots = [Int32](repeating: 0, count: 2 * Self.capacity) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var probes = 0
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].hash == hash, entries[index].count == value.count, hasBytes(of: value, at: entries[index].start) {
                return entries[index].text
            }
            probes += 1
            if probes == Self.longestProbe { return value.string }
            slot = (slot + 1) & mask
        }
        let text = value.string
        guard entries.count < Self.capacity else { return text }
        entries.append(Entry(hash: hash, start: bytes.count, count: value.count, text: text))
        bytes.append(contentsOf: UnsafeBufferPointer(start: value.base, count: value.count))
        slots[slot] = Int32(entries.count)
        return text
    }

    private func hasBytes(of value: ByteSpan, at start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { memcmp($0.baseAddress.unsafelyUnwrapped + start, value.base, value.count) == 0 }
    }
}
