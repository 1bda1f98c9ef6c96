import SitegenFileSystem
import SitegenImages
import SitegenModel

/// The images beside the pages (PNG, JPEG, GIF, WebP), each with its size read from its header,
/// so that pages show them at their size before they arrive.
enum AssetImages {
    /// `assets` with `image` set on every image; one `stat` per image, and its header read again
    /// only when its size or modification time changed since `memo` took it (by absolute path).
    static func read(_ assets: [Asset], memo: inout [String: (stamp: String, reading: ImageReading)]) async -> [Asset] {
        var assets = assets
        var todo: [(index: Int, file: String, outputPath: String, stamp: String)] = []
        var kept: [String: (stamp: String, reading: ImageReading)] = [:]
        for (index, asset) in assets.enumerated() {
            guard case .file(let file) = asset.source, ImageHeader.isImage(asset.sourcePath) else { continue }
            guard let status = FileStatus(file, followingLinks: true) else {
                assets[index].image = .problem("cannot be read; check that the file is there and that you may read it")
                continue
            }
            let stamp = "\(status.size) bytes, modified \(status.modified)"
            if let last = memo[file], last.stamp == stamp {
                assets[index].image = last.reading
                kept[file] = last
            } else {
                todo.append((index, file, asset.outputPath, stamp))
            }
        }
        let fresh = await parallelMap(todo) { ImageHeader.read($0.file, outputPath: $0.outputPath, stamp: $0.stamp) }
        for (job, reading) in zip(todo, fresh) {
            assets[job.index].image = reading
            kept[job.file] = (job.stamp, reading)
        }
        // Files gone from the site leave the memo.
        memo = kept
        return assets
    }
}
