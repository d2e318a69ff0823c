import NormeringCore

/// Completes normering.csv: its share columns hold the trained-share and
/// pedagogue-share figures of the same period and scope: the rows of the rules playing
/// the target-share and share roles in the rule set.
enum NormeringTable {
    /// Fills the share columns of `rows` from `findings`, both in report order (as the engine
    /// hands them over), in place. Where several findings give a row's share, the last one
    /// counts.
    ///
    /// When every id and municipality is ASCII, the two lists are walked side by side: both
    /// orders begin with period, scope and institution id, so each finding's rows are found
    /// where the walk stands. Else by look-ups: a text that is not ASCII may equal another
    /// canonically without being the same bytes, and the code-point order then need not keep
    /// equal texts together.
    static func fillShares(of rows: inout [NormeringRow], from findings: [Finding], catalog: RuleCatalog) {
        guard !rows.isEmpty else { return }
        assert(rows.indices.dropFirst().allSatisfy { !NormeringRow.reportOrder(rows[$0], rows[$0 - 1]) }
                   && findings.indices.dropFirst().allSatisfy { !Finding.reportOrder(findings[$0], findings[$0 - 1]) },
               "normering rows or findings not in report order")
        let trainedID = catalog.rule(playing: .targetShare)
        let pedagogueID = catalog.rule(playing: .share)
        guard rows.allSatisfy({ $0.institutionID.isASCIIOnly && $0.municipality.isASCIIOnly }) else {
            fillSharesByLookUp(of: &rows, from: findings, catalog: catalog)
            return
        }
        for index in rows.indices {
            rows[index].trainedShare = nil
            rows[index].pedagogueShare = nil
        }
        var groupStart = 0
        for finding in findings where finding.unit.isEmpty && (finding.rule == trainedID || finding.rule == pedagogueID) {
            // A share that is not ASCII: look-ups after all (they set every row's shares anew).
            guard finding.institutionID.isASCIIOnly && finding.municipality.isASCIIOnly else {
                fillSharesByLookUp(of: &rows, from: findings, catalog: catalog)
                return
            }
            while groupStart < rows.count, Self.groupOrder(rows[groupStart], finding) == .precedes { groupStart += 1 }
            var index = groupStart
            while index < rows.count, Self.groupOrder(rows[index], finding) == .same {
                if rows[index].municipality == finding.municipality {
                    if finding.rule == trainedID { rows[index].trainedShare = finding.value }
                    if finding.rule == pedagogueID { rows[index].pedagogueShare = finding.value }
                }
                index += 1
            }
        }
    }

    private enum GroupOrder { case precedes, same, follows }

    /// How a row's period, scope and institution id stand to a finding's, in report order.
    private static func groupOrder(_ row: NormeringRow, _ finding: Finding) -> GroupOrder {
        if let order = ReportPeriod.textOrder(row.period, finding.period) { return order ? .precedes : .follows }
        if row.scope != finding.scope {
            return row.scope.rawValue.codePointPrecedes(finding.scope.rawValue) ? .precedes : .follows
        }
        if row.institutionID != finding.institutionID {
            return row.institutionID.codePointPrecedes(finding.institutionID) ? .precedes : .follows
        }
        return .same
    }

    /// `fillShares` by look-ups in dictionaries: for lists in any order.
    static func fillSharesByLookUp(of rows: inout [NormeringRow], from findings: [Finding], catalog: RuleCatalog) {
        var trained: [Key: Double] = [:]
        var pedagogue: [Key: Double] = [:]
        let trainedID = catalog.rule(playing: .targetShare)
        let pedagogueID = catalog.rule(playing: .share)
        for finding in findings where finding.unit.isEmpty && (finding.rule == trainedID || finding.rule == pedagogueID) {
            let key = Key(period: finding.period, scope: finding.scope, municipality: finding.municipality,
                          institutionID: finding.institutionID)
            if finding.rule == trainedID { trained[key] = finding.value }
            if finding.rule == pedagogueID { pedagogue[key] = finding.value }
        }
        for index in rows.indices {
            let key = Key(period: rows[index].period, scope: rows[index].scope, municipality: rows[index].municipality,
                          institutionID: rows[index].institutionID)
            rows[index].trainedShare = trained[key]
            rows[index].pedagogueShare = pedagogue[key]
        }
    }

    /// Period, scope, municipality and institution of a row.
    private struct Key: Hashable {
        var period: ReportPeriod
        var scope: Scope
        var municipality: String
        var institutionID: String
    }
}

private extension String {
    /// Whether every byte is ASCII: then `==` is byte equality.
    var isASCIIOnly: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
