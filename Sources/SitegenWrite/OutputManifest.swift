import Foundation
import SitegenModel
import SitegenFileSystem

/// The list of files a build wrote, kept in the output folder as `.sitegen-manifest`: sitegen's
/// proof that it made them, so the next build may replace or remove these files and nothing else.
///
/// Plain text: a header line, then one path per line sorted by bytes, with no dates, so a rebuild
/// of the same site writes the same bytes. A staging folder holds one with only the staging
/// header while it is filled, which marks it as sitegen's should the build be killed.
enum OutputManifest {
    static let name = OutputFile.manifestName
    static let header = "# sitegen wrote these files; the next build replaces or removes them and nothing else"
    static let stagingHeader = "# sitegen is building a site in this folder; it is removed when the build ends"

    enum Contents: Equatable {
        /// No manifest: the folder is not sitegen's, unless it is empty.
        case missing
        /// A staging folder of a build that has not ended.
        case staging
        case files(Set<String>)
        /// A file of that name that sitegen did not write.
        case foreign
        /// Larger than any manifest sitegen writes (`ReadLimit.manifest`), so not read: foreign too.
        case tooLarge
    }

    static func read(in folder: String) -> Contents {
        let path = folder + "/" + name
        guard let status = FileStatus(path) else { return .missing }
        guard status.kind == .file else { return .foreign }
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: .manifest) {
        case .success(let read): bytes = read
        case .failure(let error): return error.code == EFBIG ? .tooLarge : .foreign
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return .foreign }  // a whole file ends with a line break
        switch lines.first {
        case Substring(stagingHeader): return lines.count == 2 ? .staging : .foreign
        case Substring(header): return .files(Set(lines.dropFirst().dropLast().map(String.init)))
        default: return .foreign
        }
    }

    static func text(listing paths: [String]) -> String {
        let sorted = paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return ([header] + sorted).joined(separator: "\n") + "\n"
    }

    static var stagingText: String { stagingHeader + "\n" }
}
