import Foundation
import Yams
import SitegenModel
import SitegenLoad

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
        do { root = try YAMLReader.compose(yaml) } catch {
            // The line as in the file: the YAML starts after the opening `---`.
            let line = (error.line(lastLine: YAMLReader.lastLine(of: yaml)) ?? 0) + 1
            if case .aliases(let excess) = error {
                throw .error(path, line: line, "its front matter repeats too much through YAML aliases (the alias '*\(excess.alias)' takes it past the \(YAMLAliases.limit) values aliases may repeat in all), so the old address '\(alias)' cannot be added to 'aliases'; write the values out instead, then move it again")
            }
            throw .error(path, line: line, "its front matter is not valid YAML, so the alias '\(alias)' cannot be added; fix it, then move it again")
        }
        guard let pair = root?.mapping?.first(where: { $0.key.scalar?.string == "aliases" }) else {
            lines.insert(contentsOf: ["aliases:" + newline, "  - \(item)" + newline], at: close)
            return lines.joined(separator: "\n")
        }
        let value = pair.value
        let keyLine = (pair.key.mark?.line ?? 1)  // 1-based in the YAML = index in `lines`
        if let sequence = value.sequence {
            if sequence.contains(where: { address(of: $0) == alias }) { return nil }
            if sequence.style != .flow, let last = sequence.last, let mark = last.mark {  // composed block lists say `.any`
                let prefix = lines[mark.line].prefix(while: { $0 == " " || $0 == "\t" }) + "- "
                lines.insert(prefix + item + newline, at: mark.line + 1)
                return lines.joined(separator: "\n")
            }
            // A flow list: before the first `]` after its last item (or its `[`).
            if let mark = sequence.last?.mark ?? value.mark {
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

    /// The file's text without the alias at `address` (a page moved back to an old address must
    /// not keep it as an alias), or nil when it has none. Only a block list item on a line of its
    /// own is removed; any other form is left to the editor.
    static func remove(_ address: String, from text: String, path: String) throws(Diagnostic) -> String? {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespacesAndNewlines) == "---" || lines[$0] == "..." }) else { return nil }
        let yaml = lines[1..<close].map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
        guard let root = try? YAMLReader.compose(yaml),
              let sequence = root.mapping?.first(where: { $0.key.scalar?.string == "aliases" })?.value.sequence else { return nil }
        let items = sequence.filter { Self.address(of: $0) == address }
        guard !items.isEmpty else { return nil }
        var remove: [Int] = []
        for item in items {
            guard sequence.style != .flow, let mark = item.mark, let written = item.scalar?.string,
                  lines[mark.line].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("- " + written) ||
                  lines[mark.line].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("- \"" + written)
            else {
                throw .error(path, line: (item.mark?.line ?? 0) + 1, "lists its new address '\(address)' in 'aliases'; remove it from the list, then move again")
            }
            remove.append(mark.line)
        }
        for index in remove.sorted(by: >) { lines.remove(at: index) }
        return lines.joined(separator: "\n")
    }

    private static func address(of node: Node) -> String? {
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), case .success(let alias) = PageAlias.parse(text, line: 0) else { return nil }
        return alias.address
    }
}
