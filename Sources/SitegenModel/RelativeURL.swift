/// Relative links between output locations, so `public/` works under any path prefix.
///
/// Locations are relative to the site root: folder URLs end in `/` (`imnm/symptoms/`, `""` for the
/// root), file URLs do not (`imnm/diagram.png`, `site.css`). Locations may be Unicode (`糖尿病/`);
/// the path returned is always encoded (`URLPath`), ready to be written into a page.
public enum RelativeURL {
    /// The path that leads from the page at folder `from` to `to`.
    public static func from(_ from: String, to: String) -> String {
        // Both encoded, so a location compares equal to the same location encoded already (a
        // copied file's path comes encoded); for ASCII slugs both come back as they are.
        let from = URLPath.encoded(from)
        let to = URLPath.encoded(to)
        // On UTF-8 slices: this runs for every link, crumb and neighbour of every page.
        let slash = UInt8(ascii: "/")
        let fromDirs = from.utf8.split(separator: slash)
        let toParts = to.utf8.split(separator: slash)
        let toIsFolder = to.isEmpty || to.utf8.last == slash
        let toDirCount = toIsFolder ? toParts.count : toParts.count - 1
        var common = 0
        while common < fromDirs.count, common < toDirCount, fromDirs[common].elementsEqual(toParts[common]) {
            common += 1
        }
        var path = String(repeating: "../", count: fromDirs.count - common)
        for index in common..<toParts.count {
            if index > common { path += "/" }
            path += Substring(toParts[index])
        }
        if toIsFolder, common < toParts.count { path += "/" }
        return path.isEmpty ? "./" : path
    }

    /// `../../` for `imnm/symptoms/`, `./` for the root: prefix for site-wide files.
    public static func root(from folder: String) -> String {
        let depth = folder.utf8.split(separator: UInt8(ascii: "/")).count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
