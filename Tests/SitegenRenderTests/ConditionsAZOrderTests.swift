import Testing
@testable import SitegenModel
@testable import SitegenRender

/// The order of the A–Z's entries, whatever order the sections come in.
@Suite struct ConditionsAZOrderTests {
    @Test func aNameTwoConditionsShareIsListedTitleFirstThenByCondition() {
        let listed = [
            SectionListing(title: "Scleroderma", description: nil, url: "scleroderma/", otherNames: ["Lupus", "Connective tissue disease"]),
            SectionListing(title: "Lupus", description: nil, url: "lupus/", otherNames: ["Connective tissue disease"]),
        ]
        let az = ConditionsAZ(listed, collation: Collation(language: "en"))
        #expect(az.entries.map { "\($0.name) → \($0.section.title)" } == [
            "Connective tissue disease → Lupus", "Connective tissue disease → Scleroderma", "Lupus → Lupus", "Lupus → Scleroderma", "Scleroderma → Scleroderma",
        ])
        #expect(az.sections.map(\.title) == ["Lupus", "Scleroderma"])
        #expect(az.letters.map(\.letter) == ["C", "L", "S"])
    }

    @Test func titlesThatStartWithNoLatinLetterShareOneLetterWhereverTheySort() {
        let listed = ["Ωmega", "2019 flu", "Asthma"].map { SectionListing(title: $0, description: nil, url: "\($0)/") }
        let az = ConditionsAZ(listed, collation: Collation(language: "en"))
        #expect(az.entries.map(\.name) == ["2019 flu", "Asthma", "Ωmega"])
        #expect(az.letters.map { "\($0.letter): \($0.entries.map(\.name).joined(separator: ", "))" } == ["#: 2019 flu, Ωmega", "A: Asthma"])
    }
}
