import Foundation
import Synchronization

/// With `SITEGEN_TIMING=1`, prints how long each stage of a build took, to standard error: the
/// first thing to look at when a build is slow (BENCHMARKS.md). Beside the wall time, the CPU time
/// of the whole process in that stage: their ratio is how many cores the stage kept busy.
package struct StageTimer {
    static let isEnabled = ProcessInfo.processInfo.environment["SITEGEN_TIMING"] == "1"
    private var last = ContinuousClock.now
    private var lastCPU = StageTimer.isEnabled ? StageTimer.processCPU() : 0

    package mutating func lap(_ stage: String) {
        guard Self.isEnabled else { return }
        let now = ContinuousClock.now, cpu = Self.processCPU()
        let ms = Double((now - last) / .microseconds(1)) / 1000
        let cpuMs = (cpu - lastCPU) * 1000
        var line = String(format: "timing: %@ %.1f ms (cpu %.1f ms, %.2f cores", stage, ms, cpuMs, ms > 0 ? cpuMs / ms : 0)
        let templates = Self.templateNanoseconds.exchange(0, ordering: .relaxed)
        if templates > 0 { line += String(format: "; templates %.1f ms cpu", Double(templates) / 1_000_000) }
        line += ")\n"
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

    /// CPU time spent in swift-mustache since the last lap, on every thread.
    private static let templateNanoseconds = Atomic<Int>(0)

    /// Runs `body`, adding the CPU time of the calling thread to the templates' share (only with
    /// timing on: reading the clock is cheap, but not free).
    package static func timingTemplates<T>(_ body: () -> T) -> T {
        guard isEnabled else { return body() }
        let start = threadCPUNanoseconds()
        let result = body()
        templateNanoseconds.add(threadCPUNanoseconds() - start, ordering: .relaxed)
        return result
    }

    private static func threadCPUNanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec
    }

    package init() {}
}
