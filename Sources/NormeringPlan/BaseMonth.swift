import NormeringCore
import NormeringReports

/// B, the base month, and what of it is projected (plan.md § 1, § 6): `daycare`
/// institutions with both staffing and enrolment in B. The others are named in the report.
public struct BaseMonth: Sendable {
    public var month: YearMonth
    /// The projected institutions' records of B, in dataset order.
    public var projected: [InstitutionMonth]
    /// Daycare institutions not projected, and why.
    public var notProjected: [PlanExclusion]
    /// Institutions of B of other kinds (schools, SFOs, family daycare).
    public var otherKinds: Int

    /// - Parameters:
    ///   - records: every institution-month of B.
    ///   - seenEarlier: daycare institutions seen in earlier months of the run (id, name and
    ///     latest month); those absent from B are named.
    ///   - otherKinds: institutions of B of other kinds left out of `records` already.
    public init(month: YearMonth, records: [InstitutionMonth],
                seenEarlier: [InstitutionKey: (name: String, lastSeen: YearMonth)] = [:], otherKinds: Int = 0) {
        self.month = month
        projected = records.filter { $0.kind == .daycare && $0.hasBothSides }
        var excluded: [PlanExclusion] = []
        var inBase = Set<InstitutionKey>()
        self.otherKinds = otherKinds
        for record in records {
            inBase.insert(InstitutionKey(record))
            guard record.kind == .daycare else {
                self.otherKinds += 1
                continue
            }
            guard !record.hasBothSides else { continue }
            excluded.append(PlanExclusion(municipality: record.municipality, institutionID: record.id,
                                          institutionName: record.name,
                                          reason: record.hasStaffing ? .noEnrolment : .noStaffing))
        }
        for (key, seen) in seenEarlier where !inBase.contains(key) {
            excluded.append(PlanExclusion(municipality: key.municipality, institutionID: key.id,
                                          institutionName: seen.name, reason: .notInBase(lastSeen: seen.lastSeen)))
        }
        notProjected = excluded.sorted { a, b in
            a.institutionID != b.institutionID ? a.institutionID.codePointPrecedes(b.institutionID)
                : a.municipality.codePointPrecedes(b.municipality)
        }
    }

    /// The projected institution with this id, if any (the first in code-point order of
    /// municipality when several municipalities share it).
    public func projected(id: String) -> InstitutionMonth? {
        projected.first { $0.id == id }
    }
}

