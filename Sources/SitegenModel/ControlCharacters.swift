extension Unicode.Scalar {
    /// A control character HTML forbids in a page: a C0 control other than the whitespace HTML
    /// allows (tab, line feed, form feed, carriage return), DEL, or a C1 control. The W3C checker
    /// rejects a page holding one, and NUL ends a document in cmark.
    package var isControlForbiddenInHTML: Bool {
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// `U+0001`: how messages name a character.
    package var codePointName: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
