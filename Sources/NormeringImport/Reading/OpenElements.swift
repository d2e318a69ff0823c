/// An element whose end tag has not come (yet), and where libxml2 reported its start tag
/// (the position every other message about the element gives: where the start tag ends).
struct OpenElement: Sendable, Equatable {
    var name: String
    var line: Int
    var column: Int
}

/// Where the elements at depths 1 to `depthTracked` were opened, for the message of a file
/// that ends before they are closed (deeper elements are always passed over).
///
/// Plain values in fixed places (no array, no string for an element of the format), so that
/// noting one on the hot path costs a few stores; `OpenElement`s are made only for a message.
struct OpenElements {
    static let depthTracked = 4

    private struct Entry {
        /// `nil` for an element that is not of the format (its name is in `otherNames`).
        var tag: Tag?
        var line = 0
        var column = 0
    }

    private var entries = (Entry(), Entry(), Entry(), Entry())
    /// The names of elements not of the format, by depth (written only for such an element, an error).
    private var otherNames: [Int: String] = [:]

    /// Notes that the element at `depth` (from 1) was opened at `line` and `column`.
    @inline(__always)
    mutating func note(depth: Int, tag: Tag, line: Int, column: Int) {
        set(Entry(tag: tag, line: line, column: column), at: depth)
    }

    /// Notes an element that is not of the format, by its name.
    mutating func note(depth: Int, otherName: String, line: Int, column: Int) {
        guard (1...Self.depthTracked).contains(depth) else { return }
        set(Entry(tag: nil, line: line, column: column), at: depth)
        otherNames[depth] = otherName
    }

    @inline(__always)
    private mutating func set(_ entry: Entry, at depth: Int) {
        switch depth {
        case 1: entries.0 = entry
        case 2: entries.1 = entry
        case 3: entries.2 = entry
        case 4: entries.3 = entry
        default: break
        }
    }

    /// The elements noted at depths 1 to `depth`, innermost first.
    func list(through depth: Int) -> [OpenElement] {
        let all = [entries.0, entries.1, entries.2, entries.3]
        return (0..<max(0, min(depth, Self.depthTracked))).reversed().map { index in
            let entry = all[index]
            return OpenElement(name: entry.tag?.name ?? otherNames[index + 1] ?? "", line: entry.line, column: entry.column)
        }
    }
}
