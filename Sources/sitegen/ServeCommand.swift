import ArgumentParser
import SitegenCommands
import SitegenPreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser while you edit it.",
        discussion: """
            Builds the site into memory (public/ is not touched), serves it at http://127.0.0.1:8080/ and \
            rebuilds whenever a file in content/ or templates/, site.yml or glossary.yml changes; open pages \
            reload by themselves. While a file has an error the last good version stays up and the errors \
            are shown in the terminal and over the page. Press Ctrl-C to stop.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml, content/ and templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "number"))
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on: 127.0.0.1 (this computer only), ::1, or 0.0.0.0 to let other devices on the network see the preview.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Also show pages marked 'draft: true' (and the pages of a draft section); without it, the first lines name the drafts left out.")
    var drafts = false

    @Flag(name: .long, help: "Look for changed files every 100 ms instead of being told by the system (for network folders and containers, where changes are not always reported).")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("'--port' must be between 1 and 65535 (or 0 for any free port), not \(port)")
        }
    }

    func run() async throws {
        try Console.requireSite(source)
        try await Console.finishInterruptedMove(source: source)
        let terminal = ServeTerminal(pathPrefix: ScaffoldOptions(source: source).pathPrefix)
        let server = PreviewServer(
            options: ServeOptions(source: source, host: host, port: port, includeDrafts: drafts, polling: poll),
            report: { terminal.report($0) }
        )

        let signals = StopSignals { await server.stop() }

        let failure: String?
        do {
            try await server.start()
            await server.waitUntilStopped()
            failure = await server.failure
        } catch {
            failure = error.description
        }
        guard signals.finish() else {
            // The grace timer is ending the process and prints the last line.
            try? await Task.sleep(for: .seconds(5))
            return
        }
        if let failure { throw Console.failure(failure) }
        print("Stopped.")
    }
}
