/// Every rule kind the engine knows, in the order `normering rules` lists them.
/// A new rule kind is one new type plus one line here.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        MinimumStaffingRule(),
        QualifiedShareRule.trained,
        QualifiedShareRule.pedagogue,
        ChildminderSizeRule(),
        ClassSizeRule(),
        CompetenceCoverageRule(),
        PupilsPerTeacherRule(),
    ]
}
