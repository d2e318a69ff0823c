import NormeringCore

extension Finding {
    /// Sorts `findings` as `Finding.reportOrder` does (stable), in place: the indices are
    /// sorted and the findings moved into that order (`reorder(by:)`), each once: in a list of
    /// some 60 MB, each move is a cache miss.
    static func sortForReport(_ findings: inout [Finding]) {
        let order = findings.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { reportOrder(buffer[$0], buffer[$1]) }  // stable
        }
        findings.reorder(by: order)
    }
}

extension NormeringRow {
    /// Sorts `rows` as `NormeringRow.reportOrder` does (stable), in place: the indices are
    /// sorted and the rows moved into that order (`reorder(by:)`), so that beside the rows
    /// only an index list is made, not a sorting buffer of rows.
    static func sortForReport(_ rows: inout [NormeringRow]) {
        let order = rows.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { reportOrder(buffer[$0], buffer[$1]) }  // stable
        }
        rows.reorder(by: order)
    }
}

extension SubjectCoverage {
    /// Period, municipality, institution id, then subject (folded), code-point order.
    static func reportOrder(_ a: SubjectCoverage, _ b: SubjectCoverage) -> Bool {
        reportOrder(a, SubjectName.key(a.subject), b, SubjectName.key(b.subject))
    }

    /// Sorts `rows` as `reportOrder` does (stable), in place: each row's folded subject is
    /// made once, not once per comparison, and only the keys and an index list are made
    /// beside the rows.
    static func sortForReport(_ rows: inout [SubjectCoverage]) {
        let keys = rows.map { SubjectName.key($0.subject) }
        let order = rows.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { a, b in reportOrder(buffer[a], keys[a], buffer[b], keys[b]) }  // stable
        }
        rows.reorder(by: order)
    }

    /// `reportOrder` with each row's folded subject given.
    static func reportOrder(_ a: SubjectCoverage, _ subjectA: String, _ b: SubjectCoverage, _ subjectB: String) -> Bool {
        if a.period != b.period { return a.period < b.period }
        if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
        if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
        if subjectA != subjectB { return subjectA.codePointPrecedes(subjectB) }
        return false
    }
}

extension Array {
    /// Puts the elements in `order` (position i takes the element now at `order[i]`; a
    /// permutation of the indices) in place, with no second list: each cycle of the
    /// permutation is walked once, its first element held aside and every other moved
    /// once into the hole the one before left (a swap would move each element three times).
    mutating func reorder(by order: [Int]) {
        precondition(order.count == count, "not a permutation of the indices")
        var placed = [Bool](repeating: false, count: order.count)
        withUnsafeMutableBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            for start in order.indices where !placed[start] {
                placed[start] = true
                guard order[start] != start else { continue }
                let held = (base + start).move()
                var hole = start
                while order[hole] != start {
                    let from = order[hole]
                    precondition(!placed[from], "not a permutation of the indices")
                    (base + hole).moveInitialize(from: base + from, count: 1)
                    placed[from] = true
                    hole = from
                }
                (base + hole).initialize(to: held)
            }
        }
    }
}
