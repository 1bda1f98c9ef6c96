import SitegenModel

/// PEMAT items 20 (at least one action the reader can take) and 21 (the reader is addressed
/// directly when actions are described), read in English and Spanish.
///
/// A page addresses the reader when it says "you" or "your" (Spanish: "usted", "su", "tu" and
/// their forms) or gives an instruction: a sentence or clause that starts with a verb such as
/// "Ask", "Call", "Take", "Avoid", "Don't" ("Consulte", "Llame", "Evite"). It describes an action
/// for someone else with "should", "must" or "ought" ("debe", "necesita", "conviene"):
/// "Patients should take…". So:
/// - `action` reports a page that does neither: it never speaks to the reader and gives no action;
/// - `you` reports a page whose actions are all about someone else ("patients should"), never
///   "you". A page with no action at all is not counted for item 21 (it gets `action` instead).
/// Pages under 100 words (`PageReport.minimumWordsToGrade`) are not read: a short page (a
/// section's introduction, a definition) need not give an action of its own.
enum ActionCheck {
    struct Reading: Equatable {
        var addressesReader = false
        /// The first action written about someone else.
        var indirectAction: PEMATExample?
    }

    static func read(_ page: PEMATPage) -> Reading {
        let english = page.isEnglish
        let imperatives = english ? PEMATWordLists.imperatives : PEMATWordLists.spanishImperatives
        let secondPerson = english ? PEMATWordLists.secondPerson : PEMATWordLists.spanishSecondPerson
        var reading = Reading()
        for (block, words) in zip(page.text.blocks, page.words) {
            for (index, word) in words.enumerated() {
                if secondPerson.contains(word, in: block.text) { reading.addressesReader = true; return reading }
                if word.startsClause, isInstruction(at: index, words, block.text, imperatives: imperatives, english: english) {
                    reading.addressesReader = true
                    return reading
                }
                if reading.indirectAction == nil { reading.indirectAction = indirectAction(at: index, words, block, english: english) }
            }
        }
        return reading
    }

    /// An action written for someone else: "should", "must", "ought to", "need to" (Spanish "debe",
    /// "tiene que", "hay que") with a person before it ("Patients should…", "They need to…") or an
    /// everyday action after it ("Anyone with a fever should see a doctor"). Other duties are not
    /// the reader's: "the sodium level should be kept below…", "scientists need to do more research",
    /// and neither is one done to the person ("the patient should be isolated").
    private static func indirectAction(at index: Int, _ words: [PEMATWord], _ block: PEMATText.Block, english: Bool) -> PEMATExample? {
        let text = block.text
        func `is`(_ at: Int, _ spelled: String) -> Bool {
            at >= 0 && at < words.count && words[at].count == spelled.utf8.count && PEMATWords.pack(text[words[at].start..<words[at].end]) == PEMATWords.pack(Array(spelled.utf8)[...])
        }
        var dutyStart = index, after = index + 1, impersonal = false
        if (english ? PEMATWordLists.duties : PEMATWordLists.spanishDuties).contains(words[index], in: text) {
            if `is`(after, "to") { after += 1 }  // "ought to"
        } else if english, PEMATWordLists.needs.contains(words[index], in: text), `is`(index + 1, "to") {
            after = index + 2
        } else if !english, `is`(index, "que"), index > 0, PEMATWordLists.spanishNeeds.contains(words[index - 1], in: text) {
            dutyStart = index - 1
            impersonal = `is`(index - 1, "hay")  // "hay que descansar": for anyone
        } else {
            return nil
        }
        let gap = english ? PEMATWordLists.dutyGap : PEMATWordLists.spanishDutyGap
        while after < words.count, !words[after].startsSentence, gap.contains(words[after], in: text) { after += 1 }
        var subject = dutyStart - 1
        while subject >= 0, !words[subject + 1].startsSentence, gap.contains(words[subject], in: text) { subject -= 1 }
        let person = subject >= 0 && !words[subject + 1].startsSentence && (english ? PEMATWordLists.persons : PEMATWordLists.spanishPersons).contains(words[subject], in: text)
        let verb = after < words.count && !words[after].startsSentence
        // "should be isolated", "must be carriers": done to them, or what they are, not what they do.
        if verb, `is`(after, english ? "be" : "ser") { return nil }
        let readerAction = verb && (english ? PEMATWordLists.readerActions : PEMATWordLists.spanishReaderActions).contains(words[after], in: text)
        guard impersonal || person || readerAction else { return nil }
        let start = person ? words[subject].start : words[dutyStart].start
        let end = verb ? words[after].end : words[index].end
        return PEMATExample(phrase: block.string(start..<end), line: block.line(at: words[index].start))
    }

    /// "Ask your doctor", "Don't stop", "No tome": a verb of the list starting a clause, not used
    /// as a noun ("Use of steroids is…"); in Spanish also after "No".
    private static func isInstruction(at index: Int, _ words: [PEMATWord], _ text: [UInt8], imperatives: PEMATLexicon, english: Bool) -> Bool {
        var verb = index
        if !english, PEMATWords.pack(text[words[index].start..<words[index].end]) == PEMATWords.pack(Array("no".utf8)[...]), words[index].count == 2 {
            verb = index + 1
            guard verb < words.count else { return false }
        }
        guard imperatives.contains(words[verb], in: text) else { return false }
        guard english, verb + 1 < words.count else { return true }
        return !PEMATWordLists.nounFollowers.contains(words[verb + 1], in: text)
    }

    static func actionMessage(english: Bool) -> String {
        let example = english ? "'Ask your care team whether …'" : "'Pregunte a su equipo médico si …'"
        let you = english ? "'you'" : "'usted'"
        return "\(PEMATCheck.action.label): the page never speaks to the reader as \(you) and never tells them what they can do; add at least one action addressed to them, like \(example), or the steps to take as a numbered list"
    }

    static func youMessage(_ action: PEMATExample, english: Bool) -> String {
        let example = english ? "'Take your medicine with food' rather than 'patients should take their medicine with food'" : "'Tome su medicina con comida' rather than 'los pacientes deben tomarla con comida'"
        let you = english ? "'you'" : "'usted'"
        return "\(PEMATCheck.you.label): the page describes what to do only for others ('\(action.phrase)', line \(action.line)) and never addresses the reader as \(you); write the action to the reader, like \(example)"
    }
}
