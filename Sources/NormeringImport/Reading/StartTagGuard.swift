#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the raw bytes fed to libxml2 for a start tag with an absurd number of attributes.
///
/// libxml2 2.9 checks each attribute of a start tag against every earlier one (quadratic:
/// 100 000 attributes take ~10 s) before any callback of ours runs, and offers no limit. No
/// export has more than a dozen attributes on an element, so a tag with more than
/// `maximumAttributes` `=` signs outside quoted values is refused before libxml2 sees it.
///
/// The scan is a small state machine over bytes that carries over from chunk to chunk.
/// Comments, processing instructions, CDATA and DOCTYPE (`<!`, `<?`) are skipped to the next
/// `>`; quoted values are skipped with `memchr`, so the cost per byte is small.
///
/// It reads the characters it looks for (`< > " ' = ! ?`) where they are single bytes: in
/// UTF-8, Latin-1 and the other ASCII-compatible encodings, straight from the file's bytes. A
/// file whose first bytes say UTF-16, UCS-4 or EBCDIC is first read unit by unit into one byte
/// per character (the character itself when ASCII, else a neutral byte): read as raw bytes, a
/// UTF-16 character such as U+4E22 holds a `"` byte, and an attribute name made of them would
/// hide every `=` from the count.
struct StartTagGuard {
    /// More `=` than this in one start tag refuses the file (namespace declarations count).
    static let maximumAttributes = 20_000

    private enum State {
        case text
        /// Just after `<`: is it a tag, or `<!` / `<?`?
        case afterLess
        case tag
        case quoted(UInt8)
        /// Inside `<!…>` or `<?…>`: up to the next `>`.
        case markup
    }

    /// How the file writes a character, told by its first bytes (as libxml2 tells it).
    enum Units: Equatable {
        /// One byte for each ASCII character (UTF-8, Latin-1, …).
        case bytes
        case utf16(bigEndian: Bool)
        case ucs4(bigEndian: Bool)
        case ebcdic
    }

    private var state = State.text
    private var equalsSigns = 0
    /// Told by the first bytes scanned.
    private(set) var units: Units?
    /// Bytes of a unit begun at the end of the last chunk.
    private var partial: [UInt8] = []

    /// The encoding family of a file that starts with `bytes` (at least 4, or all there are).
    static func units(startingWith bytes: UnsafePointer<UInt8>, count: Int) -> Units {
        guard count >= 2 else { return .bytes }
        let b0 = bytes[0], b1 = bytes[1]
        let b2 = count > 2 ? bytes[2] : 0xFF, b3 = count > 3 ? bytes[3] : 0xFF
        switch (b0, b1, b2, b3) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return .ucs4(bigEndian: true)
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return .ucs4(bigEndian: false)
        case (0x4C, 0x6F, 0xA7, 0x94): return .ebcdic
        default: break
        }
        switch (b0, b1) {
        case (0xFE, 0xFF), (0x00, 0x3C): return .utf16(bigEndian: true)
        case (0xFF, 0xFE), (0x3C, 0x00): return .utf16(bigEndian: false)
        default: return .bytes
        }
    }

    /// Scans the next bytes of the file; `false` when a start tag has gone past the limit.
    mutating func scan(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        let units = self.units ?? Self.units(startingWith: bytes, count: count)
        self.units = units
        guard units != .bytes else { return scanCharacters(bytes, count: count) }
        // One byte per character, then the same scan.
        let width: Int
        switch units {
        case .utf16: width = 2
        case .ucs4: width = 4
        case .ebcdic, .bytes: width = 1
        }
        var characters: [UInt8] = []
        characters.reserveCapacity((partial.count + count) / width + 1)
        var unit = partial
        for index in 0..<count {
            unit.append(bytes[index])
            guard unit.count == width else { continue }
            characters.append(Self.character(of: unit, units))
            unit.removeAll(keepingCapacity: true)
        }
        partial = unit
        return characters.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return scanCharacters(base, count: buffer.count)
        }
    }

    /// The ASCII character a unit writes, or 0x80 for any other.
    private static func character(of unit: [UInt8], _ units: Units) -> UInt8 {
        let value: UInt32
        switch units {
        case .utf16(let bigEndian):
            value = bigEndian ? UInt32(unit[0]) << 8 | UInt32(unit[1]) : UInt32(unit[1]) << 8 | UInt32(unit[0])
        case .ucs4(let bigEndian):
            let ordered = bigEndian ? unit : unit.reversed()
            value = ordered.reduce(0) { $0 << 8 | UInt32($1) }
        case .ebcdic:
            // The characters looked for, in EBCDIC (code page 037; in 500, `!` is 0x4F, and
            // `<!` then reads as a tag: a comment's `=` may count, never one too few).
            switch unit[0] {
            case 0x4C: return UInt8(ascii: "<")
            case 0x6E: return UInt8(ascii: ">")
            case 0x7F: return UInt8(ascii: "\"")
            case 0x7D: return UInt8(ascii: "'")
            case 0x7E: return UInt8(ascii: "=")
            case 0x5A: return UInt8(ascii: "!")
            case 0x6F: return UInt8(ascii: "?")
            default: return 0x80
            }
        case .bytes:
            return unit[0]
        }
        return value < 0x80 ? UInt8(value) : 0x80
    }

    /// The state machine, over one byte per character.
    private mutating func scanCharacters(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index < count {
            switch state {
            case .text:
                guard let found = Self.find(UInt8(ascii: "<"), bytes + index, count - index) else { return true }
                index = found - bytes + 1
                state = .afterLess
            case .afterLess:
                let byte = bytes[index]
                if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    state = .markup
                } else if byte != 0 {  // a NUL byte (never in a well-formed document) keeps us here
                    state = .tag
                    equalsSigns = 0
                    continue
                }
                index += 1
            case .markup:
                guard let found = Self.find(UInt8(ascii: ">"), bytes + index, count - index) else { return true }
                index = found - bytes + 1
                state = .text
            case .quoted(let quote):
                guard let found = Self.find(quote, bytes + index, count - index) else { return true }
                index = found - bytes + 1
                state = .tag
            case .tag:
                while index < count {
                    let byte = bytes[index]
                    index += 1
                    // Letters and most name bytes come after all four bytes looked for (" ' = >).
                    if byte > UInt8(ascii: ">") { continue }
                    if byte == UInt8(ascii: ">") {
                        state = .text
                        break
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        // The quoted value, skipped here (the common case: it ends in this chunk).
                        guard let found = Self.find(byte, bytes + index, count - index) else {
                            state = .quoted(byte)
                            return true
                        }
                        index = found - bytes + 1
                    } else if byte == UInt8(ascii: "=") {
                        equalsSigns += 1
                        if equalsSigns > Self.maximumAttributes { return false }
                    }
                }
            }
        }
        return true
    }

    private static func find(_ byte: UInt8, _ start: UnsafePointer<UInt8>, _ count: Int) -> UnsafePointer<UInt8>? {
        guard count > 0, let found = memchr(start, Int32(byte), count) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
    }
}
