/// Numbers texts in the order they are first inserted: 0, 1, 2, … Two texts get the same
/// number exactly when they are equal as `String`s (canonical equivalence), as in a
/// `[String: Int]`.
///
/// It replaces `[String: Int]` and `Set<String>` where the import and the rules look up record
/// ids, class ids and subject texts once per record (the joins' overlap index, `<teaches>`
/// classes, competence coverage). Those are short ASCII texts, and Swift's `String` hashing
/// (SipHash, with a check for normalisation) cost more than all else such a look-up does.
/// Here an ASCII text is hashed over its bytes with a cheap hash and compared as bytes: for
/// two ASCII texts, byte equality is `String` equality.
///
/// Everything else goes the standard way: from the first text that is not ASCII (which may be
/// canonically equivalent to an ASCII one: U+212A KELVIN SIGN is `K`), every text is looked up
/// in a `[String: Int]`. So it does when a hostile export makes texts collide: an insertion
/// that probes more than `longestProbe` slots hands every text over to the dictionary. The
/// hash is seeded per process.
public struct TextNumbering: Sendable {
    /// An insertion that probes more slots than this hands the texts over to a dictionary.
    static let longestProbe = 48

    /// Per-process seed of the byte hash.
    private static let processSeed = UInt64.random(in: .min ... .max)

    /// Open addressing, linear probing: each slot holds a number + 1, or 0 when free.
    /// Its count is a power of two, at least twice the count of texts.
    private var slots: [Int32]
    /// Per number: the hash of its text.
    private var hashes: [UInt64] = []
    /// Per number: its text (all ASCII, unless `equality` is `.bytes`).
    private var texts: [String] = []
    /// Once set, every text is looked up here (see the type's comment).
    private var dictionary: [String: Int]?
    private let equality: Equality

    /// When two texts are the same.
    public enum Equality: Sendable {
        /// When they are equal as `String`s (canonical equivalence), as in a `[String: Int]`.
        case canonical
        /// When their UTF-8 bytes are: canonically equivalent texts written with other bytes
        /// get numbers of their own. For a cache in front of a key that unites them anyway.
        case bytes
    }

    /// An empty numbering with room for `capacity` texts.
    public init(capacity: Int = 0, equality: Equality = .canonical) {
        self.equality = equality
        var slotCount = 8
        while slotCount < 2 * capacity { slotCount <<= 1 }
        slots = [Int32](repeating: 0, count: slotCount)
        hashes.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
    }

    /// How many texts are numbered.
    public var count: Int { dictionary?.count ?? hashes.count }

    /// Whether the texts are looked up in a dictionary (a text that is not ASCII, or collisions).
    var usesDictionary: Bool { dictionary != nil }

    /// The number of `text`, or `nil` when it has none.
    public func number(of text: String) -> Int? {
        if let dictionary { return dictionary[text] }
        guard let hash = Self.hash(text, seed: Self.processSeed, asciiOnly: equality == .canonical) else {
            // Not ASCII, among ASCII texts only: equal to none unless canonically equivalent
            // to one (rare: the texts are compared one by one).
            return texts.firstIndex(of: text)
        }
        return probe(text, hash: hash).number
    }

    /// Whether `text` has a number.
    public func contains(_ text: String) -> Bool { number(of: text) != nil }

    /// The number of `text`; a new one (the count before) when it had none.
    @discardableResult
    public mutating func insert(_ text: String) -> (number: Int, inserted: Bool) {
        if dictionary != nil { return insertInDictionary(text) }
        guard let hash = Self.hash(text, seed: Self.processSeed, asciiOnly: equality == .canonical) else {
            return insertInDictionary(text)
        }
        let found = probe(text, hash: hash)
        if let number = found.number { return (number, false) }
        let number = hashes.count
        // A slot holds a number + 1 in 32 bits.
        if found.distance > Self.longestProbe || number == Int(Int32.max) - 1 { return insertInDictionary(text) }
        hashes.append(hash)
        texts.append(text)
        slots[found.slot] = Int32(truncatingIfNeeded: number + 1)
        if 2 * hashes.count > slots.count { grow() }
        return (number, true)
    }

    /// Inserts `text` in the dictionary, made of the texts so far when there is none yet.
    private mutating func insertInDictionary(_ text: String) -> (number: Int, inserted: Bool) {
        if dictionary == nil {
            var numbered: [String: Int] = [:]
            numbered.reserveCapacity(texts.count + 1)
            for (number, text) in texts.enumerated() { numbered[text] = number }
            dictionary = numbered
            slots = []
            hashes = []
            texts = []
        }
        let number = dictionary?.count ?? 0
        if let known = dictionary?[text] { return (known, false) }
        dictionary?[text] = number
        return (number, true)
    }

    // MARK: - Slots

    /// The number of the ASCII `text` with this hash, or the free slot where it would go and how
    /// many slots were probed to find it.
    private func probe(_ text: String, hash: UInt64) -> (number: Int?, slot: Int, distance: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var distance = 0
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (nil, slot, distance) }
            let number = entry - 1
            if hashes[number] == hash && texts[number] == text { return (number, slot, distance) }
            slot = (slot + 1) & mask
            distance += 1
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for number in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(truncatingIfNeeded: number + 1)
        }
        slots = larger
    }

    // MARK: - Hash

    /// A 64-bit hash of `text`'s bytes (FNV-1a, seeded, with a final mix); `nil` when the text
    /// is not all ASCII and `asciiOnly`.
    static func hash(_ text: String, seed: UInt64, asciiOnly: Bool) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { utf8 -> UInt64? in
            var hash = seed ^ 0xCBF2_9CE4_8422_2325
            var any: UInt8 = 0
            for byte in utf8 {
                any |= byte
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            guard any < 0x80 || !asciiOnly else { return nil }
            hash ^= hash >> 29
            hash = hash &* 0xBF58_476D_1CE4_E5B9
            return hash ^ (hash >> 32)
        } ?? nil
    }
}
