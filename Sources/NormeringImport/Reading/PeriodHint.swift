import NormeringCore

/// The root `period` of an export, found from its first bytes without parsing the file, so
/// that a run can read one period at a time.
///
/// The scan is strict: it answers only when the start of the file is plain (UTF-8 or an
/// ASCII-compatible declared encoding; comments and processing instructions before the root
/// allowed; no DOCTYPE; the root start tag whole within the first bytes; one unprefixed
/// `period` attribute whose value holds no reference). Anything else is `nil`, and the
/// importer then reads the file before any period is joined and places it by the period its
/// parser finds. A `period` that is not a month is `nil` too (such a file joins nothing).
enum PeriodHint {
    /// Bytes looked at: the root start tag of an export is within its first few hundred.
    static let prefixSize = 4096

    /// The period of the file at `path`, when its first bytes tell it plainly.
    static func scan(path: String) -> YearMonth? {
        scan(FileStart.firstBytes(path: path, count: prefixSize))
    }

    /// The period named by the root start tag within `bytes` (the start of a file).
    static func scan(_ bytes: [UInt8]) -> YearMonth? {
        var scanner = Scanner(bytes: bytes)
        return scanner.rootPeriod()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func rootPeriod() -> YearMonth? {
            guard !bytes.contains(0) else { return nil } // UTF-16 or UTF-32 without a BOM
            if starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
            if starts(with: Array("<?xml".utf8)) {
                guard let end = find(Array("?>".utf8)), declarationIsPlain(upTo: end) else { return nil }
                index = end + 2
            }
            // Misc before the root: white space, comments, processing instructions.
            while true {
                skipBlanks()
                if starts(with: Array("<!--".utf8)) {
                    guard let end = find(Array("-->".utf8)) else { return nil }
                    index = end + 3
                } else if starts(with: Array("<?".utf8)) {
                    guard let end = find(Array("?>".utf8)) else { return nil }
                    index = end + 2
                } else {
                    break
                }
            }
            guard byte(at: index) == UInt8(ascii: "<"), let first = byte(at: index + 1), isNameByte(first) else { return nil }
            index += 1
            skipName()
            var period: YearMonth?
            var periodSeen = false
            while true {
                let hadBlank = skipBlanks()
                guard let next = byte(at: index) else { return nil }
                if next == UInt8(ascii: ">") { break }
                if next == UInt8(ascii: "/") { guard byte(at: index + 1) == UInt8(ascii: ">") else { return nil }; break }
                guard hadBlank, isNameByte(next) else { return nil }
                let nameStart = index
                skipName()
                let name = bytes[nameStart..<index]
                skipBlanks()
                guard byte(at: index) == UInt8(ascii: "=") else { return nil }
                index += 1
                skipBlanks()
                guard let quote = byte(at: index), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
                index += 1
                let valueStart = index
                while let byte = byte(at: index), byte != quote {
                    if byte == UInt8(ascii: "<") { return nil }
                    index += 1
                }
                guard index < bytes.count else { return nil }
                let value = bytes[valueStart..<index]
                index += 1
                if name.elementsEqual("period".utf8) {
                    guard !periodSeen else { return nil }
                    periodSeen = true
                    period = Self.yearMonth(value)
                    guard period != nil else { return nil }
                }
            }
            return period
        }

        /// The XML declaration names no encoding, or one whose ASCII bytes are ASCII.
        private func declarationIsPlain(upTo end: Int) -> Bool {
            let declaration = bytes[index..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            guard var position = declaration.firstRange(of: "encoding".utf8)?.upperBound else { return true }
            while position < declaration.count, declaration[position] != UInt8(ascii: "\""),
                  declaration[position] != UInt8(ascii: "'") { position += 1 }
            guard position < declaration.count else { return false }
            let quote = declaration[position]
            position += 1
            let start = position
            while position < declaration.count, declaration[position] != quote { position += 1 }
            let name = declaration[start..<min(position, declaration.count)]
            return ["utf-8", "iso-8859-1", "us-ascii", "ascii"].contains { name.elementsEqual($0.utf8) }
        }

        /// `YYYY-MM` with XML blanks around it, read by `yearMonthValue`: only digits, a dash
        /// and blanks, so no character reference can hide in it.
        private static func yearMonth(_ value: ArraySlice<UInt8>) -> YearMonth? {
            value.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { ByteSpan(base: $0, count: buffer.count).yearMonthValue() }
            }
        }

        private func byte(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

        private func starts(with prefix: [UInt8]) -> Bool {
            index + prefix.count <= bytes.count && bytes[index..<index + prefix.count].elementsEqual(prefix)
        }

        /// Where `needle` next appears, from `index` on.
        private func find(_ needle: [UInt8]) -> Int? { bytes[index...].firstRange(of: needle)?.lowerBound }

        @discardableResult
        private mutating func skipBlanks() -> Bool {
            let start = index
            while let byte = byte(at: index), ByteSpan.isBlank(byte) { index += 1 }
            return index > start
        }

        private mutating func skipName() {
            while let byte = byte(at: index), isNameByte(byte) { index += 1 }
        }

        /// Name characters, loosely: anything but blanks and markup (non-ASCII bytes included).
        private func isNameByte(_ byte: UInt8) -> Bool {
            !ByteSpan.isBlank(byte) && !#"<>/="'"#.utf8.contains(byte)
        }
    }
}
