import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenRender
@testable import SitegenReport
@testable import SitegenModel

/// Pages are graded in the site's language (issue 15, requirement 5): Spanish with the
/// Fernández-Huerta reading ease, English with the Flesch–Kincaid grade, and a page sitegen cannot
/// grade gets no score and no warning. (Test text, not medical advice.)
@Suite struct ReadingLanguageTests {
    static let hardSpanish = """
        La miopatía necrotizante inmunomediada constituye una enfermedad muscular inflamatoria \
        caracterizada por debilidad proximal progresiva, elevación considerable de la creatina \
        cinasa sérica y necrosis de las fibras musculares con escasa infiltración inflamatoria, \
        cuya identificación diagnóstica temprana exige habitualmente determinaciones serológicas \
        específicas complementadas con estudios histopatológicos e imagenológicos especializados.
        """

    static func rendered(_ changes: [String: String?]) async throws -> RenderedSite {
        let site = try TestSite(changes)
        defer { site.cleanUp() }
        return try await Build.render(BuildOptions(source: site.root.path))
    }

    @Test func spanishPagesGetAReadingEaseAndASpanishTarget() async throws {
        let rendered = try await Self.rendered([
            "site.yml": "title: Biblioteca de prueba\nbase_url: https://www.clinic-health.org/\nlanguage: es\n",
            "content/imnm/symptoms.md": "---\ntitle: Síntomas\n---\n\(TestSite.passage(Self.hardSpanish))\n",
            "content/imnm/_index.md": "---\ntitle: Ayuda\n---\n\(TestSite.passage("Me duele. Tengo sed. No puedo subir. Tomo agua."))\n",
        ])
        let hard = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        #expect(hard.grade == nil)  // a grade is English's scale
        let ease = try #require(hard.readingEase)
        #expect(ease < 30)
        let warning = try #require(rendered.warnings.first { $0.path == "content/imnm/symptoms.md" && $0.category == .readability })
        #expect(warning.message == "reading ease \(ease) (Fernández-Huerta) is below the target 60 (higher is easier); "
            + "hardest words: histopatológicos, imagenológicos, inmunomediada, caracterizada, identificación; use shorter sentences and shorter words")
        // Spanish pages list their hardest words by Spanish syllables (7, 7, 6, 6, 6; the 6s in
        // the order they come), with no SMOG: SMOG is an English formula.
        #expect(hard.hardWords == ["histopatológicos", "imagenológicos", "inmunomediada", "caracterizada", "identificación"])
        #expect(hard.smog == nil)
        // The site's default target of 8 is a grade: a Spanish site gets Spanish's own target.
        let easy = try #require(rendered.reports.first { $0.source == "content/imnm/_index.md" })
        #expect(try #require(easy.readingEase) > 60, "\(easy) \(rendered.warnings)")
        #expect(!rendered.warnings.contains { $0.path == "content/imnm/_index.md" && $0.category == .readability })
    }

    @Test func aPageSitegenCannotGradeHasNoScoreAndNoWarning() async throws {
        // The English page beside it is long enough to grade.
        let rendered = try await Self.rendered([
            "content/imnm/symptoms.md": "---\ntitle: Συμπτώματα\n---\n\(TestSite.passage("Η μυοπάθεια προκαλεί αδυναμία στους μυς των ώμων και των γοφών, και η κρεατινική κινάση στο αίμα είναι υψηλή."))\n",
            "content/imnm/_index.md": "---\ntitle: IMNM\n---\n\(TestSite.passage("About IMNM. See [symptoms](symptoms.md)."))\n",
        ])
        let greek = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        #expect(greek.grade == nil)
        #expect(greek.readingEase == nil)
        #expect(greek.words > 0)
        #expect(!rendered.warnings.contains { $0.path == "content/imnm/symptoms.md" && $0.category == .readability }, "\(rendered.warnings)")
        // The English pages beside it are graded as before.
        #expect(rendered.reports.first { $0.source == "content/imnm/_index.md" }?.grade != nil)
    }

    /// Under 100 words the formulas swing wildly: no score, no warning, and the editor's table
    /// says why (issue 16, requirement 6).
    @Test func aPageTooShortToGradeSaysSo() async throws {
        let long = "Immunosuppressive medications occasionally necessitate comprehensive haematological monitoring, particularly considering potential hepatotoxicity and myelosuppression."
        let rendered = try await Self.rendered(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n\(long)\n"])
        let short = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        #expect(short.words < PageReport.minimumWordsToGrade && short.words > 0)
        #expect(short.grade == nil && short.readingEase == nil)
        #expect(!rendered.warnings.contains { $0.category == .readability }, "\(rendered.warnings)")
        let table = try #require(EditorReport.table(rendered.reports, warnings: [.warning("content/imnm/symptoms.md", "x")], target: 8, measure: .smog))
        #expect(table.contains("content/imnm/symptoms.md  too short"), "\(table)")
        // The same sentences at 100 words and more are graded, and warned about.
        let graded = try await Self.rendered(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n\(TestSite.passage(long))\n"])
        #expect(graded.reports.first { $0.source == "content/imnm/symptoms.md" }?.grade != nil)
        #expect(graded.warnings.contains { $0.path == "content/imnm/symptoms.md" && $0.category == .readability })
    }
}
