import Testing
@testable import SitegenModel
@testable import SitegenLoad

/// `codes:` in the front matter (issue 29, requirement 5): one test per kind of mistake.
@Suite struct MedicalCodesFrontMatterTests {
    let path = "content/eczema/_index.md"

    func parse(_ codes: String) -> FrontMatterParser.Parsed {
        FrontMatterParser.parse("---\ntitle: Eczema\n\(codes)\n---\n", path: path)
    }

    func errors(_ codes: String) -> [String] { parse(codes).diagnostics.map(\.description) }

    @Test func codesAreOneCodeOrAListPerSystemWithTheirLines() {
        let parsed = parse("codes:\n  icd10: L20.9\n  icd10cm: [L20.84, L20.9]\n  icd11:\n    - EA80\n    - EA80.0&XK8G/1A00\n  snomed: 24079001")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.codes == [
            MedicalCode(.icd10, "L20.9", line: 4), MedicalCode(.icd10cm, "L20.84", line: 5), MedicalCode(.icd10cm, "L20.9", line: 5),
            MedicalCode(.icd11, "EA80", line: 7), MedicalCode(.icd11, "EA80.0&XK8G/1A00", line: 8), MedicalCode(.snomed, "24079001", line: 9),
        ])
        #expect(parse("codes:").frontMatter?.codes == [])
    }

    @Test func codesThatAreNotSystemsAreAnError() {
        #expect(errors("codes: L20.9") == [
            "content/eczema/_index.md:3: error: 'codes' must be code systems, each with its code or a list of codes, like:\ncodes:\n  icd10: L20.9\n  snomed: 24079001",
        ])
    }

    @Test func anUnknownSystemIsAnErrorNamingTheKnownOnes() {
        #expect(errors("codes:\n  read: XE0Uh") == [
            "content/eczema/_index.md:4: error: 'read' is not a code system sitegen knows; 'codes' takes 'icd10' (WHO ICD-10), 'icd10cm' (ICD-10-CM), 'icd11' (ICD-11) and 'snomed' (SNOMED CT)",
        ])
    }

    @Test func aMisspeltSystemIsAnError() {
        #expect(errors("codes:\n  snomde: 24079001") == [
            "content/eczema/_index.md:4: error: unknown key 'snomde' in 'codes'; did you mean 'snomed'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }

    @Test func aCodeThatIsNotTextIsAnError() {
        #expect(errors("codes:\n  icd10:\n    - {code: L20.9}") == [
            "content/eczema/_index.md:5: error: each code in 'icd10' must be written as text, like 'icd10: L20.9', or a list, like 'icd10: [L20.9]'",
        ])
    }

    @Test func aMalformedICD10CodeIsAnError() {
        #expect(errors("codes:\n  icd10: [L209, l20.9, L20.84]") == [
            "content/eczema/_index.md:4: error: 'L209' is not a code of WHO ICD-10, whose codes are a capital letter, two digits and, for a subcategory, a point and one or two digits, like 'icd10: L20.9'",
            "content/eczema/_index.md:4: error: 'l20.9' is not a code of WHO ICD-10, whose codes are a capital letter, two digits and, for a subcategory, a point and one or two digits, like 'icd10: L20.9'; write its letters as capitals: 'L20.9'",
        ])
    }

    @Test func aMalformedICD10CMCodeIsAnError() {
        #expect(errors("codes:\n  icd10cm: S52.131AB") == [
            "content/eczema/_index.md:4: error: 'S52.131AB' is not a code of ICD-10-CM, whose codes are 3 to 7 characters: a capital letter, a digit, a digit or capital letter, then, after a point, up to 4 more digits or capital letters, like 'icd10cm: L20.84'",
        ])
    }

    @Test func aMalformedICD11CodeIsAnError() {
        // The letter O for a zero; an extension code joined with '/' instead of '&'; an
        // extension code alone; ICD-10's form.
        let form = "4 characters (a digit or letter, a letter, a digit, a digit or letter; no I or O), then, after a point, 1 or 2 more; an extension code (starting with X) is added with '&', another stem code with '/', like 'icd11: EA80'"
        #expect(errors("codes:\n  icd11: [EA8O, EA80/XK8G, XK8G, L20.9]") == ["EA8O", "EA80/XK8G", "XK8G", "L20.9"].map {
            "content/eczema/_index.md:4: error: '\($0)' is not a code of ICD-11, whose codes are \(form)"
        })
    }

    @Test func aSnomedIdOfTheWrongFormIsAnError() {
        let form = "a concept id of 6 to 18 digits, not starting with 0, whose last digit is its check digit, like 'snomed: 24079001'"
        #expect(errors("codes:\n  snomed: [\"024079001\", 12345, 2407900 1]") == ["024079001", "12345", "2407900 1"].map {
            "content/eczema/_index.md:4: error: '\($0)' is not a code of SNOMED CT, whose codes are \(form)"
        })
    }

    @Test func aSnomedIdOfAnotherKindOfComponentIsAnError() {
        #expect(errors("codes:\n  snomed: 40797017") == [
            "content/eczema/_index.md:4: error: '40797017' is not a concept id of SNOMED CT: its partition digits (the 2nd and 3rd from the right) are '01', which make it the id of a description, not of a concept; a concept id looks like 'snomed: 24079001'",
        ])
    }

    @Test func aSnomedIdWithAWrongCheckDigitIsAnError() {
        #expect(errors("codes:\n  snomed: 24079002") == [
            "content/eczema/_index.md:4: error: '24079002' is not a concept id of SNOMED CT: its last digit is not its check digit, so a digit is probably mistyped; copy the id again from a SNOMED CT browser; a concept id looks like 'snomed: 24079001'",
        ])
    }

    @Test func verhoeffChecksRealConceptIds() {
        // SNOMED CT's root concept, 'Clinical finding', and an id of 18 digits.
        for id in ["138875005", "404684003", "900000000000489007"] { #expect(MedicalCode.System.snomed.problem(id) == nil) }
        // Every single-digit change of a valid id is caught.
        let valid = Array("404684003")
        for index in valid.indices {
            for digit in "0123456789" where digit != valid[index] {
                var changed = valid
                changed[index] = digit
                #expect(Verhoeff.isValid(changed.map { Int(String($0)) ?? 0 }) == false)
            }
        }
    }
}
