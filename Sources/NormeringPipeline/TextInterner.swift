import NormeringCore
import NormeringRules

/// One copy of each distinct text (by its exact bytes), made by the thread that keeps it,
/// and one `FindingInstitution` for each distinct set of an institution's naming columns.
///
/// The figures of every institution-month keep the institution's texts (name, district, …)
/// until the reports are written. Those texts were made by the import's reader threads, in
/// the middle of records that are freed period by period; each one left there keeps its whole
/// memory page from being returned. Copies made once per distinct text sit together instead,
/// and all months and findings of an institution share one label.
struct TextInterner {
    private var copies: [[UInt8]: String] = [:]
    private var labels: Set<FindingInstitution> = []

    /// The kept copy of `text`: equal bytes, made on first sight.
    mutating func intern(_ text: String) -> String {
        let bytes = Array(text.utf8)
        if let copy = copies[bytes] { return copy }
        let copy = String(decoding: bytes, as: UTF8.self)
        copies[bytes] = copy
        return copy
    }

    /// The kept label equal to `label` (its texts compared by exact bytes), made on first
    /// sight from kept copies of its texts.
    mutating func intern(_ label: FindingInstitution) -> FindingInstitution {
        if let index = labels.firstIndex(of: label), Self.sameBytes(labels[index], label) { return labels[index] }
        let copy = FindingInstitution(municipality: intern(label.municipality), id: intern(label.id),
                                      name: intern(label.name), kind: label.kind, ownership: label.ownership,
                                      district: intern(label.district))
        labels.update(with: copy)
        return copy
    }

    /// Equal labels whose texts are also equal byte for byte (`==` on strings compares them
    /// under Unicode equivalence, and the reports write the bytes as read).
    private static func sameBytes(_ a: FindingInstitution, _ b: FindingInstitution) -> Bool {
        a.municipality.utf8.elementsEqual(b.municipality.utf8) && a.id.utf8.elementsEqual(b.id.utf8)
            && a.name.utf8.elementsEqual(b.name.utf8) && a.district.utf8.elementsEqual(b.district.utf8)
    }
}

extension RuleEngine {
    /// Stage 1 of `period` into `figures` on up to `threads` threads, each new
    /// institution-month given the one label `texts` keeps for its institution.
    func measure(_ period: PeriodRecords, into figures: inout FiguresTable, threads: Int,
                 sharingLabels texts: inout TextInterner) {
        let first = figures.count
        measure(period, into: &figures, threads: threads)
        figures.shareLabels(from: first) { texts.intern($0) }
    }
}
