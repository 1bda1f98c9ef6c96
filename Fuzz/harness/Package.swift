// swift-tools-version:6.0
// libFuzzer targets for sitegen: front matter, Markdown pages and templates through the real
// loader and renderer (SitegenCommands' FileProbe). A package of its own so the main package's
// `swift build` and `swift test` never see the fuzzer runtime. Build and run with `scripts/fuzz`,
// which adds the sanitizer flags; a plain `swift build` here only checks that it compiles.
import PackageDescription

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "sitegen", path: "../..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver and passes a context pointer to the callback.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "SitegenKit", package: "sitegen")]
        ),
    ]
)
