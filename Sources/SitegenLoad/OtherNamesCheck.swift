import SitegenModel

/// Other names (`other_names:`) that would send a reader of the A–Z to the wrong condition,
/// found across the sections of one language.
enum OtherNamesCheck {
    /// An other name that is another condition's title is an error: the A–Z would list that
    /// name twice, once for each condition, and a reader could not tell which one they meant.
    /// One that two conditions share is a warning: some names do mean two conditions, and the A–Z
    /// then lists it under each.
    static func problems(in sections: [Section]) -> [Diagnostic] {
        var titles: [String: Section] = [:]
        for section in sections { titles[OtherName.key(section.title)] = titles[OtherName.key(section.title)] ?? section }
        var named: [String: (section: Section, name: OtherName)] = [:]
        var problems: [Diagnostic] = []
        for section in sections {
            let path = section.index.sourcePath
            for name in section.index.frontMatter.otherNames {
                let key = OtherName.key(name.name)
                let quoted = "'\(name.name.visibleInMessages)'"
                if let other = titles[key], other.index.sourcePath != path {
                    problems.append(.error(path, line: name.line, "\(quoted) is the title of another condition (\(other.index.sourcePath)), so the A–Z would list it for both; remove it from 'other_names', or, if the two are one condition, make them one section"))
                } else if let first = named[key] {
                    problems.append(.warning(path, line: name.line, "\(quoted) is also an other name of '\(first.section.title.visibleInMessages)' (\(first.section.index.sourcePath):\(first.name.line)), so the A–Z lists it for both; if it names only one of them, remove it from the other"))
                } else {
                    named[key] = (section, name)
                }
            }
        }
        return problems
    }
}
