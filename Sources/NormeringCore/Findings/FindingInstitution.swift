/// The institution columns of a finding (municipality, institution id and name, kind,
/// ownership, district), kept once and shared by every finding that names the same
/// institution: a national year has some 580,000 findings but only a few thousand
/// institutions. Compared by value.
public final class FindingInstitution: Hashable, Sendable {
    public let municipality: String
    /// Empty on municipality rows.
    public let id: String
    public let name: String
    public let kind: InstitutionKind?
    public let ownership: Ownership?
    /// Empty when none was given.
    public let district: String

    public init(municipality: String, id: String = "", name: String = "", kind: InstitutionKind? = nil,
                ownership: Ownership? = nil, district: String = "") {
        self.municipality = municipality
        self.id = id
        self.name = name
        self.kind = kind
        self.ownership = ownership
        self.district = district
    }

    /// A copy with the fields `change` sets changed.
    public func with(_ change: (inout Fields) -> Void) -> FindingInstitution {
        var fields = Fields(municipality: municipality, id: id, name: name, kind: kind, ownership: ownership,
                            district: district)
        change(&fields)
        return FindingInstitution(municipality: fields.municipality, id: fields.id, name: fields.name,
                                  kind: fields.kind, ownership: fields.ownership, district: fields.district)
    }

    /// The fields, as a value to change.
    public struct Fields {
        public var municipality: String
        public var id: String
        public var name: String
        public var kind: InstitutionKind?
        public var ownership: Ownership?
        public var district: String
    }

    public static func == (a: FindingInstitution, b: FindingInstitution) -> Bool {
        a === b || (a.municipality == b.municipality && a.id == b.id && a.name == b.name && a.kind == b.kind
                    && a.ownership == b.ownership && a.district == b.district)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(municipality)
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(kind)
        hasher.combine(ownership)
        hasher.combine(district)
    }
}
