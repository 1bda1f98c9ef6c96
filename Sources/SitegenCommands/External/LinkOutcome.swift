import Foundation
import HTTPTypes

/// What requesting one external address found.
enum LinkOutcome: Sendable, Equatable, Codable {
    case ok
    /// Answered in the end, after one or more permanent redirects (301, 308) from the start:
    /// the page has a new address the editor should write instead.
    case movedPermanently(to: String)
    /// A final answer of 400 or above.
    case status(Int)
    case timedOut
    case hostNotFound(String)
    case secureConnectionFailed(String)
    case tooManyRedirects
    case unreachable(String)

    /// What the warning says after the address, or nil when there is nothing to say.
    func problem(timeout: Double, maxRedirects: Int) -> String? {
        switch self {
        case .ok:
            return nil
        case .movedPermanently(let address):
            return "moved permanently to \(address); write the new address"
        case .status(let code):
            return Self.reasons[code].map { "answered \(code) \($0)" } ?? "answered \(code)"
        case .timedOut:
            return "did not answer within \(Self.seconds(timeout)) s"
        case .hostNotFound(let host):
            return "failed: the host \(host) was not found"
        case .secureConnectionFailed(let detail):
            return "could not make a secure connection (\(detail))"
        case .tooManyRedirects:
            return "redirected more than \(maxRedirects) times"
        case .unreachable(let detail):
            return "could not be reached (\(detail))"
        }
    }

    /// Answers that stay true for a day are cached; network failures and server errors (5xx)
    /// are often passing, so they are asked again on the next run.
    var isCacheable: Bool {
        switch self {
        case .ok, .movedPermanently, .tooManyRedirects: true
        case .status(let code): code < 500
        case .timedOut, .hostNotFound, .secureConnectionFailed, .unreachable: false
        }
    }

    /// The standard reason phrases of the failing statuses, as HTTPTypes spells them
    /// (`Status(code:)` alone carries none).
    private static let reasons: [Int: String] = {
        let known: [HTTPResponse.Status] = [
            .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .notAcceptable,
            .proxyAuthenticationRequired, .requestTimeout, .conflict, .gone, .lengthRequired, .preconditionFailed,
            .contentTooLarge, .uriTooLong, .unsupportedMediaType, .rangeNotSatisfiable, .expectationFailed,
            .misdirectedRequest, .unprocessableContent, .tooEarly, .upgradeRequired, .preconditionRequired,
            .tooManyRequests, .requestHeaderFieldsTooLarge, .unavailableForLegalReasons, .internalServerError,
            .notImplemented, .badGateway, .serviceUnavailable, .gatewayTimeout, .httpVersionNotSupported,
            .networkAuthenticationRequired,
        ]
        return Dictionary(known.map { ($0.code, $0.reasonPhrase) }, uniquingKeysWith: { first, _ in first })
    }()

    /// `10`, `0.5`: whole seconds without a decimal point.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
