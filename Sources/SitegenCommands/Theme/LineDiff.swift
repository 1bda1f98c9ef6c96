/// A unified diff of two texts, line by line (`sitegen theme --diff`): what would change in the
/// first to make it the second, with three lines of context around each change, as `diff -u`
/// prints it. The longest common subsequence of lines decides what stayed; the theme's files
/// are a few thousand lines at most, so the quadratic table is small.
enum LineDiff {
    private enum Step: Equatable {
        case same(String), removed(String), added(String)
    }

    /// Empty when the texts are the same.
    static func unified(from old: String, to new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let steps = self.steps(lines(old), lines(new))
        guard steps.contains(where: { if case .same = $0 { false } else { true } }) else { return "" }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        // Positions (in `steps`) of the changes, grouped into hunks whose context would touch.
        let changed = steps.indices.filter { if case .same = steps[$0] { false } else { true } }
        var groups: [[Int]] = []
        for index in changed {
            if let last = groups.last?.last, index - last <= 2 * context + 1 { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        for group in groups {
            let start = max(0, group[0] - context), end = min(steps.count - 1, group[group.count - 1] + context)
            // Line numbers where the hunk starts in each text: the steps before it that are in it.
            let before = steps[..<start]
            let oldStart = before.filter { if case .added = $0 { false } else { true } }.count + 1
            let newStart = before.filter { if case .removed = $0 { false } else { true } }.count + 1
            let hunk = steps[start...end]
            let oldCount = hunk.filter { if case .added = $0 { false } else { true } }.count
            let newCount = hunk.filter { if case .removed = $0 { false } else { true } }.count
            output.append("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@")
            for step in hunk {
                switch step {
                case .same(let line): output.append(" " + line)
                case .removed(let line): output.append("-" + line)
                case .added(let line): output.append("+" + line)
                }
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// `diff -u`'s way of naming a range: an empty one starts before its line.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    /// The text's lines, without their line breaks (a last line with none is a line too).
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func steps(_ a: [String], _ b: [String]) -> [Step] {
        // common[i][j]: the longest common subsequence of a[i...] and b[j...].
        let width = b.count + 1
        var common = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i * width + j] = a[i] == b[j] ? common[(i + 1) * width + j + 1] + 1 : max(common[(i + 1) * width + j], common[i * width + j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || common[(i + 1) * width + j] >= common[i * width + j + 1] {
                // Removals first, as `diff` prints a changed line.
                steps.append(.removed(a[i])); i += 1
            } else {
                steps.append(.added(b[j])); j += 1
            }
        }
        return steps
    }
}
