/// Patients' phrasings of common symptoms beside the words health pages use for them, applied as
/// glossary aliases are (`SearchSynonyms`): a page that says "difficulty breathing" is found by
/// `trouble breathing`. A site adds its own with `aliases:` in `glossary.yml` or `synonyms:` in a
/// page's front matter (docs/search.md, "Words in patients' words").
///
/// Where they come from: chosen by hand for sitegen, pairing the everyday phrase with the name a
/// health page uses, as consumer health sites pair them (the NHS writes "high temperature
/// (fever)", MedlinePlus files "trouble breathing" under "Breathing Problems"), and of the kind
/// the Open-Access Consumer Health Vocabulary collects. Kept short on purpose: a wrong pair makes
/// every page with one name a result for the other, and word forms need no entry here (the
/// stemmer already joins `weak muscles` and `muscle weakness`).
enum SearchPhrasings {
    static let english: [[String]] = [
        ["difficulty breathing", "trouble breathing", "hard to breathe", "breathing problems"],
        ["shortness of breath", "short of breath", "breathless", "out of breath"],
        ["fatigue", "tired", "tiredness", "exhaustion", "exhausted"],
        ["difficulty swallowing", "trouble swallowing", "swallowing problems", "dysphagia"],
        ["muscle pain", "aching muscles", "sore muscles", "myalgia"],
        ["joint pain", "aching joints", "sore joints", "arthralgia"],
        ["fever", "high temperature"],
        ["abdominal pain", "stomach ache", "tummy ache", "belly pain"],
        ["high blood pressure", "hypertension"],
    ]

    static let spanish: [[String]] = [
        ["dificultad para respirar", "le cuesta respirar", "problemas para respirar", "falta de aire"],
        ["fatiga", "cansancio", "agotamiento"],
        ["dificultad para tragar", "problemas para tragar", "disfagia"],
        ["dolor muscular", "dolor de músculos", "mialgia"],
        ["dolor de articulaciones", "dolor articular", "artralgia"],
        ["fiebre", "temperatura alta"],
        ["dolor abdominal", "dolor de barriga", "dolor de estómago"],
        ["presión arterial alta", "tensión alta", "hipertensión"],
    ]

    /// The phrasings of a language (`en`, `es-MX`); none for others.
    static func groups(language: String) -> [[String]] {
        switch SearchStemmer.algorithm(for: language) {
        case "english": english
        case "spanish": spanish
        default: []
        }
    }
}
