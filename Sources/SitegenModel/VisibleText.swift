extension String {
    /// The text with line breaks and tabs written as `\n`, `\r` and `\t`, and other control and
    /// invisible formatting characters as `\u{202e}`, so a message quoting it stays on one line
    /// and shows what is there (a raw U+202E would reverse the rest of the message).
    package var visibleInMessages: String {
        var text = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator {
                    text += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text
    }
}
