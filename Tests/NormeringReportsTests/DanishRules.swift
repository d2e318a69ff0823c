import NormeringConfig
import NormeringCore
import NormeringRules

/// What the reports know of the Danish rule set as shipped.
let danishRules = RuleSet.danish.catalog

/// The ids of the Danish rule set, as the tests name them (the sources name none).
extension RuleID {
    static let minimumStaffing: RuleID = "minimum-staffing"
    static let trainedShare: RuleID = "trained-share"
    static let pedagogueShare: RuleID = "pedagogue-share"
    static let childminderSize: RuleID = "childminder-size"
    static let classSize: RuleID = "class-size"
    static let competenceCoverage: RuleID = "competence-coverage"
    static let pupilsPerTeacher: RuleID = "pupils-per-teacher"
}
