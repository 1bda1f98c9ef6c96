import Foundation
import SitegenFileSystem
import SitegenWrite

/// What earlier runs found, in `.sitegen-cache/external-links.json` in the site folder, so a
/// check repeated within a day asks no server again.
///
/// A missing, unreadable, corrupt or too large file is an empty cache (never an error); the file is written
/// whole to a temporary name and renamed, so a run that stops half-way leaves the old one.
struct LinkCache: Sendable {
    struct Entry: Codable, Sendable {
        /// Seconds since 1970.
        var checked: Double
        var outcome: LinkOutcome
    }

    private struct File: Codable {
        var version: Int
        var links: [String: Entry]
    }

    static let folderName = ".sitegen-cache"
    static let fileName = "external-links.json"
    private static let version = 1

    let file: URL
    let lifetime: Double
    private(set) var entries: [String: Entry] = [:]
    /// Why the file was not read although it is there, when that is worth a line: it was too large.
    private(set) var ignoredNote: String?

    /// Reads the cache of the site in `siteFolder`, dropping entries older than `lifetime` at `now`.
    init(siteFolder: String, lifetime: Double, now: Date) {
        file = URL(fileURLWithPath: siteFolder).appendingPathComponent(Self.folderName).appendingPathComponent(Self.fileName)
        self.lifetime = lifetime
        let bytes: [UInt8]
        switch FileBytes.read(file.path, limit: .linkCache) {
        case .success(let read): bytes = read
        case .failure(let error):
            // Larger than sitegen writes: damaged like any other, but worth saying why every address is asked again.
            if error.code == EFBIG {
                ignoredNote = "the link cache \(file.path) is larger than \(ReadLimit.linkCache.described), so it was ignored"
            }
            return
        }
        guard let stored = try? JSONDecoder().decode(File.self, from: Data(bytes)), stored.version == Self.version else { return }
        let newest = now.timeIntervalSince1970
        // An entry dated in the future (a clock set back) is not trusted either.
        entries = stored.links.filter { (newest - lifetime...newest).contains($0.value.checked) }
    }

    func outcome(for url: String) -> LinkOutcome? { entries[url]?.outcome }

    mutating func record(_ outcome: LinkOutcome, for url: String, at now: Date) {
        guard outcome.isCacheable else { return }
        entries[url] = Entry(checked: now.timeIntervalSince1970, outcome: outcome)
    }

    /// Writes the cache; returns why it could not, for a note (a cache is never worth failing a check).
    func save(siteFolder: String) -> String? {
        let relative = Self.folderName + "/" + Self.fileName
        if let problem = WritePermission.cache(relative, siteRoot: siteFolder) { return "did not save the link cache \(file.path): \(problem)" }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(File(version: Self.version, links: entries)).write(to: file, options: .atomic)
            return nil
        } catch {
            return "could not save the link cache \(file.path): \(SystemError.describe(error))"
        }
    }
}
