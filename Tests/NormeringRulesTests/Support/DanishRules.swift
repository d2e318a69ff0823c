import NormeringConfig
import NormeringCore
import NormeringRules

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

/// The rule `id` of `ruleSet` as its kind's type.
func rule<R: Rule>(_ id: RuleID, of ruleSet: RuleSet = .danish, as type: R.Type) -> R {
    guard let rule = ruleSet.rule(id: id) as? R else { preconditionFailure("no rule \(id) of kind \(R.self)") }
    return rule
}
