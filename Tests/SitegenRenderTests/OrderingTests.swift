import Testing
@testable import SitegenModel
@testable import SitegenRender

@Suite struct OrderingTests {
    func page(_ title: String, weight: Int?, file: String) -> Page {
        Page(kind: .page, sourcePath: "content/s/\(file).md", url: "s/\(file)/", frontMatter: FrontMatter(title: title, weight: weight),
             body: "", bodyFirstLine: 1, sectionSlug: "s")
    }

    @Test func weightThenTitleThenPath() {
        let pages = [
            page("Outlook", weight: nil, file: "outlook"),
            page("Causes", weight: 20, file: "causes"),
            page("Symptoms", weight: 10, file: "symptoms"),
            page("Risk factors", weight: 20, file: "risk"),
            page("Cure", weight: nil, file: "cure"),
            page("causes", weight: 20, file: "causes-2"),
        ]
        #expect(pages.sorted(by: ReadingOrder.pages).map(\.sourcePath) == [
            "content/s/symptoms.md", "content/s/causes-2.md", "content/s/causes.md", "content/s/risk.md",
            "content/s/cure.md", "content/s/outlook.md",
        ])
    }

    @Test func sectionsAToZIgnoringCaseAndAccents() {
        func section(_ title: String, _ slug: String) -> Section {
            Section(slug: slug, index: Page(kind: .section, sourcePath: "content/\(slug)/_index.md", url: "\(slug)/",
                                             frontMatter: FrontMatter(title: title), body: "", bodyFirstLine: 1, sectionSlug: slug), pages: [])
        }
        let sorted = [section("lupus", "lupus"), section("Érythème", "erytheme"), section("Asthma", "asthma"), section("eczema", "eczema")]
            .sorted(by: ReadingOrder.sections).map(\.title)
        #expect(sorted == ["Asthma", "eczema", "Érythème", "lupus"])
    }

    @Test func sortKeysFoldCaseAndAccentsAlike() {
        #expect(ReadingOrder.sortKey("IgG4-Related Disease") == "igg4-related disease")
        #expect(ReadingOrder.sortKey("Ménière’s Disease") == "meniere’s disease")
        #expect(PageContext.headTitle("Living with MENIERE'S", section: "Ménière's", site: "Library", isHome: false) == "Living with MENIERE'S – Library")
        #expect(PageContext.headTitle("Symptoms", section: "Asthma", site: "Library", isHome: false) == "Symptoms – Asthma – Library")
    }
}
