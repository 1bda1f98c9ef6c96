import Testing
@testable import SitegenModel
@testable import SitegenRender

/// The checks of the output paths, before a build is moved into the output folder.
@Suite struct OutputPlanTests {
    @Test func pathsThatLeaveTheOutputFolderAreRefused() {
        let problems = OutputPlan.check([
            OutputFile(path: "../escape.html", text: ""), OutputFile(path: "/etc/x", text: ""),
            OutputFile(path: "a/./b", text: ""), OutputFile(path: "ok/index.html", text: ""), OutputFile(path: "OK/index.html", text: ""),
        ])
        #expect(problems.map(\.description) == [
            "../escape.html: error: would be written to '../escape.html', outside the output folder; rename it",
            "/etc/x: error: would be written to '/etc/x', outside the output folder; rename it",
            "a/./b: error: would be written to 'a/./b', outside the output folder; rename it",
            "OK/index.html: error: would be written to OK/index.html, which the generated page ok/index.html already uses; rename one of them",
        ])
    }

    @Test func aPathThatIsAlsoAFolderIsRefused() {
        let problems = OutputPlan.check([
            OutputFile(path: "a/B/c/index.html", text: ""), OutputFile(path: "a/b/c.html", text: ""),
            OutputFile(path: "A/b", text: ""), OutputFile(path: "a/index.html", text: ""),
        ])
        #expect(problems.map(\.description) == ["A/b: error: A/b is both a file and a folder of the output; rename it"])
    }
}
