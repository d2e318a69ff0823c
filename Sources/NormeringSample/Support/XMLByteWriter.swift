#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encoding of an export file.
public enum SampleEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case latin1 = "ISO-8859-1"
}

/// A buffered byte writer for one export file: 256 KiB in memory, flushed with `fwrite`.
///
/// Everything is appended as bytes: ASCII literals, integers, dates and escaped attribute
/// text (in UTF-8, or in ISO-8859-1 with character references for what Latin-1 lacks).
/// No Foundation formatting; a write error is kept and thrown by `close()`.
final class XMLByteWriter {
    static let capacity = 256 * 1024

    let encoding: SampleEncoding
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var failure: Int32 = 0
    /// The most bytes ever held in the buffer (for the memory test).
    private(set) var peakBuffered = 0

    init(path: String, encoding: SampleEncoding) throws {
        guard let handle = fopen(path, "wb") else {
            throw SampleError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.file = handle
        self.path = path
        self.encoding = encoding
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: XMLByteWriter.capacity)
    }

    deinit {
        if let file { fclose(file) }
        buffer.deallocate()
    }

    /// Flushes and closes the file; throws the first write error.
    func close() throws {
        flush()
        if let file {
            if fclose(file) != 0 && failure == 0 { failure = errno }
            self.file = nil
        }
        if failure != 0 {
            throw SampleError.cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
    }

    private func flush() {
        guard count > 0 else { return }
        if let file, failure == 0 {
            if fwrite(buffer, 1, count, file) != count { failure = errno == 0 ? EIO : errno }
        }
        count = 0
    }

    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > XMLByteWriter.capacity { flush() }
    }

    @inline(__always)
    private func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
        if count > peakBuffered { peakBuffered = count }
    }

    /// An ASCII literal, written as it is (no escaping).
    func raw(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        if n > XMLByteWriter.capacity / 2 {
            text.withUTF8Buffer { for b in $0 { reserve(1); put(b) } }
            return
        }
        reserve(n)
        text.withUTF8Buffer { bytes in
            for b in bytes { put(b) }
        }
    }

    /// The raw value of an enumeration of the export format (its exact ASCII spelling, as
    /// export-format.md gives it), written as it is (no escaping).
    func spelling<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        var text = value.rawValue
        text.withUTF8 { bytes in
            reserve(bytes.count)
            for b in bytes { put(b) }
        }
    }

    /// An integer in decimal, zero-padded to `width` digits.
    func int(_ value: Int, width: Int = 0) {
        var v = value
        if v < 0 {
            reserve(1)
            put(0x2D)
            v = v == Int.min ? Int.max : -v
        }
        var n = 1
        var t = v
        while t >= 10 {
            t /= 10
            n += 1
        }
        let pad = min(max(0, width - n), 64)
        reserve(n + pad)
        for _ in 0..<pad { put(0x30) }
        var i = count + n - 1
        repeat {
            buffer[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
            i -= 1
        } while v > 0
        count += n
        if count > peakBuffered { peakBuffered = count }
    }

    /// A day number as `YYYY-MM-DD`.
    func date(_ dayNumber: Int) {
        let (y, m, d) = Civil.ymd(dayNumber)
        int(y, width: 4)
        reserve(6)
        put(0x2D)
        put(UInt8(0x30 + m / 10))
        put(UInt8(0x30 + m % 10))
        put(0x2D)
        put(UInt8(0x30 + d / 10))
        put(UInt8(0x30 + d % 10))
    }

    /// A decimal given in tenths: `370` as `37`, `325` as `32.5`.
    func tenths(_ value: Int) {
        int(value / 10)
        if value % 10 != 0 {
            reserve(2)
            put(0x2E)
            put(UInt8(0x30 + value % 10))
        }
    }

    /// Attribute text: `& < > " '` escaped, tab and line breaks as character references,
    /// other control characters dropped (XML 1.0 cannot carry them), encoded for the file.
    func text(_ value: String) {
        switch encoding {
        case .utf8:
            for b in value.utf8 {
                if b < 0x80 { ascii(b) } else { reserve(1); put(b) }
            }
        case .latin1:
            for scalar in value.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    ascii(UInt8(v))
                } else if v >= 0xA0 && v <= 0xFF {
                    reserve(1)
                    put(UInt8(v))
                } else {
                    characterReference(v)
                }
            }
        }
    }

    @inline(__always)
    private func ascii(_ b: UInt8) {
        switch b {
        case 0x26: raw("&amp;")
        case 0x3C: raw("&lt;")
        case 0x3E: raw("&gt;")
        case 0x22: raw("&quot;")
        case 0x27: raw("&apos;")
        case 0x09, 0x0A, 0x0D: characterReference(UInt32(b))
        case 0x00..<0x20, 0x7F: break
        default:
            reserve(1)
            put(b)
        }
    }

    private func characterReference(_ value: UInt32) {
        raw("&#x")
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var digits: [UInt8] = []
        var v = value
        repeat {
            digits.append(hex[Int(v & 0xF)])
            v >>= 4
        } while v > 0
        reserve(digits.count + 1)
        for d in digits.reversed() { put(d) }
        put(0x3B)
    }
}
