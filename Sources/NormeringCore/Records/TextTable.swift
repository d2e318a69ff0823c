/// The number of a text in a `TextTable`.
public struct TextID: Hashable, Sendable, Comparable {
    public let rawValue: Int32

    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// No text (an absent `minder`).
    public static let none = TextID(-1)

    public var index: Int { Int(rawValue) }

    public static func < (a: TextID, b: TextID) -> Bool { a.rawValue < b.rawValue }
}

/// The texts of a table of records — ids, subjects, class ids — each distinct text kept once,
/// as its bytes, and numbered 0, 1, 2, … in the order first seen. Records hold the numbers,
/// not a `String` each.
///
/// Texts are told apart by their exact bytes, so the reports write each as it was read.
/// Where the format compares ids as texts (two segments of one id, a minder named by a child,
/// a class named by `<teaches>`), equal means canonically equivalent, as for `String`:
/// `EquivalentTexts` gives each text the number of the first text equivalent to it.
///
/// An open-addressing table over a cheap hash of the bytes (seeded per process), whose probe
/// length a hostile export cannot push past `longestProbe`: beyond it, texts are found by a
/// dictionary instead.
public struct TextTable: Sendable {
    /// A text found further than this many slots from its hash's hands every text over to
    /// the dictionary.
    private let longestProbe: Int
    private static let processSeed = UInt64.random(in: .min ... .max)

    /// The bytes of every text, one after the other.
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (it starts where the one before ends).
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    /// A number + 1 per slot, 0 when free; a power of two, at least twice the count.
    private var slots: [Int32] = []
    /// Once a probe grew too long: every text by its bytes, in a standard dictionary (whose
    /// hash is seeded SipHash).
    private var overflow: [[UInt8]: Int32]?
    /// Whether every text is ASCII (then equal bytes is canonical equivalence).
    public private(set) var isASCII = true

    public init() { longestProbe = 64 }

    /// A table that gives up its own slots after probing `longestProbe` (tests: 0).
    init(longestProbe: Int) { self.longestProbe = longestProbe }

    /// How many texts there are.
    public var count: Int { ends.count }

    /// The number of the text `buffer` holds, a new one when it is new.
    public mutating func number(_ buffer: UnsafeBufferPointer<UInt8>) -> TextID {
        if overflow != nil { return numberInOverflow(buffer) }
        if slots.isEmpty { slots = [Int32](repeating: 0, count: 64) }
        let hash = Self.hash(buffer)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var probes = 0
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if hashes[number] == hash && equals(number, buffer) { return TextID(Int32(number)) }
            probes += 1
            if probes > longestProbe { return numberInOverflow(buffer) }
            slot = (slot + 1) & mask
        }
        let number = append(buffer, hash: hash)
        slots[slot] = Int32(number + 1)
        if 2 * count > slots.count { grow() }
        return TextID(Int32(number))
    }

    /// The number of `text`, a new one when it is new.
    public mutating func number(_ text: String) -> TextID {
        var text = text
        return text.withUTF8 { number($0) }
    }

    /// The text of `id`.
    public func string(_ id: TextID) -> String {
        withBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of `id`.
    public func withBytes<R>(_ id: TextID, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = id.rawValue == 0 ? 0 : Int(ends[id.index - 1])
        let end = Int(ends[id.index])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether the text of `a` precedes that of `b` in code-point (UTF-8 byte) order.
    public func precedes(_ a: TextID, _ b: TextID) -> Bool {
        withBytes(a) { x in withBytes(b) { y in x.lexicographicallyPrecedes(y) } }
    }

    // MARK: - Storage

    private func equals(_ number: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : Int(ends[number - 1])
        let end = Int(ends[number])
        guard end - start == buffer.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<buffer.count where stored[start + offset] != buffer[offset] { return false }
            return true
        }
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        for byte in buffer where byte >= 0x80 {
            isASCII = false
            break
        }
        bytes.append(contentsOf: buffer)
        ends.append(Int32(truncatingIfNeeded: bytes.count))
        hashes.append(hash)
        return ends.count - 1
    }

    private mutating func numberInOverflow(_ buffer: UnsafeBufferPointer<UInt8>) -> TextID {
        if overflow == nil {
            var byBytes: [[UInt8]: Int32] = [:]
            for number in 0..<count { byBytes[withBytes(TextID(Int32(number))) { Array($0) }] = Int32(number) }
            overflow = byBytes
            slots = []
        }
        let key = Array(buffer)
        if let known = overflow?[key] { return TextID(known) }
        let number = append(buffer, hash: 0)
        overflow?[key] = Int32(number)
        return TextID(Int32(number))
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for number in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(number + 1)
        }
        slots = larger
    }

    /// FNV-1a over the bytes, seeded, with a final mix.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = processSeed ^ 0xCBF2_9CE4_8422_2325
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}

/// For each text of a growing `TextTable`, the number of the first text canonically equivalent
/// to it (itself when none before is): what ids are compared by, as `String`s compare. While
/// every text is ASCII, that is the text itself, and nothing is kept.
public struct EquivalentTexts: Sendable {
    private var first: [String: TextID] = [:]
    private var resolved: [TextID] = []

    public init() {}

    /// The first text of `texts` equivalent to `id`.
    public mutating func of(_ id: TextID, in texts: TextTable) -> TextID {
        all(in: texts)?[id.index] ?? id
    }

    /// Every text's first equivalent, in number order; `nil` while every text is ASCII.
    public mutating func all(in texts: TextTable) -> [TextID]? {
        if texts.isASCII { return nil }
        while resolved.count < texts.count {
            let number = TextID(Int32(resolved.count))
            let text = texts.string(number)
            if let known = first[text] {
                resolved.append(known)
            } else {
                first[text] = number
                resolved.append(number)
            }
        }
        return resolved
    }
}
