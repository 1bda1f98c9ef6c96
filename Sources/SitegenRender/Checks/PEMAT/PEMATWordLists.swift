/// The words the PEMAT checks look for, in English and Spanish. docs/pemat.md explains each list.
enum PEMATWordLists {
    // MARK: Acronyms (item 3)

    /// Acronyms every reader knows as words, which spelling out would not help (PEMAT's own
    /// example is "CT or CAT scan"), and capitals used for emphasis ("NOTE", "DO NOT").
    static let knownAcronyms: Set<String> = [
        "AIDS", "AM", "CAT", "COVID", "CT", "DNA", "ECG", "EKG", "EU", "GP", "HIV", "ID", "MRI", "NHS", "OK", "PDF", "PM", "TV", "UK", "US", "USA",
        "ALWAYS", "AND", "CAN", "CAUTION", "DO", "DON", "IF", "IMPORTANT", "IN", "NEVER", "NO", "NOT", "NOTE", "NOTES", "NOW", "OF", "ON",
        "ONLY", "OR", "STOP", "THE", "TIP", "TO", "WARNING", "YES",
    ]

    static let knownSpanishAcronyms: Set<String> = [
        "ADN", "COVID", "DNI", "EE", "UU", "OK", "ONU", "PDF", "SIDA", "TAC", "TV", "UE", "VIH",
        "AVISO", "NO", "NOTA", "NUNCA", "SIEMPRE", "IMPORTANTE",
    ]

    /// What may follow an acronym to spell it out: "EMG means …".
    static let spellingPhrases: [[UInt8]] = [" stands for ", " means ", " is short for ", " is an abbreviation for ", " is the abbreviation for "].map { Array($0.utf8) }
    static let spanishSpellingPhrases: [[UInt8]] = [" significa ", " quiere decir ", " es la sigla de ", " son las siglas de ", " es la abreviatura de "].map { Array($0.utf8) }

    /// Words just before an acronym that name it after the words before them: "also called ALS".
    static let namingWords = PEMATLexicon(["called", "named", "llamado", "llamada", "llamados", "llamadas", "denominado", "denominada"])
    /// Two words that do the same: "known as", "conocida como".
    static let namingFirstWords = PEMATLexicon(["known", "conocido", "conocida", "conocidos", "conocidas"])
    static let namingSecondWords = PEMATLexicon(["as", "como"])

    /// Small words an acronym leaves out ("National Institutes of Health" is NIH).
    static let initialsSkipped = PEMATLexicon(["of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "at", "by"])
    static let spanishInitialsSkipped = PEMATLexicon(["de", "del", "la", "las", "el", "los", "y", "e", "para", "por", "en", "con", "a", "al"])

    /// Words that never stand for a letter of an acronym.
    static let functionWords = PEMATLexicon([
        "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "is", "are", "was", "were",
        "it", "its", "that", "this", "these", "those", "which", "who", "can", "may", "will", "not", "their", "there", "be", "has", "have",
        "y", "o", "el", "la", "los", "las", "de", "del", "en", "con", "por", "para", "que", "es", "son", "un", "una", "se", "su", "sus",
    ])

    // MARK: Passive voice (item 5)

    static let toBe = PEMATLexicon(["am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t"])
    /// Verbs before "be" that a quoted passive keeps: "can be used", "has been found".
    static let helpingVerbs = PEMATLexicon(["can", "could", "may", "might", "must", "shall", "should", "will", "would", "has", "have", "had", "cannot", "puede", "pueden", "debe", "deben", "ha", "han", "había", "habían"])
    /// Words that may stand between "be" and its participle: "is often caused", "is being tested".
    static let passiveGap = PEMATLexicon([
        "not", "also", "often", "usually", "always", "sometimes", "then", "still", "now", "only", "mainly", "commonly", "rarely",
        "generally", "typically", "frequently", "mostly", "first", "further", "never", "already", "easily", "best", "largely",
        "widely", "currently", "being", "thought", "believed", "seldom", "sometimes", "either", "all", "both",
    ])
    /// Participles that do not end in "-ed".
    static let irregularParticiples = PEMATLexicon([
        "known", "given", "seen", "made", "taken", "done", "found", "shown", "thought", "brought", "built", "bought", "caught",
        "chosen", "drawn", "driven", "eaten", "fallen", "fed", "felt", "forgotten", "frozen", "gotten", "grown", "held", "hidden",
        "hit", "hurt", "kept", "laid", "led", "left", "lent", "lost", "meant", "met", "paid", "put", "said", "sent", "set",
        "shaken", "shut", "sold", "spent", "spread", "stolen", "struck", "taught", "told", "torn", "thrown", "understood",
        "written", "bitten", "broken", "spoken", "undergone", "withdrawn", "begun", "passed", "sung", "worn", "won", "bound",
    ])
    /// Words in "-ed" that say how someone or something is rather than what was done to them
    /// ("is tired"), and verbs that name ("is called"): not counted as passive.
    static let notPassive = PEMATLexicon([
        "tired", "interested", "concerned", "worried", "married", "scared", "bored", "excited", "pleased", "supposed", "advanced",
        "limited", "embarrassed", "prepared", "related", "involved", "located", "based", "called", "named", "termed", "known",
        "referred", "born", "aged", "skilled", "complicated", "confused", "depressed", "ashamed", "stressed", "satisfied",
        "detailed", "experienced", "crowded", "balanced", "dedicated", "unrelated", "unexpected", "unaffected", "unknown",
        "frightened", "afraid", "determined", "committed", "qualified", "talented", "organized", "organised", "allowed",
    ])

    static let spanishToBe = PEMATLexicon([
        "es", "son", "fue", "fueron", "era", "eran", "ser", "sido", "será", "serán", "sería", "serían", "sea", "sean", "fuera", "fueran", "siendo",
    ])
    static let spanishPassiveGap = PEMATLexicon(["no", "también", "a", "menudo", "siempre", "generalmente", "normalmente", "frecuentemente", "ya", "luego", "después"])
    static let spanishIrregularParticiples = PEMATLexicon([
        "hecho", "hecha", "hechos", "hechas", "escrito", "escrita", "escritos", "escritas", "visto", "vista", "vistos", "vistas",
        "puesto", "puesta", "puestos", "puestas", "cubierto", "cubierta", "cubiertos", "cubiertas", "descubierto", "descubierta",
        "descubiertos", "descubiertas", "resuelto", "resuelta", "resueltos", "resueltas", "dicho", "dicha", "impreso", "impresa",
    ])
    /// Spanish words in -ado/-ido that are adjectives or nouns after "ser" ("es adecuado"), and
    /// verbs that name ("es llamado", "es conocido como").
    static let spanishNotPassive = PEMATLexicon([
        "adecuado", "adecuada", "adecuados", "adecuadas", "apropiado", "apropiada", "apropiados", "apropiadas", "delicado", "delicada",
        "complicado", "complicada", "complicados", "complicadas", "privado", "privada", "sagrado", "pesado", "pesada", "elevado",
        "elevada", "elevados", "elevadas", "cuidado", "estado", "nada", "cada", "todo", "vida", "comida", "bebida", "partida",
        "salida", "grado", "lado", "pasado", "llamado", "llamada", "llamados", "llamadas", "conocido", "conocida", "conocidos",
        "conocidas", "denominado", "denominada", "cansado", "cansada", "preocupado", "preocupada", "casado", "casada", "ocupado",
        "ocupada", "avanzado", "avanzada", "limitado", "limitada", "parecido", "parecida", "querido", "querida", "atrevido", "divertido",
        "divertida", "aburrido", "aburrida", "sencillo", "medida", "herida", "ayuda", "mitad", "unida", "unido", "debido", "debida",
    ])

    // MARK: Actions and the reader (items 20 and 21)

    /// Verbs that give an instruction when they start a sentence or clause ("Ask your doctor").
    static let imperatives = PEMATLexicon([
        "ask", "avoid", "be", "bring", "call", "check", "choose", "clean", "contact", "cover", "cut", "discuss", "do", "don't", "don’t",
        "drink", "eat", "exercise", "find", "follow", "get", "give", "go", "keep", "learn", "let", "limit", "look", "make", "never",
        "always", "note", "plan", "please", "protect", "put", "quit", "read", "remember", "report", "rest", "see", "seek", "share",
        "sleep", "start", "stay", "stop", "take", "talk", "tell", "try", "turn", "use", "visit", "wait", "walk", "wash", "watch",
        "wear", "write", "consider", "lower", "reduce", "practice", "practise", "prepare", "schedule", "store", "record", "apply",
        "brush", "lift", "move", "open", "sit", "stand", "enroll", "enrol", "join", "lose", "consult", "throw", "replace", "change",
        "increase", "include", "inform", "monitor", "notify", "rinse", "breathe", "dispose", "tell", "sign", "register", "contact",
        "drive", "eat", "cook", "feed", "hold", "place", "press", "push", "raise", "remove", "return", "search", "talk", "bathe",
    ])
    /// Words after a verb at the start of a sentence that show it is a noun: "Use of steroids is…".
    static let nounFollowers = PEMATLexicon(["of", "is", "was", "are", "were", "can", "may", "might", "will", "has", "have", "should", "helps", "seems"])
    /// What makes any sentence an action, whoever it is for: "patients should…".
    static let duties = PEMATLexicon(["should", "must", "ought"])
    static let needs = PEMATLexicon(["need", "needs"])
    /// Words that may stand around "should": "should always", "should not", "still need to".
    static let dutyGap = PEMATLexicon(["not", "also", "always", "still", "often", "usually", "all", "first", "immediately", "then", "never", "only", "really", "both", "each", "probably", "carefully"])
    static let spanishDutyGap = PEMATLexicon(["no", "también", "siempre", "todavía", "primero", "inmediatamente", "luego", "solo", "sólo", "nunca"])
    /// People an action may be written for instead of "you".
    static let persons = PEMATLexicon([
        "patients", "patient", "people", "person", "persons", "individuals", "individual", "parents", "parent", "children", "child",
        "kids", "they", "he", "she", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "women", "men", "woman",
        "man", "adults", "adult", "teens", "teenagers", "families", "family", "caregivers", "caregiver", "carers", "carer", "those",
        "mothers", "fathers", "smokers", "users", "members", "survivors", "readers", "we",
    ])
    static let spanishPersons = PEMATLexicon([
        "pacientes", "paciente", "personas", "persona", "padres", "niños", "niñas", "ellos", "ellas", "él", "ella", "todos", "todas",
        "adultos", "mujeres", "hombres", "familias", "familiares", "cuidadores", "quienes", "madres", "nadie", "alguien", "uno", "nosotros",
    ])
    /// Everyday actions after "should": "should see", "debe consultar".
    static let readerActions = PEMATLexicon([
        "see", "call", "contact", "talk", "ask", "tell", "avoid", "take", "wear", "rest", "seek", "get", "follow", "keep", "stop", "use",
        "eat", "drink", "wash", "visit", "check", "consult", "limit", "quit", "discuss", "report", "go", "stay", "try", "let", "make",
    ])
    static let spanishReaderActions = PEMATLexicon([
        "consultar", "llamar", "hablar", "preguntar", "evitar", "tomar", "descansar", "acudir", "usar", "beber", "comer", "lavar",
        "visitar", "seguir", "dejar", "buscar", "vigilar", "informar", "ir", "mantener", "limitar",
    ])
    static let spanishNeeds = PEMATLexicon(["tiene", "tienen", "hay"])
    static let secondPerson = PEMATLexicon(["you", "your", "yours", "yourself", "yourselves", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve", "you'd", "you’d"])

    static let spanishImperatives = PEMATLexicon([
        "acuda", "asegúrese", "asegúrate", "avise", "avisa", "beba", "bebe", "busque", "busca", "coma", "come", "consulte", "consulta",
        "controle", "cuide", "cuida", "deje", "deja", "descanse", "descansa", "elija", "evite", "evita", "haga", "haz", "hable",
        "habla", "informe", "intente", "lave", "lava", "lea", "limite", "llame", "llama", "lleve", "lleva", "mantenga", "mantén",
        "pida", "pide", "pregunte", "pregúntele", "pregunta", "procure", "recuerde", "recuerda", "revise", "siga", "sigue", "tome",
        "toma", "trate", "use", "usa", "vaya", "vigile", "visite", "póngase", "tenga", "anote", "aplique", "camine", "duerma",
        "lávese", "protéjase", "vacúnese", "hágase", "dígale", "cuéntele", "aprenda", "escriba", "guarde", "practique", "reduzca",
    ])
    static let spanishDuties = PEMATLexicon(["debe", "deben", "debería", "deberían", "necesita", "necesitan", "conviene"])
    static let spanishSecondPerson = PEMATLexicon([
        "usted", "ustedes", "tú", "tu", "tus", "te", "ti", "contigo", "su", "sus", "vosotros", "vosotras", "vuestro", "vuestra",
        "vuestros", "vuestras", "os",
    ])

    // MARK: Headings (item 9)

    /// Headings that say nothing about their section, lowercased, without a final colon.
    static let genericHeadings: Set<String> = [
        "overview", "introduction", "intro", "general", "general information", "other information", "more information",
        "additional information", "further information", "information", "info", "other", "others", "miscellaneous", "misc",
        "details", "more details", "background", "notes", "other topics", "other things", "the basics", "basics", "more",
        "other facts", "about", "things to know", "what you need to know", "good to know",
    ]
    static let spanishGenericHeadings: Set<String> = [
        "información general", "introducción", "generalidades", "general", "otra información", "otros datos", "más información",
        "información adicional", "información", "otros", "otras", "varios", "detalles", "más detalles", "antecedentes", "notas",
        "aspectos generales", "otros temas", "lo básico", "conceptos básicos", "datos", "más", "acerca de", "sobre",
        "lo que necesita saber", "lo que debe saber",
    ]

    // MARK: Numbers (item 6)

    /// The word between the two numbers of a proportion: "1 in 4", "1 out of 4", "1 de cada 4".
    static let proportionJoiners = PEMATLexicon(["in", "of", "cada"])
    /// Measures after a fraction ("1/2 cup", "a quarter of an hour"): a fraction there is clear.
    static let units = PEMATLexicon([
        "cup", "cups", "teaspoon", "teaspoons", "tablespoon", "tablespoons", "tsp", "tbsp", "inch", "inches", "mile", "miles",
        "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "hour", "hours", "mg", "ml", "g", "kg", "liter", "liters", "litre",
        "litres", "gallon", "gallons", "glass", "glasses", "dose", "tablet", "tablets", "pill", "pills", "teaspoonful",
        "taza", "tazas", "cucharada", "cucharadas", "cucharadita", "cucharaditas", "pulgada", "pulgadas", "hora",
        "horas", "vaso", "vasos", "litro", "litros", "kilo", "kilos", "libra", "libras", "gramo", "gramos", "baño", "dosis",
        "pastilla", "pastillas", "comprimido", "comprimidos",
    ])

    /// Articles after "a quarter of": "a quarter of an hour" measures something, not people.
    static let articles = PEMATLexicon(["a", "an", "un", "una"])

    /// The top of a fraction in words: "a third", "two thirds", "un tercio".
    static func fractionTops(_ english: Bool) -> PEMATNumberWords { english ? englishTops : spanishTops }
    /// The bottom of a fraction in words; halves are left out ("half of" is clear).
    static func fractionBottoms(_ english: Bool) -> PEMATNumberWords { english ? englishBottoms : spanishBottoms }

    private static let englishTops = PEMATNumberWords(["a": 1, "one": 1, "two": 2, "three": 3, "four": 4])
    private static let englishBottoms = PEMATNumberWords([
        "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
        "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
    ])
    private static let spanishTops = PEMATNumberWords(["un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4])
    private static let spanishBottoms = PEMATNumberWords([
        "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5, "quintos": 5, "sexto": 6, "sextos": 6,
        "octavo": 8, "octavos": 8, "décimo": 10, "décimos": 10,
    ])
}

/// Number words and their values, looked up by their packed bytes (all are at most 8 bytes).
struct PEMATNumberWords {
    private let values: [UInt64: Int]
    /// The same words, which turn most words away (by length and first letter) before the
    /// dictionary is asked: every word of a page is.
    private let lexicon: PEMATLexicon

    init(_ words: [String: Int]) {
        values = Dictionary(uniqueKeysWithValues: words.map { (PEMATWords.pack(Array($0.key.utf8)[...]), $0.value) })
        lexicon = PEMATLexicon(Array(words.keys))
    }

    func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.count <= 8 && lexicon.contains(bytes) ? values[PEMATWords.pack(bytes)] : nil
    }

    func number(_ word: PEMATWord, in text: [UInt8]) -> Int? {
        word.count <= 8 && lexicon.contains(word, in: text) ? values[word.key] : nil
    }
}
