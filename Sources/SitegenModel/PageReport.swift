/// What the editor's report says about one page (`sitegen build --report FILE.json`).
public struct PageReport: Sendable, Equatable, Codable {
    /// Fewer words than this and a page gets no reading score and no reading warning: the
    /// formulas are made for passages of 100 words or more, and on a sentence or two they swing
    /// wildly (one long sentence alone read as grade 26).
    public static let minimumWordsToGrade = 100

    /// Relative to the site root, as in the output: `imnm/symptoms/`.
    public var url: String
    /// The Markdown file: `content/imnm/symptoms.md`.
    public var source: String
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade level, one decimal (English pages; absent for other languages).
    public var grade: Double?
    /// Flesch reading ease (English) or Fernández-Huerta reading ease (Spanish), one decimal;
    /// absent, like the grade, for a page sitegen cannot grade (another language, no words).
    public var readingEase: Double?
    /// McLaughlin's SMOG grade, one decimal (English pages of 100 words or more, whichever
    /// measure the site chose; absent like the grade).
    public var smog: Double?
    /// The page's hardest words, hardest first (English and Spanish pages, at most
    /// `HardWords.shown`; docs/readability.md says how they are chosen); empty for other languages.
    public var hardWords: [String]
    /// The messages of this page's warnings.
    public var warnings: [String]
    /// The PEMAT items checked on the page and how many it meets; absent for the home page and
    /// when `site.yml` turns every PEMAT check off.
    public var pemat: PEMATScore?
    /// The condition's codes in its JSON-LD (`codes:`), for an editor to check; absent when none.
    public var codes: [ListedCode]?

    enum CodingKeys: String, CodingKey {
        case url, source, words, sentences, syllables, grade
        case readingEase = "reading_ease"
        case smog
        case hardWords = "hard_words"
        case warnings, pemat, codes
    }

    package init(url: String, source: String, words: Int, sentences: Int, syllables: Int, grade: Double?, readingEase: Double?,
                 smog: Double? = nil, hardWords: [String] = [], warnings: [String], pemat: PEMATScore? = nil) {
        self.url = url
        self.source = source
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.grade = grade
        self.readingEase = readingEase
        self.smog = smog
        self.hardWords = hardWords
        self.warnings = warnings
        self.pemat = pemat
    }
}
