/// What `sitegen --version` prints. Raised with each release of the command line.
public enum SitegenVersion {
    public static let number = "0.16.0"
    public static var text: String { "sitegen \(number)" }
}
