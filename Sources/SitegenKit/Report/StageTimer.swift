import Foundation

/// With `SITEGEN_TIMING=1`, prints how long each stage of a build took, to standard error: the
/// first thing to look at when a build is slow (BENCHMARKS.md). Beside the wall time, the CPU time
/// of the whole process in that stage: their ratio is how many cores the stage kept busy.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["SITEGEN_TIMING"] == "1"
    private var last = ContinuousClock.now
    private var lastCPU = StageTimer.processCPU()

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now, cpu = Self.processCPU()
        let ms = Double((now - last) / .microseconds(1)) / 1000
        let cpuMs = (cpu - lastCPU) * 1000
        let line = String(format: "timing: %@ %.1f ms (cpu %.1f ms, %.2f cores)\n", stage, ms, cpuMs, ms > 0 ? cpuMs / ms : 0)
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }

    /// User and system seconds of every thread of the process so far.
    private static func processCPU() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
