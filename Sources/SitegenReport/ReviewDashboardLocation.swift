import Foundation

/// Where the dashboard may be written: never inside the site's output folder, which every build
/// replaces as a whole (the report would vanish, or be published with the site).
public enum ReviewDashboardLocation {
    /// True when `file` is `folder` or lies under it, after every symbolic link on either path is
    /// resolved (`out/report.html` where `out` links to `public` is inside `public`).
    public static func isInside(_ file: String, folder: String) -> Bool {
        let file = resolved(file), folder = resolved(folder)
        return file == folder || file.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The absolute path with symbolic links resolved, also when its last parts do not exist yet:
    /// the longest existing start is resolved and the rest appended.
    public static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        var existing = absolute
        while true {
            if let real = realPath(existing) {
                return ([real == "/" ? "" : real] + missing.reversed()).joined(separator: "/")
            }
            guard existing != "/", !existing.isEmpty else { return absolute }
            missing.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
