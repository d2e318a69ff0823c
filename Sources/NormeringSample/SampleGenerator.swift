import Dispatch
import Foundation
import NormeringCore

/// Writes a fictional Danish municipality's monthly exports (export-format.md).
///
/// Deterministic: the same options give the same bytes (a keyed SplitMix64, no clock, no
/// locale, no dictionary order). Streaming: each file goes through a 256 KiB buffer and
/// each institution's month is computed when it is written, so memory stays flat however
/// large the run. Files are independent and written in parallel.
public struct SampleGenerator: Sendable {
    public let options: SampleOptions
    let catalog: Catalog

    public init(options: SampleOptions = SampleOptions()) {
        self.options = options
        self.catalog = Catalog(options: options)
    }

    var horizonStart: Int { Period(start: options.start, index: 0).first }
    var horizonEnd: Int { Period(start: options.start, index: max(0, options.months - 1)).last }
    /// The month in which a childminder has six children for a few days.
    var overfullMonth: Int { min(5, options.months - 1) }

    /// Writes every file under `directory` (created as needed) and returns their paths,
    /// in sorted order. Existing files of the same names are replaced; others are left.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        try options.validate()
        let plan = files
        let paths = plan.map { (directory as NSString).appendingPathComponent($0.relativePath) }
        var folders: [String] = []
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if folders.last != folder { folders.append(folder) }
        }
        for folder in folders {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw SampleError.cannotWrite(path: folder, reason: Self.cause(of: error))
            }
        }
        let failures = FailureBox()
        let generator = self
        DispatchQueue.concurrentPerform(iterations: plan.count) { i in
            do {
                try generator.write(plan[i], to: paths[i])
            } catch {
                failures.record(i, error)
            }
        }
        if let error = failures.first { throw error }
        return paths
    }

    /// The system's cause of a failed folder creation, e.g. "Not a directory" (a file stands in
    /// the way): Foundation's own wording ("The operation could not be completed") says nothing.
    static func cause(of error: any Error) -> String {
        guard let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error,
              (underlying as NSError).domain == NSPOSIXErrorDomain else { return error.localizedDescription }
        return String(cString: strerror(Int32((underlying as NSError).code)))
    }

    /// Writes one file of the plan to `path`; returns the most bytes it held in memory.
    @discardableResult
    public func write(_ file: SampleFile, to path: String) throws -> Int {
        let w = try XMLByteWriter(path: path, encoding: file.kind.encoding)
        let period = Period(start: options.start, index: file.monthIndex)
        let created = (period.last + 2, file.kind.createdMinute)
        w.header(root: file.kind.root, municipality: options.municipality, period: period,
                 system: file.kind.system, created: created)
        for position in file.institutions {
            writeInstitution(kind: file.kind, position: position, period: period, to: w)
        }
        w.footer(root: file.kind.root)
        try w.close()
        return w.peakBuffered
    }

    private func writeInstitution(kind: SampleFileKind, position: Int, period: Period, to w: XMLByteWriter) {
        let seed = options.seed
        switch kind {
        case .staffingDaycare:
            if position < catalog.daycares.count {
                let inst = catalog.daycares[position]
                let model = DaycareModel(seed: seed, institution: inst, horizonStart: horizonStart, horizonEnd: horizonEnd)
                w.institutionOpen(id: inst.id, name: inst.name, kind: .daycare, ownership: inst.ownership, district: inst.district)
                for e in model.employees(period: period) { w.employee(e, classes: [], capitalise: false) }
            } else {
                let inst = catalog.familyDaycares[position - catalog.daycares.count]
                let model = familyModel(inst)
                w.institutionOpen(id: inst.id, name: inst.name, kind: .familyDaycare, ownership: .municipal, district: inst.district)
                for e in model.employees(period: period) { w.employee(e, classes: [], capitalise: false) }
            }
        case .enrolmentDaycare:
            let inst = catalog.daycares[position]
            let model = DaycareModel(seed: seed, institution: inst, horizonStart: horizonStart, horizonEnd: horizonEnd)
            w.institutionOpen(id: inst.id, name: inst.name, kind: .daycare, ownership: inst.ownership, district: inst.district)
            for stay in model.children(period: period) { w.child(stay, period: period) }
        case .enrolmentFamilyDaycare:
            let inst = catalog.familyDaycares[position]
            w.institutionOpen(id: inst.id, name: inst.name, kind: .familyDaycare, ownership: .municipal, district: inst.district)
            for (minder, stay) in familyModel(inst).children(period: period) { w.child(stay, period: period, minder: minder) }
        case .staffingSchools, .enrolmentSchools:
            if position < catalog.schools.count {
                let school = catalog.schools[position]
                let model = schoolModel(school)
                let classes = model.classes(period: period)
                w.institutionOpen(id: school.id, name: school.name, kind: .school, ownership: .municipal, district: school.district)
                if kind == .staffingSchools {
                    for e in model.employees(period: period, classes: classes) {
                        w.employee(e, classes: classes, capitalise: school.capitalisesSubjects)
                    }
                } else {
                    for c in classes { w.schoolClass(c) }
                }
            } else {
                let sfo = catalog.sfos[position - catalog.schools.count]
                let model = SFOModel(seed: seed, sfo: sfo, school: schoolModel(catalog.schools[sfo.school]),
                                     horizonStart: horizonStart, horizonEnd: horizonEnd)
                w.institutionOpen(id: sfo.id, name: sfo.name, kind: .sfo, ownership: .municipal, district: sfo.district)
                if kind == .staffingSchools {
                    for e in model.employees(period: period) { w.employee(e, classes: [], capitalise: false) }
                } else {
                    for (grade, count) in model.pupils(period: period).enumerated() {
                        w.pupils(grade: grade, count: count)
                    }
                }
            }
        }
        w.institutionClose()
    }

    private func familyModel(_ inst: FamilyDaycare) -> FamilyDaycareModel {
        FamilyDaycareModel(seed: options.seed, institution: inst, horizonStart: horizonStart,
                           horizonEnd: horizonEnd, overfullMonth: overfullMonth)
    }

    private func schoolModel(_ school: School) -> SchoolModel {
        SchoolModel(seed: options.seed, school: school, horizonStart: horizonStart, horizonEnd: horizonEnd)
    }
}

/// The first failure of a parallel write, by file order.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [(Int, Error)] = []

    func record(_ index: Int, _ error: Error) {
        lock.lock()
        failures.append((index, error))
        lock.unlock()
    }

    var first: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failures.min { $0.0 < $1.0 }?.1
    }
}
