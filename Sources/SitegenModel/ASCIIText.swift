extension StringProtocol {
    /// Whether every byte is ASCII: the test in front of the byte-level fast paths (slugs, sort
    /// keys, glossary words, syllables), which give the same results as the Unicode path there.
    package var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
