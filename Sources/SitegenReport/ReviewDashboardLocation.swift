import Foundation

/// Real paths for the dashboard's links to the Markdown files (where it may be written is
/// `WritePermission`'s to decide).
public enum ReviewDashboardLocation {
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
