// swift-tools-version:6.0
// What swift-mustache costs per tag and per page of the default theme (BENCHMARKS.md, "Where the
// time goes"). Run from the repository root:
//   swift run -c release --package-path bench/mustache mustache-cost templates
import PackageDescription

let package = Package(
    name: "mustache-cost",
    dependencies: [.package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0")],
    targets: [
        .executableTarget(name: "mustache-cost", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
    ]
)
