import Foundation

/// With `SITEGEN_TIMING=1`, prints how long each stage of a build took, to standard error: the
/// first thing to look at when a build is slow (BENCHMARKS.md).
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["SITEGEN_TIMING"] == "1"
    private var last = ContinuousClock.now

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let ms = Double((now - last) / .microseconds(1)) / 1000
        FileHandle.standardError.write(Data("timing: \(stage) \(String(format: "%.1f", ms)) ms\n".utf8))
        last = now
    }
}
