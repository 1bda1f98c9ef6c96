import Testing
@testable import SitegenModel
@testable import SitegenPreview

/// The preview prints each warning and suggestion once: after a save, only those the last good
/// build did not have (`Rebuilder.unprinted`).
@Suite struct UnprintedWarningsTests {
    static func warning(_ page: Int, _ text: String = "has no medical review date") -> Diagnostic {
        .warning("content/example/page-\(page).md", text)
    }

    static let site = (0..<6).map { warning($0) }

    @Test func theFirstBuildPrintsEveryWarningAndNoError() {
        let errors = [Diagnostic.error("site.yml", "an example error")]
        #expect(Rebuilder.unprinted(Self.site + errors, after: []) == Self.site)
    }

    @Test func aSaveThatChangesNoWarningPrintsNone() {
        #expect(Rebuilder.unprinted(Self.site, after: Self.site).isEmpty)
    }

    @Test func onlyTheWarningsTheSaveBroughtArePrinted() {
        var now = Self.site
        now.insert(Self.warning(2, "an example new warning"), at: 3)
        now.remove(at: 5)
        #expect(Rebuilder.unprinted(now, after: Self.site) == [Self.warning(2, "an example new warning")])
        // At either end too.
        #expect(Rebuilder.unprinted([Self.warning(9)] + Self.site, after: Self.site) == [Self.warning(9)])
        #expect(Rebuilder.unprinted(Self.site + [Self.warning(9)], after: Self.site) == [Self.warning(9)])
        // One that was printed and comes back after it went away is printed again.
        #expect(Rebuilder.unprinted(Self.site, after: Array(Self.site.dropLast())) == [Self.warning(5)])
    }
}
