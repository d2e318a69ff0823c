import CNormeringXML

/// An element whose end tag has not come (yet), and where libxml2 reported its start tag
/// (the position every other message about the element gives: where the start tag ends).
struct OpenElement: Sendable {
    var name: String
    var line: Int
    var column: Int
}

/// What a person is told when libxml2 gives up on a file (reports-and-cli.md, "Messages a
/// person can act on"): what the file looks like when it is not XML at all, which element a
/// cut-off file left open; else the parser's own words. Worked out once, on the error path
/// (it may read the file's start again).
enum ParseFailure {
    /// The message for libxml2's error `code` with its text `parserMessage`, for the file at `path`.
    /// - Parameters:
    ///   - atEnd: the whole file had been handed to the parser.
    ///   - rootSeen: the root element's start tag had been read.
    ///   - open: the elements still open, innermost first.
    static func message(code: Int32, parserMessage: String, path: String, atEnd: Bool, rootSeen: Bool,
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
}
