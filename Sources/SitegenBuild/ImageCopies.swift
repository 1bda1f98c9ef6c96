import Foundation
import SitegenFileSystem
import SitegenImages
import SitegenModel
import SitegenWrite

/// The smaller copies of wide images (`ImageFacts.variants`), made with libvips before the pages
/// are rendered, and kept in `.sitegen-cache/images/` in the site folder so that an image that
/// did not change is never resized again.
///
/// A copy's name in the cache is the SHA-256 of what decides its bytes: the source's bytes (their
/// own SHA-256), the width, the format, the libvips version and `ImageResizer.settings`. Each is
/// written to a temporary name and renamed, so a build that stops half-way leaves no partial copy.
/// When the cache cannot be written (a read-only site folder), the copies are kept in memory. A
/// copy that is not smaller in bytes than its source is not published (the `srcset` lists only
/// the copies published).
enum ImageCopies {
    static let folder = ".sitegen-cache/images"

    /// What was made for each image (by source path) from which header reading, for `sitegen serve`.
    typealias Memo = [String: (input: ImageReading, output: ImageReading)]

    /// `assets` with every copy's `source` set, or the image's `problem` when libvips could not
    /// make them. Images are made smaller on every core.
    static func make(_ assets: [Asset], siteRoot: String, memo: inout Memo) async -> [Asset] {
        var assets = assets
        var todo: [Int] = []
        var kept: Memo = [:]
        for (index, asset) in assets.enumerated() {
            guard case .image(let facts) = asset.image, !facts.variants.isEmpty else { continue }
            if let last = memo[asset.sourcePath], last.input == asset.image {
                assets[index].image = last.output
                kept[asset.sourcePath] = last
            } else {
                todo.append(index)
            }
        }
        // Starting libvips costs about 50 ms: a build with nothing to make does without it.
        guard !todo.isEmpty else {
            memo = kept
            return assets
        }
        let version = ImageLibrary.version
        let cacheProblem = WritePermission.cache(folder + "/copy", siteRoot: siteRoot)
        let jobs = todo.map { assets[$0] }
        let made = await parallelMap(jobs) { asset in
            copies(of: asset, siteRoot: siteRoot, version: version, writable: cacheProblem == nil)
        }
        for (index, reading) in zip(todo, made) {
            kept[assets[index].sourcePath] = (assets[index].image ?? reading, reading)
            assets[index].image = reading
        }
        memo = kept
        return assets
    }

    private static func copies(of asset: Asset, siteRoot: String, version: String, writable: Bool) -> ImageReading {
        guard case .file(let file) = asset.source, case .image(var facts) = asset.image else { return asset.image ?? .problem("") }
        let bytes: [UInt8]
        switch FileBytes.read(file, limit: .copied) {
        case .success(let read): bytes = read
        case .failure(let error): return .problem("cannot be read (\(SystemError.describe(error))); check that you may read it")
        }
        let sourceHash = ImageLibrary.sha256(bytes)
        for index in facts.variants.indices {
            let variant = facts.variants[index]
            let key = ImageLibrary.sha256(Array("\(sourceHash) \(variant.width) \(variant.format) \(version) \(ImageResizer.settings)".utf8))
            let cached = siteRoot + "/" + folder + "/" + key + "." + (variant.format == "jpeg" ? "jpg" : variant.format)
            // A copy no smaller in bytes than the whole picture (a drawing of flat colours, whose
            // edges resizing softens) is left out: a phone loads the original instead.
            if writable, let status = FileStatus(cached), status.kind == .file, status.size > 0 {
                if status.size < bytes.count { facts.variants[index].source = .file(cached) }
                continue
            }
            switch ImageResizer.resize(bytes, width: variant.width, format: variant.format) {
            case .failure(let failure):
                return .problem("could not be made smaller for phones (libvips: \(failure.message)); open it in an image editor and save it again as PNG or JPEG")
            case .success(let copy):
                // Cached even when left out, so that it is not made again.
                let saved = save(copy, at: cached, writable: writable)
                if copy.count < bytes.count { facts.variants[index].source = saved ? .file(cached) : .bytes(copy) }
            }
        }
        return .image(facts)
    }

    /// Writes `bytes` to a temporary name beside `path` and renames it; false if it could not.
    private static func save(_ bytes: [UInt8], at path: String, writable: Bool) -> Bool {
        guard writable else { return false }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
            return true
        } catch {
            return false
        }
    }
}
