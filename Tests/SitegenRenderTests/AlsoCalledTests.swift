import Testing
@testable import SitegenRender

/// "Also called" names each other name once: plural forms listed for matching are left out.
@Suite struct AlsoCalledTests {
    @Test func pluralFormsOfAnEarlierNameAreLeftOut() {
        #expect(AlsoCalled.names(term: "Autoimmune", aliases: ["autoimmune disorder", "autoimmune disease", "autoimmune diseases"])
                == ["autoimmune disorder", "autoimmune disease"])
        #expect(AlsoCalled.names(term: "Corticosteroids", aliases: ["corticosteroid", "steroids"]) == ["steroids"])
        #expect(AlsoCalled.names(term: "Biopsy", aliases: ["biopsies", "tissue sample"]) == ["tissue sample"])
        #expect(AlsoCalled.names(term: "Rash", aliases: ["rashes", "Rash"]) == [])
        #expect(AlsoCalled.names(term: "Enfermedad autoinmune", aliases: ["enfermedades autoinmunes", "autoinmunidad"]) == ["autoinmunidad"])
        #expect(AlsoCalled.names(term: "Muscle", aliases: ["muscle weakness", "muscles"]) == ["muscle weakness"])
    }

    @Test func differentNamesAreAllKept() {
        #expect(AlsoCalled.names(term: "Creatine kinase", aliases: ["CK", "creatine phosphokinase"]) == ["CK", "creatine phosphokinase"])
        #expect(AlsoCalled.names(term: "Bus", aliases: ["buses", "coach"]) == ["coach"])
    }
}
