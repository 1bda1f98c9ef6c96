import Foundation
import SitegenModel

/// Text for a terminal: colours only when the output is a terminal and `NO_COLOR` is not set
/// (https://no-color.org), so logs and pipes get plain text.
public struct TerminalText: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public init(fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        colour = Self.wantsColour(fileDescriptor: fileDescriptor, environment: environment)
    }

    /// True when `fileDescriptor` is a terminal and `NO_COLOR` is unset or empty.
    public static func wantsColour(fileDescriptor: Int32, environment: [String: String]) -> Bool {
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isTerminal(fileDescriptor)
    }

    public static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    public func paint(_ text: String, _ styles: [Style]) -> String {
        guard colour, !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// `path:line: error: message`, with the path in bold and the label in red or yellow.
    public func diagnostic(_ diagnostic: Diagnostic, pathPrefix: String) -> String {
        let text = diagnostic.formatted(pathPrefix: pathPrefix)
        guard colour else { return text }
        let label = "\(diagnostic.severity.rawValue):"
        guard let range = text.range(of: " " + label + " ") else { return text }
        let style: [Style] = switch diagnostic.severity {
        case .error: [.red, .bold]
        case .warning: [.yellow, .bold]
        case .suggestion: [.cyan, .bold]
        case .note: [.bold]
        }
        return paint(String(text[..<range.lowerBound]), [.bold]) + " " + paint(label, style) + " " + text[range.upperBound...]
    }
}
