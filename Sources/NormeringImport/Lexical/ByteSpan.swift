#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A view of bytes owned by libxml2 for the duration of one SAX callback (an attribute
/// value, an element name): compared and parsed in place, turned into a `String` only
/// when the value is kept.
struct ByteSpan {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = max(0, count)
    }

    /// A NUL-terminated C string (libxml2's names).
    init(cString: UnsafePointer<UInt8>) {
        var length = 0
        while cString[length] != 0 { length += 1 }
        self.init(base: cString, count: length)
    }

    @inline(__always) subscript(index: Int) -> UInt8 { base[index] }

    /// The bytes as UTF-8 text (libxml2 hands over UTF-8 whatever the file's encoding).
    ///
    /// Without entity substitution (never asked for: no `XML_PARSE_NOENT`), libxml2 hands over
    /// every `&` of an attribute value, written `&amp;` or `&#38;`, as the five bytes `&#38;`
    /// (for a tree builder to parse again); a bare `&` never comes. So `&#38;` is turned back
    /// into `&`: `name="Børn &amp; Unge"` is `Børn & Unge`.
    var string: String { withText { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the bytes as UTF-8 text: these bytes, or (when they hold `&#38;`, see
    /// `string`) a decoded copy.
    func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let bytes = UnsafeBufferPointer(start: base, count: count)
        guard count >= 5, memchr(base, Int32(UInt8(ascii: "&")), count) != nil else { return body(bytes) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(count)
        var index = 0
        while index < count {
            if base[index] == UInt8(ascii: "&"), index + 4 < count, base[index + 1] == UInt8(ascii: "#"),
               base[index + 2] == UInt8(ascii: "3"), base[index + 3] == UInt8(ascii: "8"), base[index + 4] == UInt8(ascii: ";") {
                decoded.append(UInt8(ascii: "&"))
                index += 5
            } else {
                decoded.append(base[index])
                index += 1
            }
        }
        return decoded.withUnsafeBufferPointer(body)
    }

    /// Whether the bytes are exactly those of `literal`.
    @inline(__always) func equals(_ literal: StaticString) -> Bool {
        guard literal.utf8CodeUnitCount == count else { return false }
        let other = literal.utf8Start
        for index in 0..<count where base[index] != other[index] { return false }
        return true
    }

    /// Whether the bytes are exactly `bytes`.
    @inline(__always) func equals(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == count else { return false }
        return bytes.withUnsafeBufferPointer { other in
            for index in 0..<count where base[index] != other[index] { return false }
            return true
        }
    }

    /// Without XML white space (space, tab, CR, LF) at either end: the "surrounding blanks"
    /// that numbers, dates and booleans may have.
    func trimmingBlanks() -> ByteSpan {
        var start = 0
        var end = count
        while start < end, ByteSpan.isBlank(base[start]) { start += 1 }
        while end > start, ByteSpan.isBlank(base[end - 1]) { end -= 1 }
        return ByteSpan(base: base + start, count: end - start)
    }

    /// Whether every byte is XML white space (also true when empty).
    var isBlank: Bool {
        for index in 0..<count where !ByteSpan.isBlank(base[index]) { return false }
        return true
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
