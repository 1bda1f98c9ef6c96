import Foundation
import SitegenModel
import SitegenFileSystem
import SitegenWrite
import SitegenLoad

/// `sitegen init`: a new site folder that builds at once: settings with comments, an empty
/// glossary, a home page and one example section (a draft, so nothing untrue is published). It
/// writes no templates/: the site is laid out by the theme the binary carries.
public enum SiteInit {
    public struct Result: Sendable {
        /// Site-relative paths of the files written, in order.
        public var written: [String]
    }

    /// Writes the new site into `folder` (created if missing). Refuses a folder that already holds
    /// a site or any of the files it would write: nothing an editor wrote is ever replaced.
    /// `baseURL`: the site's address (`--base-url`), written into `site.yml`; without it the
    /// line is left commented out.
    public static func create(in folder: String, baseURL: String? = nil) throws(Diagnostic) -> Result {
        let fileManager = FileManager.default
        if let baseURL, let problem = BaseURLRule.problem(baseURL) { throw .error("--base-url", problem) }
        if let problem = WritePermission.newSite(folder) { throw .error(folder, problem) }
        // A path in the new site as messages name it, from the folder the user is in.
        func shown(_ path: String) -> String { folder == "." ? path : "\(folder)/\(path)" }
        let files = Self.files.map { file -> (path: String, text: String) in
            file.path == "site.yml" ? (file.path, SiteStarter.siteYML(baseURL: baseURL)) : file
        }
        for (path, _) in files where FileStatus(folder + "/" + path) != nil {
            throw .error(shown(path), "already exists, so 'sitegen init' would replace it; run it in an empty folder, or in a new one: 'sitegen init my-library'")
        }
        for top in ["content", "templates"] where FileStatus(folder + "/" + top) != nil {
            throw .error(shown(top), "already exists, so this folder already holds a site; run 'sitegen init' in an empty folder")
        }
        for (path, text) in files {
            let target = URL(fileURLWithPath: folder + "/" + path)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target, options: .withoutOverwriting)
            } catch {
                throw .error(shown(path), "cannot be written (\(SystemError.describe(error))); check that you may write to \(folder)")
            }
        }
        return Result(written: files.map(\.path))
    }

    /// Every file of a new site. No theme: the site uses the one sitegen carries, and
    /// `sitegen theme` copies the files an editor wants to change.
    static var files: [(path: String, text: String)] { SiteStarter.files }
}
