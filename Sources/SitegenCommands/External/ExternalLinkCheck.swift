import Foundation
import SitegenModel

/// `sitegen check --external`: requests every external address of the site once and turns
/// every failure into a warning at each place that names the address.
public enum ExternalLinkCheck {
    public struct Options: Sendable {
        /// Seconds each request may take, rounded up to whole seconds.
        public var timeout: Double = 10
        public var maxRequests = 8
        public var maxRequestsPerHost = 2
        public var maxRedirects = 5
        /// Use and update `.sitegen-cache/` in the site folder (`--no-cache` turns it off).
        public var useCache = true
        public var cacheLifetime: Double = 24 * 60 * 60
        /// Called after each address is done, with how many are done and how many there are.
        public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

        public init() {}
    }

    public struct Result: Sendable {
        public var warnings: [Diagnostic]
        /// Addresses found, and how many of them were requested (the others came from the cache).
        public var addresses: Int
        public var requested: Int
        /// Why the cache was ignored or could not be saved, if it was.
        public var cacheNotes: [String]
    }

    public static func run(site: Site, siteFolder: String, options: Options = Options(), now: Date = Date()) async -> Result {
        let references = ExternalReference.all(in: site)
        var seen: Set<String> = []
        let addresses = references.map { requested($0.url) }.filter { seen.insert($0).inserted }

        var cache = options.useCache ? LinkCache(siteFolder: siteFolder, lifetime: options.cacheLifetime, now: now) : nil
        var outcomes: [String: LinkOutcome] = [:]
        for address in addresses { outcomes[address] = cache?.outcome(for: address) }
        let pending = addresses.filter { outcomes[$0] == nil }

        // Whole seconds, as the warnings say them ("did not answer within 10 s").
        let timeout = max(1, options.timeout.rounded(.up))
        let probe = LinkProbe(timeout: timeout, maxRedirects: options.maxRedirects)
        let slots = RequestSlots(total: options.maxRequests, perHost: options.maxRequestsPerHost)
        let total = addresses.count
        var done = total - pending.count
        if !pending.isEmpty { options.progress?(done, total) }
        await withTaskGroup(of: (String, LinkOutcome).self) { group in
            for address in pending {
                group.addTask {
                    // isExternal made sure each one parses and has a host.
                    guard let url = URL(string: address), let host = url.host?.lowercased() else { return (address, .unreachable("not a web address")) }
                    await slots.acquire(host: host)
                    let outcome = await probe.check(url)
                    await slots.release(host: host)
                    return (address, outcome)
                }
            }
            for await (address, outcome) in group {
                outcomes[address] = outcome
                cache?.record(outcome, for: address, at: now)
                done += 1
                options.progress?(done, total)
            }
        }
        let notes = [cache?.ignoredNote, pending.isEmpty ? nil : cache?.save(siteFolder: siteFolder)].compactMap { $0 }

        let warnings = references.compactMap { reference -> Diagnostic? in
            guard let problem = outcomes[requested(reference.url)]?.problem(timeout: timeout, maxRedirects: options.maxRedirects) else { return nil }
            return .warning(reference.path, line: reference.line, "\(reference.described) \(problem)", category: .links)
        }
        return Result(warnings: warnings, addresses: total, requested: pending.count, cacheNotes: notes)
    }

    /// The address without its `#fragment`, which is never sent: `a#causes` and `a#outlook` are
    /// one request.
    static func requested(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }
}
