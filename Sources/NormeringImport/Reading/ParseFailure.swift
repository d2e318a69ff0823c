import CNormeringXML

/// What a person is told when libxml2 gives up on a file (reports-and-cli.md, "Messages a
/// person can act on"): what the file looks like when it is not XML at all, which encoding
/// was assumed when a byte does not fit it, which element a cut-off file left open; else the
/// parser's own words. Worked out once, on the error path (it may read the file's start again).
enum ParseFailure {
    /// The message for libxml2's error `code` with its text `parserMessage`, reported at `line`.
    /// - Parameters:
    ///   - atEnd: the whole file had been handed to the parser.
    ///   - rootSeen: the root element's start tag had been read.
    ///   - open: the elements still open, innermost first.
    static func message(code: Int32, parserMessage: String, line: Int, path: String, atEnd: Bool, rootSeen: Bool,
                        open: [OpenElement]) -> String {
        if !rootSeen {
            let start = FileStart(path: path)
            if let looks = start.notXMLDescription { return looks }
            let endsEarly = atEnd && code == Int32(XML_ERR_DOCUMENT_END.rawValue) // libxml2 2.9: "Extra content at the end"
            if endsEarly || (start.isBlank && code == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue)) {
                // Blank, or only a declaration or comments: an export cut short before its root.
                return "not well-formed XML: the document has no root element (is the file empty or cut short?)"
            }
        }
        if atEnd && !open.isEmpty { return cutOff(open) }
        if code == Int32(XML_ERR_INVALID_CHAR.rawValue) || code == Int32(XML_ERR_INVALID_ENCODING.rawValue) {
            let start = FileStart(path: path)
            if start.isReadAsUTF8,
               let bad = InvalidUTF8.first(inFileAt: path, throughLine: line > 0 ? line : Int.max) {
                return notUTF8(bad, start)
            }
        }
        if code == Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue) || code == Int32(XML_ERR_UNKNOWN_ENCODING.rawValue),
           let declared = FileStart(path: path).declaredEncoding {
            return "the file declares encoding \"\(declared)\", which cannot be read here; "
                + "declare the encoding it is written in: UTF-8, ISO-8859-1, windows-1252 or UTF-16"
        }
        // libxml2's messages end with a newline and sometimes hold one ("…encoding !\nBytes: …").
        let text = parserMessage.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "not well-formed XML: \(text)"
    }

    /// `the file ends before </institution> (opened at line 790, column 112) and </staffing>;
    /// it looks cut off — export it again`. `open` innermost first, not empty.
    static func cutOff(_ open: [OpenElement]) -> String {
        let innermost = open[0]
        var ends = ["</\(innermost.name)> (opened at line \(innermost.line), column \(innermost.column))"]
        ends += open.dropFirst().map { "</\($0.name)>" }
        let list = ends.count == 1 ? ends[0] : ends.dropLast().joined(separator: ", ") + " and " + ends[ends.count - 1]
        return "the file ends before \(list); it looks cut off — export it again"
    }

    /// `the file is read as UTF-8 (it declares no encoding), but byte 0xF8 at line 3 is not
    /// UTF-8 (in Windows-1252 it is "ø"); if the file is Windows-1252 or ISO-8859-1, begin it
    /// with <?xml version="1.0" encoding="windows-1252"?>`
    static func notUTF8(_ bad: InvalidUTF8, _ start: FileStart) -> String {
        let hex = "0x" + String(bad.byte, radix: 16, uppercase: true)
        var letter = ""
        if let character = windows1252(bad.byte), character.value > 0xA0, character.value != 0xAD { // visible
            letter = " (in Windows-1252 it is \"\(Character(character))\")"
        }
        return "the file is read as \(start.assumedEncoding), but byte \(hex) at line \(bad.line) is not UTF-8\(letter); "
            + "if the file is Windows-1252 or ISO-8859-1, \(start.howToDeclareWindows1252)"
    }

    /// The character a byte from 0x80 stands for in Windows-1252 (`nil` where it has none).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80..<0xA0).contains(byte) else { return Unicode.Scalar(byte) } // as ISO-8859-1
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let value = table[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
