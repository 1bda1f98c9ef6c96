import Foundation
import SitegenModel
import SitegenRender

/// The new text of links in one Markdown file after a move.
///
/// cmark decides everything: which nodes are links, and which bytes of the file are a link's
/// destination. The bytes written like a destination (`url` right after `(`, `(<` or `]:`) are
/// candidates; each is replaced by a marker of its own and the body parsed again, so the marker
/// a link then carries names the bytes its destination came from. A reference link's definition
/// is so found exactly as cmark finds it: never inside a code block or an HTML block, by its
/// label case-folded with spaces collapsed, the first definition of a label winning. A
/// destination found nowhere (written with escapes or entities cmark decoded) stops the move with
/// its line, and the changed body is parsed once more to check that every link reads as planned.
struct LinkRewrite {
    /// A byte range of the file and its new text.
    struct Edit: Equatable {
        var range: Range<Int>
        var text: String
    }

    /// `body` is the file's body as the front matter parser gave it, starting on `bodyFirstLine`
    /// of `text`; `moved` maps old content paths (files and folders) to new ones.
    static func edits(
        in text: String, body: String, bodyFirstLine: Int, oldPath: String, newPath: String, moved: (String) -> String?
    ) throws(Diagnostic) -> [Edit] {
        let links = LinkSpans.of(body)
        var changes: [Int: String] = [:]
        for (index, link) in links.enumerated() {
            if let url = rewritten(link.url, oldPath: oldPath, newPath: newPath, moved: moved), url != link.url { changes[index] = url }
        }
        guard !changes.isEmpty else { return [] }  // most files of a large site: no bytes looked at
        let bytes = Array(text.utf8)
        let bodyStart = offset(ofLine: bodyFirstLine, in: bytes)
        var candidates: [Range<Int>] = []
        for needle in Set(changes.keys.map { links[$0].url }).sorted() {
            candidates += destinations(Array(needle.utf8), in: bytes, from: bodyStart)
        }
        candidates = withoutOverlaps(candidates)
        let marker = unusedMarker(in: bytes)
        let probe = replacing(candidates.enumerated().map { Edit(range: $0.element, text: marker + "\($0.offset)z") }, in: bytes)
        let probed = LinkSpans.of(Self.body(of: probe, from: bodyStart))
        var edits: [Edit] = []
        for (index, url) in changes.sorted(by: { $0.key < $1.key }) {
            let link = links[index]
            guard probed.count == links.count, let candidate = candidateIndex(probed[index].url, marker: marker, count: candidates.count) else {
                throw .error(oldPath, line: bodyFirstLine + link.startLine - 1, "cannot find the link '\(link.url)' in the text to change it to '\(url)'; write it without escapes, or change it by hand after the move")
            }
            let edit = Edit(range: candidates[candidate], text: url)
            if !edits.contains(edit) { edits.append(edit) }
        }
        // The changed body must read as planned: each link with its new destination, the others as they were.
        let after = LinkSpans.of(Self.body(of: replacing(edits, in: bytes), from: bodyStart)).map(\.url)
        let expected = links.indices.map { changes[$0] ?? links[$0].url }
        if after != expected {
            let first = expected.indices.first { $0 >= after.count || after[$0] != expected[$0] } ?? 0
            throw .error(oldPath, line: bodyFirstLine + links[first].startLine - 1, "changing the link '\(links[first].url)' would change other text of the page too; change it by hand after the move")
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

    /// The byte offset where 1-based `line` starts.
    private static func offset(ofLine line: Int, in bytes: [UInt8]) -> Int {
        var remaining = line - 1, index = 0
        while remaining > 0, let newline = bytes[index...].firstIndex(of: 0x0A) {
            index = newline + 1
            remaining -= 1
        }
        return remaining > 0 ? bytes.count : index
    }

    /// The body as the build hands it to cmark: from `start`, with Windows line ends made plain.
    private static func body(of bytes: [UInt8], from start: Int) -> String {
        let text = String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self)
        return text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Every `needle` written where a destination can be: after `(` or `]:`, then spaces (with at
    /// most one line break) and an optional `<`; and ending where a destination ends.
    private static func destinations(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle), ends(bytes, at: index + needle.count), opens(bytes, before: index, limit: start) {
                found.append(index..<(index + needle.count))
            }
            index += 1
        }
        return found
    }

    private static func opens(_ bytes: [UInt8], before end: Int, limit: Int) -> Bool {
        var index = end
        if index > limit, bytes[index - 1] == UInt8(ascii: "<") { index -= 1 }
        var breaks = 0
        while index > limit, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]) {
            if bytes[index - 1] == 0x0A { breaks += 1 }
            index -= 1
        }
        guard breaks <= 1, index > limit else { return false }
        if bytes[index - 1] == UInt8(ascii: "(") { return true }
        return index - 1 > limit && bytes[index - 1] == UInt8(ascii: ":") && bytes[index - 2] == UInt8(ascii: "]")
    }

    private static func ends(_ bytes: [UInt8], at index: Int) -> Bool {
        index == bytes.count || [UInt8(ascii: ")"), UInt8(ascii: ">"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index])
    }

    /// Sorted, keeping the first of ranges that overlap.
    private static func withoutOverlaps(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = kept.last, last.upperBound > range.lowerBound { continue }
            kept.append(range)
        }
        return kept
    }

    /// Letters no candidate can contain: not in the file at all.
    private static func unusedMarker(in bytes: [UInt8]) -> String {
        var marker = "sitegenmove"
        while contains(bytes, Array(marker.utf8)) { marker += "q" }
        return marker
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0] == needle[0] && bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Which candidate a probed link's destination is: `<marker><number>z`, nothing else.
    private static func candidateIndex(_ url: String, marker: String, count: Int) -> Int? {
        guard url.hasPrefix(marker), url.hasSuffix("z"), let number = Int(url.dropFirst(marker.count).dropLast()), (0..<count).contains(number) else { return nil }
        return number
    }

    static func replacing(_ edits: [Edit], in bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return bytes
    }
}
