import Foundation
import Yams

/// Adds an old address to a page's `aliases:`, editing only that key's lines: the rest of the
/// front matter (its order, comments and quoting) stays exactly as the editor wrote it. Yams'
/// node positions say where the key and its items are; a block list gets a new `- ` line after
/// its last item, a flow list (`[a/, b/]`) a new item before its `]`, and a page without the key
/// a block list before the closing `---`.
enum AliasInsertion {
    /// The file's text with `alias` added, or nil when it is there already.
    static func add(_ alias: String, to text: String, path: String) throws(Diagnostic) -> String? {
        // Split on bytes: "\r\n" is one Character, so a Character split would not cut CRLF lines.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let newline = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" || lines[$0] == "---\r" || lines[$0] == "..." }),
              lines.first?.trimmingCharacters(in: .whitespacesAndNewlines) == "---"
        else { throw .error(path, line: 1, "has no front matter to add the alias '\(alias)' to; add one, then move it again") }
        let yaml = lines[1..<close].map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
        let item = quoted(alias)
        let root: Node?
        do { root = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8) } catch {
            throw .error(path, line: 1, "its front matter is not valid YAML, so the alias '\(alias)' cannot be added; fix it, then move it again")
        }
        guard let pair = root?.mapping?.first(where: { $0.key.scalar?.string == "aliases" }) else {
            lines.insert(contentsOf: ["aliases:" + newline, "  - \(item)" + newline], at: close)
            return lines.joined(separator: "\n")
        }
        let value = pair.value
        let keyLine = (pair.key.mark?.line ?? 1)  // 1-based in the YAML = index in `lines`
        if let sequence = value.sequence {
            if sequence.contains(where: { $0.scalar?.string.trimmingCharacters(in: .whitespaces) == alias }) { return nil }
            if sequence.style != .flow, let last = sequence.last, let mark = last.mark {  // composed block lists say `.any`
                let itemLine = lines[mark.line]
                let prefix = itemLine.prefix(while: { $0 == " " || $0 == "\t" }) + "- "
                lines.insert(prefix + item + newline, at: mark.line + 1)
                return lines.joined(separator: "\n")
            }
            // A flow list: before the first `]` after its last item (or its `[`).
            let mark = sequence.last?.mark ?? value.mark
            if let mark {
                let lineIndex = mark.line
                for index in lineIndex..<close {
                    let line = lines[index]
                    let from = index == lineIndex ? line.utf8.index(line.utf8.startIndex, offsetBy: min(max(0, mark.column - 1), line.utf8.count)) : line.startIndex
                    if let bracket = line[from...].firstIndex(of: "]") {
                        lines[index].insert(contentsOf: sequence.isEmpty ? item : ", " + item, at: bracket)
                        return lines.joined(separator: "\n")
                    }
                }
            }
        } else if value.scalar.map({ $0.string.isEmpty && $0.style == .plain }) == true {
            lines.insert("  - \(item)" + newline, at: keyLine + 1)
            return lines.joined(separator: "\n")
        }
        throw .error(path, line: keyLine + 1, "'aliases' is not a list, so the alias '\(alias)' cannot be added; make it a list, then move it again")
    }

    /// Plain when it is safe as a plain YAML value, else double-quoted.
    private static func quoted(_ alias: String) -> String {
        let plain = alias.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-".unicodeScalars.contains($0) }
        if plain, !alias.hasPrefix("-") { return alias }
        return "\"" + alias.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
