// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "xmargin",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "xmargin", targets: ["xmargin"]),
        .library(name: "MarginEngine", targets: ["MarginEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        // Pure engine: instruments, pricing, margin models, reports. No I/O, no clock.
        .target(
            name: "MarginEngine",
            dependencies: [
                .product(name: "Numerics", package: "swift-numerics"),
            ]
        ),
        // TOML files (catalogue, portfolio, marks) → engine values, with key-naming errors.
        .target(
            name: "MarginConfig",
            dependencies: ["MarginEngine"]
        ),
        // Price events, tape readers/writers, simulator, file tail, replay clock.
        .target(
            name: "MarketData",
            dependencies: ["MarginEngine"]
        ),
        // One live/replay session: per mode the book after its own liquidations, one batching
        // policy, snapshots as plain values for every front end (DESIGN §2).
        .target(
            name: "RiskSession",
            dependencies: ["MarginEngine", "MarketData"]
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Snapshot → view model → Screen (pure), themes, key bindings, curses backend.
        .target(
            name: "Dashboard",
            dependencies: ["MarginEngine", "RiskSession", "CNcursesw"]
        ),
        // Seeded benchmark books, tape-read and frame benchmarks (fixtures, not product code).
        .target(
            name: "Benchmarks",
            dependencies: ["MarginEngine", "MarginConfig", "MarketData", "RiskSession", "Dashboard",
                           .product(name: "Numerics", package: "swift-numerics")]
        ),
        .executableTarget(
            name: "xmargin",
            dependencies: [
                "MarginEngine", "MarginConfig", "MarketData", "RiskSession", "Dashboard", "Benchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarginEngineTests", dependencies: ["MarginEngine", "Benchmarks"]),
        .testTarget(name: "MarginConfigTests", dependencies: ["MarginConfig", "MarginEngine", "Benchmarks"]),
        .testTarget(name: "MarketDataTests", dependencies: ["MarketData", "MarginEngine", "Benchmarks"]),
        .testTarget(name: "RiskSessionTests", dependencies: ["RiskSession", "MarginEngine", "MarketData", "MarginConfig", "Benchmarks"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "RiskSession", "MarginEngine", "MarketData", "MarginConfig", "Benchmarks"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MarginEngine", "MarginConfig", "Dashboard", "Benchmarks"]),
        // Fuzz target bodies (DESIGN §10), plain functions the tests call too.
        .target(
            name: "FuzzEntries",
            dependencies: ["MarginEngine", "MarginConfig", "MarketData", "RiskSession", "Benchmarks"]
        ),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzEntries", "MarketData", "MarginEngine", "MarginConfig", "RiskSession", "Benchmarks"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer binary, only when `scripts/fuzz` builds it (XMARGIN_FUZZ=1, with
// -sanitize=fuzzer, in .build-fuzz): it cannot link without libFuzzer's driver.
if Context.environment["XMARGIN_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzDriver", path: "Fuzz/Sources/CFuzzDriver"),
        .executableTarget(name: "xmargin-fuzz", dependencies: ["FuzzEntries", "CFuzzDriver"],
                          path: "Fuzz/Sources/xmargin-fuzz"),
    ]
}
