import SitegenModel

/// The HTML of a callout: an `<aside>` with the kind's label, then its title and its text.
///
/// `role="note"`, not the `<aside>`'s own complementary landmark: a callout is part of the page's
/// text, and a page of seven warnings should not list seven landmarks. Its name (the label and
/// the title) is what a screen reader says on reaching it, and the label is the first text it reads.
enum CalloutMarkup {
    struct Tags: Equatable {
        var enter: String
        var exit: String
        var titleEnter: String
        var titleExit: String
        /// After the title's block: where a care card's content box opens.
        var afterTitle = ""
    }

    /// The tags of `callout`, a care card's or another kind's, with the theme's texts.
    /// - Parameter levelShift: added to a care card's heading level (1 in the handout, whose
    ///   pages' headings go one level down).
    static func tags(_ callout: Callout, id: String, strings: ThemeStrings, levelShift: Int = 0) -> Tags {
        let label = strings.text(callout.kind.label)
        guard let prefix = callout.kind.hiddenPrefix else {
            return tags(callout.kind, label: label, id: id, hasTitle: callout.title != nil)
        }
        return careCardTags(callout.kind, prefix: strings.text(prefix), label: label, id: id,
                            level: min(6, callout.headingLevel + levelShift), hasTitle: callout.title != nil, hasBody: callout.hasBody)
    }

    /// - Parameters:
    ///   - label: the kind's label in the page's language (escaped here).
    ///   - id: unique on the HTML page: `callout--1`, or with the handout page's anchor before it.
    static func tags(_ kind: CalloutKind, label: String, id: String, hasTitle: Bool) -> Tags {
        let labelledBy = hasTitle ? "\(id)-label \(id)-title" : "\(id)-label"
        return Tags(
            enter: "<aside class=\"callout callout-\(kind.rawValue)\" role=\"note\" aria-labelledby=\"\(labelledBy)\">\n"
                + "<p class=\"callout-label\" id=\"\(id)-label\">\(HTML.escape(label))</p>",
            exit: "</aside>",
            titleEnter: "<p class=\"callout-title\" id=\"\(id)-title\">",
            titleExit: "</p>"
        )
    }

    /// A care card, after NHS's: its heading is a real heading (screen readers list it), at
    /// `level`, starting with `prefix` for screen readers only ("Urgent advice: "); the card's
    /// text goes in a box of its own below it. A card without a title gets the kind's label as
    /// its heading.
    static func careCardTags(_ kind: CalloutKind, prefix: String, label: String, id: String, level: Int, hasTitle: Bool, hasBody: Bool) -> Tags {
        let headingEnter = "<h\(level) class=\"care-card-heading\" id=\"\(id)-title\"><span class=\"visually-hidden\">\(HTML.escape(prefix)) </span>"
        let content = hasBody ? "<div class=\"care-card-content\">" : ""
        var enter = "<aside class=\"care-card care-card-\(kind.rawValue)\" role=\"note\" aria-labelledby=\"\(id)-title\">"
        if !hasTitle { enter += "\n" + headingEnter + HTML.escape(label) + "</h\(level)>" + (hasBody ? "\n" + content : "") }
        return Tags(
            enter: enter, exit: hasBody ? "</div>\n</aside>" : "</aside>",
            titleEnter: headingEnter, titleExit: "</h\(level)>", afterTitle: content
        )
    }

    /// `callout--2`: "--" is in no heading's id, so a heading cannot take a callout's id.
    static func id(_ number: Int, prefix: String = "") -> String { "\(prefix)callout--\(number)" }
}
