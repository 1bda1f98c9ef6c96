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

    /// `callout--2`: "--" is in no heading's id, so a heading cannot take a callout's id.
    static func id(_ number: Int, prefix: String = "") -> String { "\(prefix)callout--\(number)" }
}
