import Foundation
import SitegenKit

/// Messages for people: problems go to standard error so the summary on standard output stays clean.
enum Console {
    static func report(_ diagnostics: [Diagnostic], pathPrefix: String) {
        for diagnostic in diagnostics.sortedForReport() {
            error(diagnostic.formatted(pathPrefix: pathPrefix), plain: true)
        }
    }

    /// Output for people that is not the result (the editor's report), on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func error(_ message: String, plain: Bool = false) {
        FileHandle.standardError.write(Data(((plain ? "" : "sitegen: error: ") + message + "\n").utf8))
    }
}
