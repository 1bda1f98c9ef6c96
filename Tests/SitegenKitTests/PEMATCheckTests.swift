import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenRender

/// Issue 26, requirement 3: PEMAT's checkable items as `pemat` suggestions, at their lines.
@Suite struct PEMATCheckTests {
    static let page = "content/imnm/symptoms.md"

    /// The PEMAT suggestions for `body` in `content/imnm/symptoms.md` (front matter: lines 1 to 4;
    /// the body starts at line 5), in a site of `language` with `files` besides.
    func suggestions(_ body: String, language: String = "en", files: [String: String] = [:]) async throws -> [String] {
        var changes = files
        changes[Self.page] = "---\ntitle: Symptoms\nweight: 10\n---\n\(body)"
        if changes["glossary.yml"] != nil { changes["templates/glossary.mustache"] = "{{<base}}{{$main}}{{/main}}{{/base}}\n" }
        if language != "en" { changes["site.yml"] = TestSite.files["site.yml"]! + "language: \(language)\n" }
        let site = try TestSite(changes)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        return result.messages.filter { $0.hasPrefix(Self.page) && $0.contains(": suggestion: PEMAT") }
    }

    /// `sentence` repeated until the text has more than `words` words.
    static func text(_ sentence: String, over words: Int) -> String {
        let count = sentence.split(separator: " ").count
        return Array(repeating: sentence, count: words / count + 1).joined(separator: " ")
    }

    // MARK: Item 3, acronyms

    @Test func acronymsUsedBeforeOrNeverSpelledOut() async throws {
        #expect(try await suggestions("""
            The EMG test and the ANA test. Electromyography (EMG) records muscles.

            It is immune-mediated necrotizing myopathy. IMNM is rare.
            """) == [
            "\(Self.page):5: suggestion: PEMAT 3 (acronyms): 'EMG' is used before it is spelled out at line 5; spell it out at its first use instead",
            "\(Self.page):5: suggestion: PEMAT 3 (acronyms): 'ANA' is never spelled out on this page; at its first use write the words it stands for with 'ANA' after them in brackets, or make it an alias of a term in glossary.yml",
            "\(Self.page):7: suggestion: PEMAT 3 (acronyms): 'IMNM' is never spelled out on this page; if it stands for 'immune-mediated necrotizing myopathy' (line 7), write 'IMNM' after those words in brackets, or make it an alias of a term in glossary.yml",
        ])
    }

    @Test func acronymsSpelledOutKnownOrNotWordsAreLeftAlone() async throws {
        #expect(try await suggestions("""
            Electromyography (EMG) is a test. An EMG takes an hour. ALS (amyotrophic lateral sclerosis) is rare.
            NIH: National Institutes of Health. Aicardi-Goutieres syndrome (AGS), and AGS1 is one kind.
            Lupus, also known as SLE, and Lou Gehrig's disease, also called: ALS.
            An MRI, a CT scan, DNA and HIV tests in the US. Type II and type IV; XY and XXY.
            DO NOT STOP TAKING IT. `ABC` in code, [a link](https://example.org/XYZ) and ![a picture of QRS](https://example.org/x.png).
            """) == [])
    }

    @Test func aGlossaryAliasCountsAsSpelledOutWhereThePageLinksTheTerm() async throws {
        let glossary = "- term: Creatine kinase\n  definition: A protein from muscles.\n  aliases: [CK]\n"
        #expect(try await suggestions("Your CK level shows muscle damage. A high CK is common.\n", files: ["glossary.yml": glossary]) == [])
        // Not in a heading, where the glossary marks nothing: there the acronym comes first.
        #expect(try await suggestions("## CK\n\nCreatine kinase is a protein.\n", files: ["glossary.yml": glossary]) == [
            "\(Self.page):5: suggestion: PEMAT 3 (acronyms): 'CK' is used before it is spelled out at line 7; spell it out at its first use instead",
        ])
    }

    // MARK: Item 5, active voice

    @Test func muchPassiveVoiceIsReportedAtItsFirstSentence() async throws {
        let body = """
            Your blood is taken by a nurse. The sample can be sent to a lab.
            Results are given to you in a week. You can ask about them. You see the doctor. You go home.
            """
        #expect(try await suggestions(body) == [
            "\(Self.page):5: suggestion: PEMAT 5 (active voice): 3 of 6 sentences (50%) are in the passive voice, like 'is taken' (line 5), 'can be sent' (line 5) and 'are given' (line 6); more than 1 in 5 is too many: say who does what, like 'a gene change causes it' rather than 'it is caused by a gene change'",
        ])
    }

    @Test func aLittlePassiveVoiceOrWordsThatOnlyLookPassiveAreLeftAlone() async throws {
        // 3 of 15 is 1 in 5, not more; "is tired", "is called" and "Be careful" are no passives.
        let active = "You see the doctor. You go home. You rest. You eat. You drink water. You sleep. You walk. You read. You feel better."
        #expect(try await suggestions("It is caused by a gene. It is treated by a doctor. It is found in blood. \(active) You ask. You call. You wait.\n") == [])
        #expect(try await suggestions("She is tired. It is called IBM (inclusion body myositis). Be careful. Be prepared. You rest.\n") == [])
    }

    // MARK: Item 6, clear numbers

    @Test func percentagesAndFractionsWouldBeClearerAsOneInN() async throws {
        #expect(try await suggestions("""
            About 25% of people get it.
            A third of them need help, and 30 percent get better. 2/3 recover.
            """) == [
            "\(Self.page):5: suggestion: PEMAT 6 (clear numbers): '25%' is clearer as '1 in 4', whole numbers that more readers understand; the page has 3 more percentages or fractions (line 6)",
        ])
        #expect(NumberCheck.proportion(percent: 12, english: true) == "about 1 in 8")
        #expect(NumberCheck.proportion(percent: 37, english: true) == "about 4 in 10")
        #expect(NumberCheck.proportion(percent: 15, english: false) == "3 de cada 20")
        #expect(NumberCheck.proportion(percent: 99, english: true) == "more than 19 in 20")
    }

    @Test func dosesDatesMeasurementsAndRepeatedProportionsAreLeftAlone() async throws {
        #expect(try await suggestions("""
            Take 0.5 mg. A blood sugar of 6.5% is high. Drink 1/2 cup of water on 1/4/2025.
            A blood pressure of 120/80 is fine. One in four (25%) people. 100% of it. Half of them.
            Bedbugs are 1/4 to 3/8 inch long. A quarter of an hour.
            """) == [])
    }

    // MARK: Items 8 and 9, sections and headings

    @Test func longSectionsAndGenericHeadings() async throws {
        let long = Self.text("Your muscles may feel weak when you climb stairs.", over: 250)
        #expect(try await suggestions("## Overview\n\n\(long)\n\nShort.\n\n## Muscle pain\n\nIt hurts.\n\n## Other information:\n\nMore.\n") == [
            "\(Self.page):5: suggestion: PEMAT 8 (short sections): the section 'Overview' has 253 words; split it into parts of about 250 words or fewer, each under a heading that says what it holds",
            "\(Self.page):5: suggestion: PEMAT 9 (informative headings): the heading 'Overview' does not say what its section is about; name what the reader will learn there, like 'What causes it' or 'How it is treated'",
            "\(Self.page):15: suggestion: PEMAT 9 (informative headings): the heading 'Other information:' does not say what its section is about; name what the reader will learn there, like 'What causes it' or 'How it is treated'",
        ])
    }

    @Test func aPageOfTwoParagraphsHasNoSectionsToJudge() async throws {
        let long = Self.text("Your muscles may feel weak when you climb stairs.", over: 250)
        #expect(try await suggestions("\(long)\n\nYou rest.\n") == [])
    }

    // MARK: Items 11 and 12, summary and visual cues

    @Test func aLongPageNeedsASummaryAndSomethingThatDrawsTheEye() async throws {
        let paragraph = Self.text("Your muscles may feel weak when you climb stairs.", over: 100)
        let body = "\(paragraph)\n\n## Pain\n\n\(paragraph)\n\n## Tiredness\n\n\(paragraph)\n"
        #expect(try await suggestions(body) == [
            "\(Self.page): suggestion: PEMAT 11 (summary): the page has 327 words and no summary; put its key points in a '> [!SUMMARY]' callout (shown as 'Key points') at the top or the end",
            "\(Self.page): suggestion: PEMAT 12 (visual cues): the page has 327 words and nothing that draws the eye to its key points; put them in a list, in **bold**, or in a callout such as '> [!SUMMARY]'",
        ])
        #expect(try await suggestions("> [!SUMMARY]\n> Weak legs are the main sign.\n\n\(body)") == [])
        // A quote that is not a callout is no summary; bold text is a visual cue.
        #expect(try await suggestions("> Summary: weak legs.\n\n\(body.replacingOccurrences(of: "## Pain", with: "## **Pain**"))") == [
            "\(Self.page): suggestion: PEMAT 11 (summary): the page has 330 words and no summary; put its key points in a '> [!SUMMARY]' callout (shown as 'Key points') at the top or the end",
        ])
    }

    // MARK: Items 20 and 21, actions and the reader

    @Test func aPageThatNeverSpeaksToTheReaderOrGivesAnAction() async throws {
        let about = Self.text("Muscle weakness is the most common sign of this disease.", over: 100)
        #expect(try await suggestions(about) == [
            "\(Self.page): suggestion: PEMAT 20 (action): the page never speaks to the reader as 'you' and never tells them what they can do; add at least one action addressed to them, like 'Ask your care team whether …', or the steps to take as a numbered list",
        ])
        #expect(try await suggestions("\(about)\n\nPatients should rest.\n") == [
            "\(Self.page):7: suggestion: PEMAT 21 (addressing the reader): the page describes what to do only for others ('Patients should rest', line 7) and never addresses the reader as 'you'; write the action to the reader, like 'Take your medicine with food' rather than 'patients should take their medicine with food'",
        ])
        // Duties that are not the reader's are no actions: the page still gives none.
        #expect(try await suggestions("\(about)\n\nThe sodium level should be kept low. Scientists need to do more research. The patient should be isolated.\n") == [
            "\(Self.page): suggestion: PEMAT 20 (action): the page never speaks to the reader as 'you' and never tells them what they can do; add at least one action addressed to them, like 'Ask your care team whether …', or the steps to take as a numbered list",
        ])
        #expect(try await suggestions("\(about)\n\nAnyone with a fever should see a doctor.\n") == [
            "\(Self.page):7: suggestion: PEMAT 21 (addressing the reader): the page describes what to do only for others ('should see', line 7) and never addresses the reader as 'you'; write the action to the reader, like 'Take your medicine with food' rather than 'patients should take their medicine with food'",
        ])
        #expect(try await suggestions("\(about)\n\n- Ask your doctor about tests.\n") == [])
        #expect(try await suggestions("\(about) Call a doctor if it gets worse.\n") == [])
        // Too short to need an action of its own.
        #expect(try await suggestions("Muscle weakness is the most common sign.\n") == [])
    }
}
