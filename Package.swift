// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        // What other packages (the fuzz harness, Fuzz/harness) build on: a product over the library
        // targets, with no module of its own (no `@_exported` re-exports): a user imports each
        // target it uses. Kept under its old name so the harness's manifest did not have to change.
        .library(name: "SitegenKit", targets: ["SitegenModel", "SitegenLoad", "SitegenRender", "SitegenBuild", "SitegenCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // HTTP server for `sitegen serve`. SwiftNIO (under Hummingbird) limits request lines and
        // headers and closes idle connections; FlyingFox 0.27 had no such limits. It costs about
        // 3 more minutes of CPU on a clean build (docs/serve.md).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        // Hummingbird's own dependencies, named for the parts the preview's limits use directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        // The preview stops its server with a graceful shutdown of a service group (cancelling it
        // crashes NIO while connections are arriving: see PreviewServer.stop).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // Tests only: random editing sessions for the preview's property test.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The Snowball stemmers from the system (Debian: libstemmer-dev, which has no pkg-config
        // file: the module map links `stemmer` by name). The search indexes words by their stem.
        .systemLibrary(
            name: "CStemmer",
            path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // libvips from the system (Debian: libvips-dev), for images' sizes and smaller copies. Only
        // CVipsShim includes its headers: Swift cannot call its variadic functions.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "CVipsShim", dependencies: ["CVips"]),
        // Images beside the pages: sizes from their headers (for Load), smaller copies (for Build).
        .target(name: "SitegenImages", dependencies: ["SitegenModel", "CVipsShim"]),
        // The site as data: pages, sections, settings, diagnostics, output files. No I/O.
        .target(name: "SitegenModel"),
        // Reading files and their status with system calls, for Load, Write and the preview.
        .target(name: "SitegenFileSystem", dependencies: ["SitegenModel"]),
        // `SITEGEN_TIMING=1`: how long each stage took, on standard error.
        .target(name: "SitegenTiming"),
        // Features that need only the model.
        .target(name: "SitegenGlossary", dependencies: ["SitegenModel"]),
        .target(name: "SitegenReadability", dependencies: ["SitegenModel"]),
        .target(name: "SitegenSearch", dependencies: ["SitegenModel", "CStemmer"]),
        // The built-in theme: templates/ put into the binary when sitegen is built, by the plugin
        // (nothing generated is committed; SwiftPM resources would not survive moving the binary).
        .target(name: "SitegenTheme", dependencies: ["SitegenModel"], plugins: ["ThemeEmbedPlugin"]),
        .plugin(name: "ThemeEmbedPlugin", capability: .buildTool(), dependencies: ["ThemeEmbedTool"]),
        .executableTarget(name: "ThemeEmbedTool"),
        // Files -> model: reads site.yml, content/, templates/ and glossary.yml, checking all of it.
        .target(
            name: "SitegenLoad",
            dependencies: ["SitegenModel", "SitegenFileSystem", "SitegenTiming", "SitegenGlossary", "SitegenTheme", "SitegenImages", .product(name: "Yams", package: "Yams")]
        ),
        // Model -> output files in memory. Touches no disk: it hands finished files to its caller.
        .target(
            name: "SitegenRender",
            dependencies: [
                "SitegenModel", "SitegenTiming", "SitegenGlossary", "SitegenReadability", "SitegenSearch", "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Output files -> the output folder, atomically, replacing only what sitegen wrote.
        .target(name: "SitegenWrite", dependencies: ["SitegenModel", "SitegenFileSystem"]),
        // What editors read after a build: the per-page table, the JSON report, the review dashboard.
        .target(
            name: "SitegenReport",
            dependencies: ["SitegenModel", "SitegenRender", "SitegenTiming", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // `sitegen serve`: the HTTP server, the watcher, and the memo of the last build (`BuildMemo`).
        .target(
            name: "SitegenPreview",
            dependencies: [
                "SitegenBuild", "SitegenModel", "SitegenFileSystem", "SitegenTiming", "SitegenLoad", "SitegenRender", "SitegenSearch", "SitegenReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // Copied files are streamed from disk on NIO's thread pool.
                .product(name: "_NIOFileSystem", package: "swift-nio"),
            ]
        ),
        // The pipeline (Build: load -> images -> render -> write) and `BuildMemo`, what a build
        // leaves for the next one. Depends on no command, report or preview target: `check`,
        // `report` and the preview make their reports from the `RenderedSite` or `BuildSummary` it
        // returns, so a new output never waits on them.
        .target(
            name: "SitegenBuild",
            dependencies: ["SitegenModel", "SitegenFileSystem", "SitegenTiming", "SitegenSearch", "SitegenLoad", "SitegenRender", "SitegenWrite", "SitegenImages"]
        ),
        // The other commands' logic over the stages: check external links, move a page, scaffold a
        // site (`new`, `init`), copy the theme, probe one file (fuzzing). None of it runs a build.
        .target(
            name: "SitegenCommands",
            dependencies: [
                "SitegenModel", "SitegenFileSystem", "SitegenLoad", "SitegenRender", "SitegenWrite", "SitegenTheme",
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The command line: parses arguments, calls the build, the commands or the preview, and
        // prints their reports.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenModel", "SitegenFileSystem", "SitegenLoad", "SitegenRender", "SitegenWrite", "SitegenReport", "SitegenBuild", "SitegenCommands", "SitegenPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // One test target per stage for the suites that test one stage; the golden site, the
        // command line and everything driven through a whole build stay in SitegenKitTests (named
        // for the library product).
        .testTarget(name: "SitegenModelTests", dependencies: ["SitegenModel"]),
        .testTarget(name: "SitegenReadabilityTests", dependencies: ["SitegenModel", "SitegenReadability"]),
        // Render too: the index's paths must pass the output checks (OutputPlan).
        .testTarget(name: "SitegenSearchTests", dependencies: ["SitegenModel", "SitegenSearch", "SitegenRender"]),
        .testTarget(name: "SitegenLoadTests", dependencies: ["SitegenModel", "SitegenFileSystem", "SitegenLoad"]),
        .testTarget(name: "SitegenRenderTests", dependencies: ["SitegenModel", "SitegenRender"]),
        .testTarget(name: "SitegenWriteTests", dependencies: ["SitegenModel", "SitegenWrite"]),
        .testTarget(name: "SitegenImagesTests", dependencies: ["SitegenModel", "SitegenImages"], exclude: ["Fixtures"]),
        // The preview's parts that need no site folder: request paths, content types, the reload
        // script, hosts, the terminal's lines.
        .testTarget(name: "SitegenPreviewTests", dependencies: ["SitegenModel", "SitegenReport", "SitegenPreview"]),
        .testTarget(
            name: "SitegenKitTests",
            // `sitegen` too, so the command-line tests can run the real binary.
            dependencies: ["SitegenBuild", "SitegenCommands", "sitegen", "SitegenModel", "SitegenFileSystem", "SitegenTiming", "SitegenGlossary", "SitegenReadability", "SitegenSearch", "SitegenLoad", "SitegenRender", "SitegenWrite", "SitegenReport", "SitegenPreview", "SitegenTheme", "SitegenImages",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
    ]
)
