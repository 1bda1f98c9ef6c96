/// One file of the finished site, relative to the output folder.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case text(String)
        /// Copy this absolute path byte for byte.
        case copy(String)
        /// These bytes, which the binary carries (the built-in theme's static files).
        case bytes([UInt8])
    }

    public var path: String
    public var contents: Contents
    /// Where it came from, for messages (`content/imnm/chart.png`); empty for generated files.
    public var origin: String
    /// The line in `origin` that asked for the file, and the alias as written there, for an
    /// alias's redirecting page (its clashes are reported at the alias).
    public var originLine: Int?
    public var alias: String?

    /// The list of the files a build wrote, which sitegen keeps in the output folder
    /// (`OutputManifest`): no file of the site may take its name.
    package static let manifestName = ".sitegen-manifest"

    public init(path: String, text: String) {
        self.path = path
        self.contents = .text(text)
        self.origin = ""
    }

    /// The same path and origin without the contents: what remains once a file is written.
    package var placeholder: OutputFile {
        var copy = self
        copy.contents = .text("")
        copy.isPlaceholder = true
        return copy
    }

    /// True for a file already handed to the output folder (its contents dropped).
    package private(set) var isPlaceholder = false

    public init(path: String, copying file: String, from origin: String) {
        self.path = path
        self.contents = .copy(file)
        self.origin = origin
    }

    public init(path: String, bytes: [UInt8], from origin: String) {
        self.path = path
        self.contents = .bytes(bytes)
        self.origin = origin
    }
}
