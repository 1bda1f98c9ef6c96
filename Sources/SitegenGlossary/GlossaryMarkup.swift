import SitegenModel

/// HTML around a glossary word: a link to its entry, and its definition in a tooltip that shows on
/// hover and on keyboard focus (not on hover alone) and is read out as the link's description.
/// This is what works without JavaScript; the theme's term.js turns each into a toggletip (a
/// button that shows the definition in place on a tap, with this link inside), reading the
/// `.term`, `.term-link` and `.term-tip` classes and the tooltip's id: keep them in step.
package enum GlossaryMarkup {
    /// - Parameters:
    ///   - href: the glossary page, as seen from the page the word is on.
    ///   - idPrefix: keeps tooltip ids unique where several pages share one HTML page (the handout).
    static func term(_ entry: GlossaryEntry, href glossary: String, idPrefix: String = "") -> (enter: String, exit: String) {
        term(entry, escapedDefinition: HTML.escape(entry.definition), href: glossary, idPrefix: idPrefix)
    }

    /// The same, with the definition already escaped (once per build, not once per page).
    package static func term(_ entry: GlossaryEntry, escapedDefinition: String, href glossary: String, idPrefix: String = "") -> (enter: String, exit: String) {
        // Escaped like every value in an attribute: in the handout the link starts with base_url.
        let href = HTML.escape(glossary + "#" + entry.id)
        let tip = "tip-" + idPrefix + entry.id
        return (
            "<span class=\"term\"><a class=\"term-link\" href=\"" + href + "\" aria-describedby=\"" + tip + "\">",
            "</a><span class=\"term-tip\" role=\"tooltip\" id=\"" + tip + "\">" + escapedDefinition + "</span></span>"
        )
    }
}
