/// Hands out the right to send a request: at most `total` at a time, and at most `perHost` to any
/// one host, so a check never floods a server (and is not mistaken for an attack).
///
/// Waiters are resumed in the order they asked, skipping those whose host is still full.
actor RequestSlots {
    private let total: Int
    private let perHost: Int
    private var running = 0
    private var runningByHost: [String: Int] = [:]
    private var waiting: [(host: String, resume: CheckedContinuation<Void, Never>)] = []

    init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    func acquire(host: String) async {
        if canStart(host) {
            start(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    func release(host: String) {
        running -= 1
        runningByHost[host, default: 1] -= 1
        while let index = waiting.firstIndex(where: { canStart($0.host) }) {
            let next = waiting.remove(at: index)
            start(next.host)
            next.resume.resume()
        }
    }

    private func canStart(_ host: String) -> Bool {
        running < total && runningByHost[host, default: 0] < perHost
    }

    private func start(_ host: String) {
        running += 1
        runningByHost[host, default: 0] += 1
    }
}
