import SitegenModel
import SitegenSearch


/// Every unit's files, reports and search documents in site order, followed by the files that
/// belong to no unit (the `tail`: glossary, search and 404 pages, sitemap, robots.txt, copied
/// files). A preview keeps it between builds and replaces the re-rendered units' entries in place,
/// instead of concatenating every unit's lists again (at 50,000 pages that took 24 ms a rebuild).
struct GatheredOutputs {
    private(set) var ids: [String]
    private(set) var files: [OutputFile] = []
    private(set) var reports: [PageReport] = []
    private(set) var search: [SearchDocument] = []
    /// Where each unit's entries start; one more than there are units (the end).
    private var fileStarts: [Int] = [0]
    private var reportStarts: [Int] = [0]
    private var searchStarts: [Int] = [0]
    /// Where the tail starts in `files`.
    private(set) var tailStart = 0

    init(ids: [String], outputs: [UnitOutput], tail: [OutputFile]) {
        self.ids = ids
        files.reserveCapacity(outputs.reduce(tail.count) { $0 + $1.files.count })
        let pages = outputs.reduce(0) { $0 + $1.reports.count }
        reports.reserveCapacity(pages)
        search.reserveCapacity(pages)
        for output in outputs {
            files += output.files
            reports += output.reports
            search += output.search
            fileStarts.append(files.count)
            reportStarts.append(reports.count)
            searchStarts.append(search.count)
        }
        tailStart = files.count
        files += tail
    }

    /// Puts in the new outputs of the units at `positions` and the new tail. Returns false, and
    /// changes nothing, when the units are not the same as last time or an output's number of
    /// entries changed: then gather again.
    mutating func replace(_ positions: [Int], ids: [String], outputs: [UnitOutput], tail: [OutputFile]) -> Bool {
        guard ids == self.ids, tail.count == files.count - tailStart else { return false }
        for position in positions {
            let output = outputs[position]
            guard output.files.count == fileStarts[position + 1] - fileStarts[position],
                  output.reports.count == reportStarts[position + 1] - reportStarts[position],
                  output.search.count == searchStarts[position + 1] - searchStarts[position] else { return false }
        }
        for position in positions {
            let output = outputs[position]
            files.replaceSubrange(fileStarts[position]..<fileStarts[position + 1], with: output.files)
            reports.replaceSubrange(reportStarts[position]..<reportStarts[position + 1], with: output.reports)
            search.replaceSubrange(searchStarts[position]..<searchStarts[position + 1], with: output.search)
        }
        files.replaceSubrange(tailStart..<files.count, with: tail)
        return true
    }
}
