import Foundation
import SitegenModel
import SitegenRender

/// The new text of links in one Markdown file after a move.
///
/// cmark's tree gives each link's destination (as it read it) and the lines the link spans; the
/// destination's bytes are then looked for inside those lines, from the link's start column, right
/// after the `(` or `(<` that opens it. A reference link (`[text][ref]`) has its destination in
/// the `[ref]: …` definition instead, looked for as the text after `]:` on a line of the body. A
/// destination found in neither place (written with escapes or entities cmark decoded) stops the
/// move with its line, so nothing is changed by guesswork.
struct LinkRewrite {
    /// A byte range of the file and its new text.
    struct Edit: Equatable {
        var range: Range<Int>
        var text: String
    }

    /// `moved` maps old content paths (files and folders) to new ones.
    static func edits(
        in text: String, body: String, bodyFirstLine: Int, oldPath: String, newPath: String, moved: (String) -> String?
    ) throws(Diagnostic) -> [Edit] {
        let changes = LinkSpans.of(body).compactMap { link in
            rewritten(link.url, oldPath: oldPath, newPath: newPath, moved: moved).flatMap { $0 == link.url ? nil : (link, $0) }
        }
        guard !changes.isEmpty else { return [] }  // most files of a large site: no bytes looked at
        let bytes = Array(text.utf8)
        let lineStarts = Self.lineStarts(bytes)
        var edits: [Edit] = []
        for (link, newURL) in changes {
            let line = bodyFirstLine + link.startLine - 1
            let endLine = bodyFirstLine + link.endLine - 1
            guard line >= 1, endLine <= lineStarts.count else { continue }
            let spanStart = min(lineStarts[line - 1] + max(0, link.startColumn - 1), bytes.count)
            let spanEnd = endLine < lineStarts.count ? lineStarts[endLine] : bytes.count
            let needle = Array(link.url.utf8)
            // Else a reference link: its destination is in a definition somewhere in the body.
            let found = find(needle, in: bytes, from: spanStart, to: spanEnd, after: [[UInt8(ascii: "(")], Array("(<".utf8)])
                ?? findDefinition(needle, in: bytes, from: lineStarts[min(bodyFirstLine, lineStarts.count) - 1])
            guard let start = found else {
                throw .error(oldPath, line: line, "cannot find the link '\(link.url)' in the text to change it to '\(newURL)'; write it without escapes, or change it by hand after the move")
            }
            let edit = Edit(range: start..<(start + needle.count), text: newURL)
            if !edits.contains(edit) { edits.append(edit) }
        }
        return edits
    }

    /// The link's new destination, or nil when it is not a link between files of the site.
    static func rewritten(_ url: String, oldPath: String, newPath: String, moved: (String) -> String?) -> String? {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("/") || LinkResolver.scheme(of: url) != nil { return nil }
        var path = Substring(url)
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = path[..<mark]
        }
        let decoded = path.removingPercentEncoding ?? String(path)
        let oldFolder = folder(of: oldPath)
        guard let oldTarget = LinkResolver.join(oldFolder, decoded), oldTarget.hasPrefix("content/") || oldTarget == "content" else { return nil }
        let newTarget = moved(oldTarget) ?? oldTarget
        if newTarget == oldTarget, newPath == oldPath { return nil }
        var relative = relativePath(from: folder(of: newPath), to: newTarget)
        if path.hasSuffix("/"), !relative.hasSuffix("/") { relative += "/" }
        if decoded != path { relative = relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative }
        return relative + suffix
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `target` as a relative path from the folder `from` (both from the site folder).
    static func relativePath(from: String, to target: String) -> String {
        var a = from.split(separator: "/")[...]
        var b = target.split(separator: "/")[...]
        while let x = a.first, let y = b.first, x == y, b.count > 1 {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        return String(repeating: "../", count: a.count) + b.joined(separator: "/")
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        return starts
    }

    /// The first `needle` in `bytes[from..<to]` right after one of `openers`, ending where a
    /// destination ends (`)`, `>`, a space or a line break).
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int, after openers: [[UInt8]]) -> Int? {
        guard !needle.isEmpty, from < to else { return nil }
        var index = from
        while index + needle.count <= to {
            if bytes[index..<(index + needle.count)].elementsEqual(needle), ends(bytes, at: index + needle.count),
               openers.contains(where: { index >= $0.count && bytes[(index - $0.count)..<index].elementsEqual($0) }) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func ends(_ bytes: [UInt8], at index: Int) -> Bool {
        index == bytes.count || [UInt8(ascii: ")"), UInt8(ascii: ">"), UInt8(ascii: " "), 0x0A, 0x0D, 0x09].contains(bytes[index])
    }

    /// `needle` as the destination of a link reference definition: after `]:` and spaces (and an
    /// optional `<`) on a line of the body.
    private static func findDefinition(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while let colon = find(Array("]:".utf8), in: bytes, from: index) {
            var start = colon + 2
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == 0x09 { start += 1 }
            if start < bytes.count, bytes[start] == UInt8(ascii: "<") { start += 1 }
            if start + needle.count <= bytes.count, bytes[start..<(start + needle.count)].elementsEqual(needle), ends(bytes, at: start + needle.count) {
                return start
            }
            index = colon + 2
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
