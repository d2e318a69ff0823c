import NormeringCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first bytes of a file, read again when the parser has given up on it, to say in words
/// what went wrong: which encoding the file was read in, and what a file that is not XML at
/// all looks like. Never on the path of a file that parses.
struct FileStart {
    /// Bytes looked at: a declaration, a byte-order mark, a first line.
    static let size = 4096

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The first `size` bytes of the file at `path` (fewer when it is shorter; none when it
    /// cannot be read).
    init(path: String) { self.init(Self.firstBytes(path: path, count: Self.size)) }

    /// Up to `count` bytes from the start of the file at `path`; empty when it cannot be read.
    static func firstBytes(path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: count)
        let filled = buffer.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
        return Array(buffer.prefix(max(0, filled)))
    }

    // MARK: - Encoding

    /// A byte-order mark, by the encoding it names.
    enum ByteOrderMark: String {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    }

    var byteOrderMark: ByteOrderMark? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return nil
    }

    /// The bytes after a UTF-8 byte-order mark (the whole file start otherwise).
    private var afterMark: ArraySlice<UInt8> { byteOrderMark == .utf8 ? bytes.dropFirst(3) : bytes[...] }

    /// Whether the file begins with an XML declaration (`<?xml ` after an optional UTF-8 mark).
    var hasDeclaration: Bool {
        let start = afterMark
        return start.starts(with: Array("<?xml".utf8)) && start.dropFirst(5).first.map(ByteSpan.isBlank) == true
    }

    /// The encoding the XML declaration names, as written; `nil` without one.
    var declaredEncoding: String? {
        guard hasDeclaration else { return nil }
        let declaration = afterMark.prefix { $0 != UInt8(ascii: ">") }
        guard let found = declaration.firstRange(of: "encoding".utf8) else { return nil }
        var rest = declaration[found.upperBound...].drop(while: ByteSpan.isBlank)
        guard rest.first == UInt8(ascii: "=") else { return nil }
        rest = rest.dropFirst().drop(while: ByteSpan.isBlank)
        guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        guard !name.isEmpty, name.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// The file is read as UTF-8: no other byte-order mark, and no other encoding declared.
    var isReadAsUTF8: Bool {
        guard byteOrderMark == nil || byteOrderMark == .utf8 else { return false }
        guard let declared = declaredEncoding?.lowercased() else { return true }
        return declared == "utf-8" || declared == "utf8"
    }

    /// Which encoding the parser assumed, and why, for a message: `UTF-8 (it declares no
    /// encoding)`, `windows-1252, as its declaration says`.
    var assumedEncoding: String {
        if let mark = byteOrderMark, mark != .utf8 { return "\(mark.rawValue) (it begins with a byte-order mark)" }
        if let declared = declaredEncoding { return "\(declared), as its declaration says" }
        if byteOrderMark == .utf8 { return "UTF-8 (it begins with a UTF-8 byte-order mark)" }
        return hasDeclaration ? "UTF-8 (its declaration names no encoding)" : "UTF-8 (it declares no encoding)"
    }

    /// How to declare Windows-1252 (a superset of ISO-8859-1's letters, read by libxml2 here):
    /// what to begin the file with, or what to change its declaration to.
    var howToDeclareWindows1252: String {
        let declaration = #"<?xml version="1.0" encoding="windows-1252"?>"#
        if !hasDeclaration { return "begin it with \(declaration)" }
        if declaredEncoding == nil { return "add encoding=\"windows-1252\" to its declaration: \(declaration)" }
        return "change its declaration to \(declaration)"
    }

    // MARK: - What a file that is not XML looks like

    /// What the file looks like when it cannot be an XML export: its first character (after a
    /// byte-order mark and blanks) is not `<`, or it is empty. `nil` when it begins like XML
    /// (in any encoding libxml2 tells from its first bytes), so the parser's own message stands.
    ///
    /// Quotes at most a short start of the first line, with CPR numbers masked.
    var notXMLDescription: String? {
        if bytes.isEmpty { return "the file is empty (0 bytes), not an XML export" }
        if let kind = Self.signatures.first(where: { bytes.starts(with: $0.magic) }) {
            return "this looks like \(kind.looksLike), not an XML export"
        }
        if let mark = byteOrderMark, mark != .utf8 { return nil }
        if looksLikeUTF16WithoutMark {
            return "the file is read as UTF-8 (it declares no encoding), but it looks like UTF-16 (every other byte is 0); "
                + "export it as UTF-8, or as UTF-16 with a byte-order mark"
        }
        let text = afterMark.drop(while: ByteSpan.isBlank)
        guard let first = text.first else { return nil } // blank: the parser says there is no root
        if first == UInt8(ascii: "<") { return nil }
        let head = Array(text.prefix(512))
        let controls = head.filter { $0 < 0x20 && !ByteSpan.isBlank($0) }.count
        if head.contains(0) || controls * 10 > head.count {
            return "this is not a text file (it holds NUL or other control bytes), so not an XML export"
        }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return "this looks like a JSON file (it begins with \"\(Character(Unicode.Scalar(first)))\"), not an XML export"
        }
        let line = Array(text.prefix { $0 != 0x0A && $0 != 0x0D })
        let quoted = Self.quotedStart(of: line)
        let separators: [(byte: UInt8, name: String)] = [(0x3B, "semicolons"), (0x2C, "commas"), (0x09, "tabs")]
        let counts = separators.map { separator in line.filter { $0 == separator.byte }.count }
        if let most = counts.max(), most > 0, let index = counts.firstIndex(of: most) {
            return "this looks like a CSV file (text with \(separators[index].name), first line \(quoted)), not an XML export"
        }
        return "this is text, not an XML export, which begins with \"<\" (first line \(quoted))"
    }

    /// Whether the file holds only blanks after a byte-order mark (as far as it was read).
    var isBlank: Bool { bytes.count < Self.size && afterMark.allSatisfy(ByteSpan.isBlank) }

    /// `<` and another character in UTF-16 without a byte-order mark, big- or little-endian.
    private var looksLikeUTF16WithoutMark: Bool {
        guard bytes.count >= 4 else { return false }
        let lessThan = UInt8(ascii: "<")
        return (bytes[0] == 0 && bytes[1] == lessThan && bytes[2] == 0 && bytes[3] != 0)
            || (bytes[0] == lessThan && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
    }

    /// File formats told by their first bytes.
    private static let signatures: [(magic: [UInt8], looksLike: String)] = [
        (Array("PK\u{03}\u{04}".utf8), "a spreadsheet (.xlsx) or another ZIP archive (it begins with \"PK\")"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Excel or Word file (.xls or .doc)"),
        (Array("%PDF".utf8), "a PDF document (it begins with \"%PDF\")"),
        ([0x1F, 0x8B], "a compressed file (gzip); unpack it first, as it may hold the export"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("{\\rtf".utf8), "a Word document (RTF)"),
    ]

    /// `"…"` around at most 40 characters of `line` (UTF-8, else read as Windows-1252/Latin-1),
    /// CPR numbers masked before it is cut, so that no cut leaves a CPR number's digits unmasked.
    static func quotedStart(of line: [UInt8]) -> String {
        let limit = 40
        var piece = Array(line.prefix(256))
        if piece.count < line.count { // may end inside a character: drop the last one
            while let last = piece.last, last & 0xC0 == 0x80 { piece.removeLast() }
            if let last = piece.last, last >= 0xC0 { piece.removeLast() }
        }
        let utf8 = String(decoding: piece, as: UTF8.self)
        let text = utf8.utf8.elementsEqual(piece) ? utf8 : String(String.UnicodeScalarView(piece.map(Unicode.Scalar.init)))
        return "\"" + CPRNumber.excerpt(text, limit: limit) + "\""
    }
}

/// Fills `buffer` from `descriptor` as far as the file allows, retrying an interrupted read:
/// the count, 0 at the file's end, -1 on a read error.
func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var filled = 0
    while filled < buffer.count {
        let got = read(descriptor, base + filled, buffer.count - filled)
        if got < 0 && errno == EINTR { continue }
        if got < 0 { return -1 }
        if got == 0 { break }
        filled += got
    }
    return filled
}
