import NormeringCore

/// The five kinds of file a month is written as, one per exporting system.
public enum SampleFileKind: String, Sendable, CaseIterable {
    /// HR: daycare institutions and family daycares.
    case staffingDaycare = "staffing-daycare"
    /// School HR and timetable: schools and SFOs.
    case staffingSchools = "staffing-schools"
    /// Place allocation: daycare institutions.
    case enrolmentDaycare = "enrolment-daycare"
    /// The family daycare's legacy system, in ISO-8859-1.
    case enrolmentFamilyDaycare = "enrolment-family-daycare"
    /// School administration: classes and SFO pupils.
    case enrolmentSchools = "enrolment-schools"

    var root: StaticString {
        switch self {
        case .staffingDaycare, .staffingSchools: return "staffing"
        case .enrolmentDaycare, .enrolmentFamilyDaycare, .enrolmentSchools: return "enrolment"
        }
    }

    var encoding: SampleEncoding { self == .enrolmentFamilyDaycare ? .latin1 : .utf8 }

    var system: String {
        switch self {
        case .staffingDaycare: return "HR-Løn"
        case .staffingSchools: return "Skole-HR og skema"
        case .enrolmentDaycare: return "Pladsanvisning"
        case .enrolmentFamilyDaycare: return "SmåBørn Dagpleje"
        case .enrolmentSchools: return "Elevadministration"
        }
    }

    /// Minutes after midnight at which the system made its file (the 2nd of the next month).
    var createdMinute: Int {
        switch self {
        case .staffingDaycare: return 6 * 60 + 15
        case .staffingSchools: return 6 * 60 + 40
        case .enrolmentDaycare: return 5 * 60 + 2
        case .enrolmentFamilyDaycare: return 23 * 60 + 58
        case .enrolmentSchools: return 7 * 60 + 30
        }
    }
}

/// One file of the sample: a month, a kind, and a run of that kind's institutions.
public struct SampleFile: Sendable, Equatable {
    /// `YYYY-MM/kind.xml`, or `YYYY-MM/kind-NNN.xml` when the kind is split.
    public let relativePath: String
    public let kind: SampleFileKind
    /// 0 for the first month of the run.
    public let monthIndex: Int
    /// The positions, in the kind's list of institutions, that this file holds.
    public let institutions: Range<Int>
}

extension SampleGenerator {
    /// How many institutions each kind of file lists.
    func institutionCount(_ kind: SampleFileKind) -> Int {
        switch kind {
        case .staffingDaycare: return catalog.daycares.count + catalog.familyDaycares.count
        case .staffingSchools, .enrolmentSchools: return catalog.schools.count + catalog.sfos.count
        case .enrolmentDaycare: return catalog.daycares.count
        case .enrolmentFamilyDaycare: return catalog.familyDaycares.count
        }
    }

    /// Every file of the run, in sorted path order.
    public var files: [SampleFile] {
        var result: [SampleFile] = []
        let perFile = max(1, options.institutionsPerFile)
        for month in 0..<max(0, options.months) {
            let label = Period(start: options.start, index: month).label
            for kind in SampleFileKind.allCases {
                let count = institutionCount(kind)
                guard count > 0 else { continue }
                let parts = (count + perFile - 1) / perFile
                for part in 0..<parts {
                    let name = parts == 1 ? kind.rawValue : kind.rawValue + "-" + Civil.padded(part + 1, 3)
                    result.append(SampleFile(
                        relativePath: label + "/" + name + ".xml", kind: kind, monthIndex: month,
                        institutions: part * perFile..<min(count, (part + 1) * perFile)
                    ))
                }
            }
        }
        return result.sorted { Array($0.relativePath.utf8).lexicographicallyPrecedes(Array($1.relativePath.utf8)) }
    }
}
