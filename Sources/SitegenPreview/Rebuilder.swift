import SitegenBuild
import Foundation
import SitegenModel
import SitegenTiming
import SitegenLoad
import SitegenRender
import SitegenSearch

/// Changed paths as the watcher reported them, taken by the rebuild loop.
///
/// A file created and removed again before the rebuild (an editor's or `sed -i`'s temporary file)
/// is dropped: it cannot have changed the site.
actor ChangeSet {
    private struct Entry {
        var created = false
        var removed = false
    }

    private var entries: [String: Entry] = [:]
    private var last = ContinuousClock.now
    /// Yields after changes were added (one element for any number of them); ends with `collect`.
    nonisolated let wakeUps: AsyncStream<Void>
    private nonisolated let wake: AsyncStream<Void>.Continuation

    init() {
        (wakeUps, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func add(_ path: String, _ kind: ChangeKind) {
        var entry = entries[path] ?? Entry()
        switch kind {
        case .created: entry.created = true; entry.removed = false
        case .modified: entry.removed = false
        case .removed: entry.removed = true
        }
        entries[path] = entry
        last = .now
        wake.yield()
    }

    /// Adds every change of `changes` until it ends (the watcher stopped) or the task is cancelled.
    func collect(_ changes: AsyncStream<SourceChange>) async {
        for await change in changes { add(change.path, change.kind) }
        wake.finish()
    }

    /// Time since the latest change.
    var quietFor: Duration { ContinuousClock.now - last }

    /// The changed paths since the last call, without short-lived temporary files.
    func take() -> Set<String> {
        defer { entries = [:] }
        return Set(entries.filter { !($0.value.created && $0.value.removed) }.keys)
    }
}

/// Builds the site and hands every result to `PreviewState`: one build at a time, after the files
/// have been quiet for `debounce` (an editor's save is several writes; "save all" is many files).
///
/// A failed build never replaces the site being served; its errors are shown instead.
actor Rebuilder {
    let options: BuildOptions
    let state: PreviewState
    let report: ServeReporter
    let debounce: Duration
    let changes = ChangeSet()
    /// True when the watcher reports every change with its path (inotify): a rebuild then looks
    /// only at the changed files.
    let preciseEvents: Bool

    /// What the last build read and rendered, so the next one redoes only what changed.
    private var memo = BuildMemo()
    private let sessionID: String

    // Only used by `build`, which never runs twice at once: `initialBuild` comes before `run`,
    // whose loop awaits each build.
    private var generation = 0
    private var files = PreviewFiles()
    private var search: SearchFiles?
    /// After a failed build, the next one checks every file: the failed one may not have taken in
    /// all of its changes.
    private var lastBuildFailed = true
    /// The warnings and suggestions of the last good build, all of them printed by now.
    private var printedWarnings: [Diagnostic] = []

    init(options: BuildOptions, state: PreviewState, debounce: Duration, preciseEvents: Bool, report: @escaping ServeReporter) {
        self.options = options
        self.state = state
        self.debounce = debounce
        self.preciseEvents = preciseEvents
        self.report = report
        sessionID = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// The first build, before the server answers.
    func initialBuild() async -> Outcome {
        let outcome = await build(changed: ["*"])
        await publish(outcome)
        return outcome
    }

    /// Takes in the watcher's changes and rebuilds after them, until they end or the task is
    /// cancelled.
    func run(_ sourceChanges: AsyncStream<SourceChange>) async {
        // Runs beside the loop; cancelled when the loop ends.
        async let _ = changes.collect(sourceChanges)
        for await _ in changes.wakeUps {
            // Wait until nothing has changed for `debounce`.
            while true {
                let quiet = await changes.quietFor
                if quiet >= debounce { break }
                do { try await Task.sleep(for: debounce - quiet) } catch { return }
            }
            guard !Task.isCancelled else { continue }
            await rebuildChanged()
        }
    }

    /// Builds the changes noted since the last build, if any, and publishes the result.
    func rebuildChanged() async {
        let changed = await changes.take()
        guard !changed.isEmpty else { return }
        let outcome = await build(changed: changed)
        await publish(outcome, changed: changed)
    }

    enum Outcome {
        case built(PreviewSite, warnings: [Diagnostic], milliseconds: Int)
        case failed([Diagnostic], milliseconds: Int)
    }

    /// `changed` holds the paths the watcher reported; `"*"` means anything may have changed.
    private func build(changed: Set<String>) async -> Outcome {
        let start = ContinuousClock.now
        func elapsed() -> Int { Int((ContinuousClock.now - start) / .milliseconds(1)) }
        let changes: SourceChanges = preciseEvents && !lastBuildFailed && !changed.contains("*") ? .paths(changed) : .unknown
        let rendered: RenderedSite
        // Taken out while the build changes it (so it is not copied), and put back after.
        var memo = BuildMemo()
        swap(&memo, &self.memo)
        defer { self.memo = memo }
        do {
            rendered = try await Build.render(options, memo: &memo, changes: changes, deferSearch: true)
        } catch {
            lastBuildFailed = true
            return .failed(error.diagnostics, milliseconds: elapsed())
        }
        let outcome = publishable(rendered, changes: changes, milliseconds: elapsed)
        if case .failed = outcome { lastBuildFailed = true } else { lastBuildFailed = false }
        return outcome
    }

    private func publishable(_ rendered: RenderedSite, changes: SourceChanges, milliseconds: () -> Int) -> Outcome {
        var timer = StageTimer()
        // Right after a good build whose files were all taken in, and with the same paths, only
        // the re-rendered files need looking at.
        let problems = if let changed = rendered.changedFiles, !lastBuildFailed {
            files.apply(changed, changes: changes)
        } else {
            files.update(with: rendered.files, changes: changes)
        }
        guard problems.isEmpty else { return .failed(problems, milliseconds: milliseconds()) }
        if let input = rendered.pendingSearch {
            if search?.key != rendered.searchKey { search = SearchFiles(key: rendered.searchKey, input: input) }
        } else {
            search = nil  // the files have it (or the theme has no search page)
        }
        generation += 1
        var site = PreviewSite(version: "\(sessionID)-\(generation)", files: files.served, pageCount: rendered.site.pageCount, search: search)
        site.diagnostics = rendered.warnings
        site.pages = rendered.reports.map(PreviewSite.PageSource.init)
        site.drafts = rendered.drafts
        timer.lap("preview: files in memory")
        let new = Self.unprinted(rendered.warnings, after: printedWarnings)
        printedWarnings = rendered.warnings
        timer.lap("preview: warnings to print")
        return .built(site, warnings: new, milliseconds: milliseconds())
    }

    /// The warnings and suggestions of `now` that `before` (the last ones printed) did not have,
    /// so each is printed once, not again on every save. A big site has thousands, always in the
    /// same order, and a save changes those of a few pages: the lists are compared from both
    /// ends (most of them the memo's own strings, equal at once) and only what lies between is
    /// looked at.
    static func unprinted(_ now: [Diagnostic], after before: [Diagnostic]) -> [Diagnostic] {
        let shorter = min(now.count, before.count)
        var prefix = 0
        while prefix < shorter, now[prefix] == before[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix, now[now.count - 1 - suffix] == before[before.count - 1 - suffix] { suffix += 1 }
        let printed = Set(before[prefix..<(before.count - suffix)])
        return now[prefix..<(now.count - suffix)].filter { $0.severity != .error && !printed.contains($0) }
    }

    private func publish(_ outcome: Outcome, changed: Set<String>? = nil) async {
        switch outcome {
        case .built(let site, let warnings, let milliseconds):
            await state.publish(site, milliseconds: milliseconds)
            if let search = site.search {
                // The reloading tabs ask for their pages first; the index can wait a moment.
                Task.detached(priority: .utility) {
                    try? await Task.sleep(for: .milliseconds(250))
                    await search.start()
                }
            }
            if !warnings.isEmpty { report(.warnings(warnings)) }
            if let changed {
                report(.rebuilt(milliseconds: milliseconds, changed: changed.sorted(), pages: site.pageCount))
            }
        case .failed(let diagnostics, let milliseconds):
            let sorted = diagnostics.sortedForReport()
            await state.publishFailure(sorted.errors.map(\.description), milliseconds: milliseconds)
            let servingLastGood = await state.site != nil
            // Warnings were printed with the last good build; repeat only the errors.
            report(.failed(servingLastGood ? sorted.errors : sorted, milliseconds: milliseconds, servingLastGood: servingLastGood))
        }
    }
}
