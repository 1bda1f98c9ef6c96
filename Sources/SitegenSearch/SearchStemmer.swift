import CStemmer

/// Reduces a word to the stem it is indexed under, so that `weakness` and `weak`, `muscles` and
/// `muscle`, `enfermedades` and `enfermedad` meet. English and Spanish use the Snowball stemmers of
/// libstemmer (Debian's libstemmer-dev, target CStemmer; never rewritten here). Other languages,
/// and a build without a language, keep Harman's S stemmer (`SearchText.stemInPlace`), which only
/// drops English plural endings and which search.js repeats.
///
/// A Snowball stemmer keeps its work in the instance, so one must not be shared between tasks:
/// each unit of work makes its own (it is a class that is not `Sendable`, so the compiler says so).
final class SearchStemmer {
    /// The Snowball algorithm for each primary language subtag.
    static let algorithms = ["en": "english", "es": "spanish"]

    /// The Snowball algorithm for a language code (`en`, `en-GB`, `es-MX`), or nil for Harman's.
    static func algorithm(for language: String) -> String? {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return algorithms[primary]
    }

    /// The Snowball stemmer, or nil: Harman's S stemmer then.
    private let snowball: OpaquePointer?

    /// True when words are reduced by Snowball, so the index has to tell the script which stem
    /// each word form belongs to (the script has no stemmer of its own).
    var mapsForms: Bool { snowball != nil }

    init(language: String) {
        snowball = Self.algorithm(for: language).flatMap { sb_stemmer_new($0, "UTF_8") }
    }

    deinit {
        if let snowball { sb_stemmer_delete(snowball) }
    }

    /// The stem of a normalised word (`SearchText.words`), as UTF-8 bytes.
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let snowball, let start = word.baseAddress,
              let stemmed = sb_stemmer_stem(snowball, start, Int32(word.count)) else {
            // Harman's, or Snowball out of memory: the word then keeps the simpler stem.
            var bytes = Array(word)
            SearchText.stemInPlace(&bytes)
            return bytes
        }
        let stem = Array(UnsafeBufferPointer(start: stemmed, count: Int(sb_stemmer_length(snowball))))
        // A stem is never empty (a word of one letter keeps it), but an index key must not be.
        return stem.isEmpty ? Array(word) : stem
    }

    /// The stem of a normalised word.
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { String(decoding: stem($0), as: UTF8.self) }
    }
}
