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
/// The scan is a small state machine over bytes that carries over from chunk to chunk. It
/// works on the file's raw bytes in any of the encodings libxml2 reads (the ASCII characters
/// it looks for are single bytes in UTF-8 and Latin-1, and a byte plus a zero in UTF-16).
/// Comments, processing instructions, CDATA and DOCTYPE (`<!`, `<?`) are skipped to the next
/// `>`; quoted values are skipped with `memchr`, so the cost per byte is small.
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

    private var state = State.text
    private var equalsSigns = 0

    /// Scans the next bytes; `false` when a start tag has gone past the limit.
    mutating func scan(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
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
                } else if byte != 0 {  // the zero of a UTF-16 code unit keeps us here
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
