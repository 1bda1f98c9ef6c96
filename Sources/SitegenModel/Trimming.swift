extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line ends. Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, which showed in profiles of big sites.
    package var trimmedWhitespace: String {
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
        // Nearly every value has nothing to trim: look at both ends before searching.
        if let first, let last, !isSpace(first), !isSpace(last) { return String(self) }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
