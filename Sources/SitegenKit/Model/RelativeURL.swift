/// Relative links between output locations, so `public/` works under any path prefix.
///
/// Locations are relative to the site root: folder URLs end in `/` (`imnm/symptoms/`, `""` for the
/// root), file URLs do not (`imnm/diagram.png`, `site.css`).
public enum RelativeURL {
    /// The path that leads from the page at folder `from` to `to`.
    public static func from(_ from: String, to: String) -> String {
        let fromDirs = from.split(separator: "/").map(String.init)
        var toParts = to.split(separator: "/").map(String.init)
        let toIsFolder = to.isEmpty || to.hasSuffix("/")
        let toDirs = toIsFolder ? toParts : Array(toParts.dropLast())
        var common = 0
        while common < fromDirs.count, common < toDirs.count, fromDirs[common] == toDirs[common] {
            common += 1
        }
        toParts.removeFirst(common)
        let ups = String(repeating: "../", count: fromDirs.count - common)
        var path = ups + toParts.joined(separator: "/")
        if toIsFolder, !toParts.isEmpty { path += "/" }
        return path.isEmpty ? "./" : path
    }

    /// `../../` for `imnm/symptoms/`, `./` for the root: prefix for site-wide files.
    public static func root(from folder: String) -> String {
        let depth = folder.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
