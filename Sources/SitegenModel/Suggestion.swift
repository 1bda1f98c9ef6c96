/// "Did you mean …?" for a mistyped key or file name.
package enum Suggestion {
    /// The candidate nearest to `word` (case-insensitive edit distance), if it is near enough to be a typo.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// The known key `key` is a misspelling of, if any: at most one edit (a letter added, left
    /// out, changed, or two neighbours swapped) from a key of up to five letters, two from a
    /// longer one, ignoring case. Two edits from a short key reach real words (`date` is two from
    /// `draft`, `tags` two from `slug`) that a site may write on purpose; two from a long one
    /// (`last_reviwd`) are still a typo. A misspelt key is an error, not a warning: its value is
    /// silently not used (a reviewed page published as never reviewed, a draft published).
    package static func misspelt(_ key: String, of known: [String]) -> String? {
        let written = key.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in known {
            let allowed = candidate.count >= 6 ? 2 : 1
            let d = distance(written, candidate.lowercased())
            if d <= allowed, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// Edits between `a` and `b`, where swapping two neighbouring letters (`titel`) is one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
