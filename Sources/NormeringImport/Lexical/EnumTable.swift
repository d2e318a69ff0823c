import NormeringCore

/// The spellings of one enumerated attribute, as bytes, so that a value is matched without
/// making a `String` of it. Matching is exact: no case folding, no trimming.
struct EnumTable<Value: RawRepresentable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    private let entries: [([UInt8], Value)]

    init() {
        entries = Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    func match(_ span: ByteSpan) -> Value? {
        for (bytes, value) in entries where span.equals(bytes) { return value }
        return nil
    }

    /// `a, b, c`: for messages.
    var spellings: String {
        entries.map { String(decoding: $0.0, as: UTF8.self) }.joined(separator: ", ")
    }
}

/// The tables of export-format.md's enumerations, built once.
enum Vocabularies {
    static let kind = EnumTable<InstitutionKind>()
    static let ownership = EnumTable<Ownership>()
    static let role = EnumTable<Role>()
    static let education = EnumTable<Education>()
    static let funding = EnumTable<Funding>()
    static let group = EnumTable<AgeGroup>()
    static let leaveKind = EnumTable<LeaveKind>()
    static let place = EnumTable<PlaceKind>()
}
