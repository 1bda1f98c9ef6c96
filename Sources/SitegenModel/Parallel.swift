import Foundation

/// Maps `items` on every core with structured concurrency, keeping their order.
///
/// Items are handed out in a few chunks per core rather than one task each: a task per page costs
/// more than rendering a small page.
///
/// `progress` is told how many items are done after each chunk, from the calling task.
package func parallelMap<T: Sendable, R: Sendable>(
    _ items: [T], progress: ((Int) -> Void)? = nil, _ transform: @escaping @Sendable (T) -> R
) async -> [R] {
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard items.count > 1, cores > 1 else { return items.map(transform) }
    let chunk = max(1, (items.count + cores * 8 - 1) / (cores * 8))
    return await withTaskGroup(of: (Int, [R]).self) { group in
        for start in stride(from: 0, to: items.count, by: chunk) {
            let slice = items[start..<min(start + chunk, items.count)]
            group.addTask { (start, slice.map(transform)) }
        }
        var parts: [(Int, [R])] = []
        var done = 0
        for await part in group {
            parts.append(part)
            done += part.1.count
            progress?(done)
        }
        return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}
