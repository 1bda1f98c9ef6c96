import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The new site being assembled in a hidden sibling of the output folder, batch by batch as
/// sections are rendered, so a large build never holds every page's HTML at once. Nothing is
/// visible until `commit` swaps it with the old output; `abandon` (or any failure) leaves the old
/// site as it was. Used by one task at a time, under the output's `OutputLock`.
///
/// The output must be empty or a folder sitegen built (its `.sitegen-manifest` lists every file in
/// it): anything else is refused before a byte is written, and of the old site only the listed
/// files are ever removed.
public final class StagedSite {
    private let location: OutputLocation
    /// Whether the output folder existed: what a failure's message may say about it.
    private let hadOutput: Bool
    private let previous: Set<String>
    private var folders: Set<String> = []
    private var paths: Set<String> = []
    private var outcome = OutputWriter.Outcome(written: 0, unchanged: 0, removed: 0)
    /// The first problem; later batches are skipped and `commit` reports it.
    private var failure: BuildFailure?

    package init(_ location: OutputLocation) throws(BuildFailure) {
        self.location = location
        try OwnedFolder.clearLeftover(location.staging)
        // A build killed between the two renames of `FolderSwap`'s fallback leaves the old site
        // under the retired name and no output: put it back, so a failure below leaves it there.
        if FileStatus(location.folder) == nil, case .files = OutputManifest.read(in: location.retired) {
            rename(location.retired, location.folder)
        }
        try OwnedFolder.clearLeftover(location.retired)
        hadOutput = FileStatus(location.folder) != nil
        previous = try Self.survey(location)
        guard mkdir(location.staging, 0o755) == 0 else {
            throw BuildFailure([.error(location.shown, "cannot create \(location.staging) (\(String(cString: strerror(errno))))\(Self.untouched(hadOutput))")])
        }
        do {
            try Data(OutputManifest.stagingText.utf8).write(to: URL(fileURLWithPath: location.staging + "/" + OutputManifest.name))
        } catch {
            abandon()
            throw BuildFailure([.error(location.shown, "cannot write in \(location.staging) (\(error.localizedDescription))\(Self.untouched(hadOutput))")])
        }
    }

    /// The files of the old site that its manifest lists; refuses a folder holding anything else.
    private static func survey(_ location: OutputLocation) throws(BuildFailure) -> Set<String> {
        let manifest = OutputManifest.read(in: location.folder)
        let survey: FolderSurvey
        switch manifest {
        case .files(let listed): survey = FolderSurvey(location.folder, manifest: listed)
        case .missing: survey = FolderSurvey(location.folder, manifest: [])
        case .staging, .foreign:
            throw BuildFailure([.error(location.shown, "holds a \(OutputManifest.name) that sitegen did not write; move it out of the folder or choose another --output")])
        case .tooLarge:
            throw BuildFailure([.error(location.shown, "holds a \(OutputManifest.name) of more than \(ReadLimit.manifest.described), larger than any sitegen writes, so it is not read; move it out of the folder or choose another --output")])
        }
        if survey.unreadable {
            throw BuildFailure([.error(location.shown, "cannot list the output folder's files, so sitegen cannot tell what it holds; check that you may read it")])
        }
        guard survey.strangers.isEmpty else {
            let them = survey.pronoun
            let older = survey.looksLikeOlderBuild ? " (if it is a site an earlier sitegen built, which kept no list of its files, delete the folder and build again)" : ""
            let proceed = manifest == .missing
                ? "sitegen writes only into an empty folder or one it built (with a \(OutputManifest.name)); choose another --output or move \(them) out\(older)"
                : "sitegen replaces this folder on every build and keeps only what it wrote; move \(them) out, or put files to publish with the site (such as CNAME or .htaccess) in templates/static/"
            throw BuildFailure([.error(location.shown, "holds \(survey.strangersDescription); \(proceed)")])
        }
        return survey.listed
    }

    /// Places `files`: folders first (parents before children, each once), then the files on
    /// every core, each hard-linked from the old site when its bytes did not change.
    public func add(_ files: [OutputFile]) async {
        guard failure == nil else { return }
        func folderOf(_ path: Substring) -> Substring { path.lastIndex(of: "/").map { path[..<$0] } ?? "" }
        var newFolders: [String] = []
        for file in files {
            paths.insert(file.path)
            var folder = folderOf(file.path[...])
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                newFolders.append(String(folder))
                folder = folderOf(folder)
            }
        }
        let staging = location.staging
        for folder in newFolders.sorted() where mkdir(staging + "/" + folder, 0o755) != 0 && errno != EEXIST {
            failure = fail("cannot create the folder \(folder) (\(String(cString: strerror(errno))))")
            return
        }
        let target = location.folder, previous = previous
        let results = await parallelMap(files) { file -> Result<Bool, BuildFailure> in
            Result { () throws(BuildFailure) -> Bool in
                try OutputWriter.place(file, in: staging, replacing: target, existed: previous.contains(file.path))
            }
        }
        for result in results {
            switch result {
            case .success(let written): if written { outcome.written += 1 } else { outcome.unchanged += 1 }
            case .failure(let problem):
                failure = fail(problem.diagnostics.first?.message ?? "cannot write the site")
                return
            }
        }
    }

    /// Writes the manifest, swaps the new site into place and removes the old site's files.
    public func commit() throws(BuildFailure) -> OutputWriter.Outcome {
        if let failure {
            abandon()
            throw failure
        }
        outcome.removed = previous.subtracting(paths).count
        let listing = OutputManifest.text(listing: Array(paths))
        // The next build reads the manifest back only up to its limit, and refuses a larger one.
        guard listing.utf8.count <= ReadLimit.manifest.bytes else {
            abandon()
            throw fail("the site has \(paths.count) files, too many to list in \(OutputManifest.name) within \(ReadLimit.manifest.described), the most the next build reads back; split the site into several")
        }
        let manifest = OutputFile(path: OutputManifest.name, text: listing)
        do throws(BuildFailure) {
            unlink(location.staging + "/" + OutputManifest.name)  // the staging mark
            _ = try OutputWriter.place(manifest, in: location.staging, replacing: location.folder, existed: hadOutput)
        } catch {
            abandon()
            throw fail(error.diagnostics.first?.message ?? "cannot write \(OutputManifest.name)")
        }
        let old: String?
        switch FolderSwap.swap(location) {
        case .published(let retired):
            old = retired
        case .failed(let reason):
            abandon()
            throw fail("cannot move the new site into place (\(reason))")
        case .stranded(let reason):
            abandon()
            throw BuildFailure([.error(location.shown, "cannot move the new site into place (\(reason)), nor the previous site back: it is in \(location.retired); rename that folder to \(location.folder)")])
        }
        if let old {
            let left = OwnedFolder.removeListed(old)
            if !left.isEmpty {
                let survey = FolderSurvey(old, manifest: [])
                outcome.warnings = ["\(location.shown) gained files while it was rebuilt, which sitegen did not write: they are kept in \(old), which holds \(survey.strangersDescription); move them where they belong and delete that folder"]
            }
        }
        return outcome
    }

    /// Throws the new site away; the old one was never touched.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: location.staging)
    }

    private func fail(_ message: String) -> BuildFailure {
        BuildFailure([.error(location.shown, message + Self.untouched(hadOutput))])
    }

    private static func untouched(_ hadOutput: Bool) -> String {
        hadOutput ? "; the previous site was left as it was" : "; nothing was published"
    }
}
