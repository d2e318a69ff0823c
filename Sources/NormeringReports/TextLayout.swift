/// Plain-text layout for summary.txt: aligned tables and wrapped paragraphs within a
/// width counted in characters (æ, ø and å are one column each), never in bytes.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    struct Column {
        var header: String
        var alignment: Alignment
        /// Whether the column gives way (its cells truncated with an ellipsis) when the
        /// table would be too wide.
        var flexible: Bool = false
    }

    var columns: [Column]
    var rows: [[String]] = []

    /// A table of columns headed `headers`: those at the indices in `left` aligned left, the
    /// others right; the one at `flexible`, if any, gives way first when the table is too wide.
    init(_ headers: [String], left: Set<Int>, flexible: Int? = nil) {
        columns = headers.enumerated().map { index, header in
            Column(header: header, alignment: left.contains(index) ? .left : .right, flexible: index == flexible)
        }
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table's lines: header, a rule of dashes, the rows; none longer than `TextLayout.width`.
    func lines(indent: Int) -> [String] {
        let gap = 2
        var widths = columns.map { TextLayout.characterCount($0.header) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextLayout.characterCount(cell))
            }
        }
        func total() -> Int { indent + widths.reduce(0, +) + gap * max(0, widths.count - 1) }
        // Narrow the flexible columns, widest first, then any left-aligned text column.
        for candidates in [columns.indices.filter { columns[$0].flexible },
                           columns.indices.filter { columns[$0].alignment == .left }] {
            while total() > TextLayout.width {
                guard let widest = candidates.filter({ widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] }) else {
                    break
                }
                widths[widest] -= 1
            }
        }
        let pad = String(repeating: " ", count: indent)
        var result: [String] = []
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = TextLayout.truncate(index < cells.count ? cells[index] : "", to: widths[index])
                parts.append(TextLayout.pad(cell, to: widths[index], alignment: column.alignment))
            }
            return TextLayout.trimTrailing(pad + parts.joined(separator: String(repeating: " ", count: gap)))
        }
        result.append(line(columns.map(\.header)))
        result.append(line(widths.map { String(repeating: "-", count: $0) }))
        for row in rows { result.append(line(row)) }
        return result
    }
}

enum TextLayout {
    /// The widest line of summary.txt, in characters.
    static let width = 100

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard characterCount(text) > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, to width: Int, alignment: TextTable.Alignment) -> String {
        let fill = String(repeating: " ", count: max(0, width - characterCount(text)))
        return alignment == .left ? text + fill : fill + text
    }

    static func trimTrailing(_ text: String) -> String {
        String(text.trimmingTrailing { $0 == " " })
    }

    /// A paragraph broken between words so that no line is wider than `width`; the first
    /// line starts with `indent` spaces, the others with `hangingIndent`. A word longer
    /// than a line is truncated with an ellipsis.
    static func wrap(_ text: String, indent: Int, hangingIndent: Int? = nil, width: Int = TextLayout.width) -> [String] {
        let later = hangingIndent ?? indent
        var lines: [String] = []
        var current = String(repeating: " ", count: indent)
        var currentIndent = indent
        var hasWord = false
        // In simple text every character is one scalar that never joins its neighbours, so
        // the line's width can be kept as a running count.
        let simple = isSimple(text)
        var currentCount = indent
        for word in keptTogether(text) {
            let room = width - currentIndent
            let word = truncate(String(word), to: max(1, room))
            let wordCount = simple ? word.unicodeScalars.count : word.count
            if hasWord, (simple ? currentCount : current.count) + 1 + wordCount > width {
                lines.append(current)
                current = String(repeating: " ", count: later)
                currentIndent = later
                currentCount = later
                hasWord = false
            }
            current += (hasWord ? " " : "") + word
            currentCount += (hasWord ? 1 : 0) + wordCount
            hasWord = true
        }
        if hasWord { lines.append(current) }
        guard simple else { return lines.map { String($0.map { $0 == "\u{00A0}" ? " " : $0 }) } }
        return lines.map { line in
            guard line.unicodeScalars.contains("\u{00A0}") else { return line }
            var scalars = String.UnicodeScalarView()
            for scalar in line.unicodeScalars { scalars.append(scalar == "\u{00A0}" ? " " : scalar) }
            return String(scalars)
        }
    }

    /// Whether every scalar of `text` is a character of its own that joins neither the one
    /// before nor the one after it (grapheme break property Other): printable ASCII and
    /// U+00A0–U+02FF but the soft hyphen. Combining marks begin at U+0300.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300 && value != 0xAD)
        }
    }

    /// The number of characters of `text`, counted as scalars when the text is simple.
    static func characterCount(_ text: String) -> Int {
        isSimple(text) ? text.unicodeScalars.count : text.count
    }

    /// The words of `text`, with legal references kept on one line: `§ 19 a`, `stk. 7`.
    static func keptTogether(_ text: String) -> [String] {
        var words: [String] = []
        for token in text.split(separator: " ", omittingEmptySubsequences: true) {
            let word = String(token)
            let core = word.trimmingTrailing(where: { ")]:;,.".contains($0) })
            if let last = words.last,
               last.hasSuffix("§") || last.hasSuffix("stk.")
                || (core.count == 1 && core.first?.isLetter == true && last.last?.isNumber == true) {
                words[words.count - 1] = last + "\u{00A0}" + word
            } else {
                words.append(word)
            }
        }
        return words
    }
}

extension String {
    func trimmingTrailing(where predicate: (Character) -> Bool) -> Substring {
        var result = Substring(self)
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return result
    }
}
