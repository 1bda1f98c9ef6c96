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
        let duties = english ? PEMATWordLists.duties : PEMATWordLists.spanishDuties
        var reading = Reading()
        for (block, words) in zip(page.text.blocks, page.words) {
            for (index, word) in words.enumerated() {
                if secondPerson.contains(word, in: block.text) { reading.addressesReader = true; return reading }
                if word.startsClause, isInstruction(at: index, words, block.text, imperatives: imperatives, english: english) {
                    reading.addressesReader = true
                    return reading
                }
                if reading.indirectAction == nil, duties.contains(word, in: block.text) || isNeed(at: index, words, block.text, english: english) {
                    // "Patients should rest": the words on either side, where only a space is between.
                    let start = index > 0 && words[index - 1].end + 1 == word.start ? words[index - 1].start : word.start
                    let end = index + 1 < words.count && words[index + 1].start == word.end + 1 ? words[index + 1].end : word.end
                    reading.indirectAction = PEMATExample(phrase: block.string(start..<end), line: block.line(at: word.start))
                }
            }
        }
        return reading
    }

    /// "need to", "needs to"; Spanish "tiene que", "tienen que", "hay que" (at the "que").
    private static func isNeed(at index: Int, _ words: [PEMATWord], _ text: [UInt8], english: Bool) -> Bool {
        if english {
            guard index + 1 < words.count, PEMATWordLists.needs.contains(words[index], in: text) else { return false }
            let next = words[index + 1]
            return next.count == 2 && PEMATWords.pack(text[next.start..<next.end]) == PEMATWords.pack(Array("to".utf8)[...])
        }
        guard index > 0, words[index].count == 3, PEMATWords.pack(text[words[index].start..<words[index].end]) == PEMATWords.pack(Array("que".utf8)[...]) else { return false }
        return PEMATWordLists.spanishNeeds.contains(words[index - 1], in: text)
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
