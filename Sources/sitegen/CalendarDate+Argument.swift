import ArgumentParser
import SitegenModel

/// `--today YYYY-MM-DD` for every command: ArgumentParser rejects impossible dates itself.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
