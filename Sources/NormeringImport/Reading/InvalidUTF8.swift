#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first byte of a file that does not begin a well-formed UTF-8 sequence (Unicode
/// Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), and its line.
///
/// Looked for only when the parser has given up on a file read as UTF-8, to name the byte.
struct InvalidUTF8: Equatable {
    var byte: UInt8
    /// 1-based; lines end at LF, as libxml2 counts them.
    var line: Int

    /// The first invalid byte of the file at `path` on a line up to `lastLine`; `nil` when
    /// there is none (or the file cannot be read).
    static func first(inFileAt path: String, throughLine lastLine: Int) -> InvalidUTF8? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var scanner = Scanner()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: [UInt8] = []
        while scanner.line <= lastLine {
            let count = buffer.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
            pending += buffer.prefix(max(0, count))
            let atEnd = count <= 0
            if let found = scanner.scan(&pending, atEnd: atEnd) { return found.line <= lastLine ? found : nil }
            if atEnd { return nil }
        }
        return nil
    }

    /// The first invalid byte of `bytes` (a whole file).
    static func first(in bytes: [UInt8]) -> InvalidUTF8? {
        var scanner = Scanner()
        var pending = bytes
        return scanner.scan(&pending, atEnd: true)
    }

    /// Walks bytes given piece by piece, counting lines.
    private struct Scanner {
        var line = 1

        /// Scans `bytes`, leaving in it only an incomplete sequence at its end (unless `atEnd`,
        /// where such a sequence is invalid).
        mutating func scan(_ bytes: inout [UInt8], atEnd: Bool) -> InvalidUTF8? {
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0x0A { line += 1 }
                    index += 1
                    continue
                }
                let length: Int
                var second: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; second = 0xA0...0xBF
                case 0xED: length = 3; second = 0x80...0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; second = 0x90...0xBF
                case 0xF4: length = 4; second = 0x80...0x8F
                case 0xF1...0xF3: length = 4
                default: return InvalidUTF8(byte: lead, line: line)
                }
                let available = bytes.count - index
                for offset in 1..<length {
                    guard offset < available else {
                        if atEnd { return InvalidUTF8(byte: lead, line: line) }
                        bytes.removeFirst(index)
                        return nil
                    }
                    let range = offset == 1 ? second : 0x80...0xBF
                    guard range.contains(bytes[index + offset]) else { return InvalidUTF8(byte: lead, line: line) }
                }
                index += length
            }
            bytes.removeAll(keepingCapacity: true)
            return nil
        }
    }
}
