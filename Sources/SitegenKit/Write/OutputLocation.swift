/// Where the output may go: never onto the site's own files, which the build replaces wholesale.
enum OutputLocation {
    static func check(output: String, siteRoot: String, displayPath: String) throws(BuildFailure) {
        func inside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        let protected = ["content", "templates"].map { siteRoot + "/" + $0 }
        if output == "/" || inside(siteRoot, output) || protected.contains(where: { inside(output, $0) }) {
            throw BuildFailure([.error(displayPath, "the output folder would replace the site's own files; choose a separate folder such as public/")])
        }
    }
}
