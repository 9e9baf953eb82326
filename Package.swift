// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "xmargin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xmargin", targets: ["xmargin"]),
        .library(name: "MarginEngine", targets: ["MarginEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Pure engine: instruments, pricing, margin models, reports. No I/O, no clock.
        .target(
            name: "MarginEngine",
            dependencies: [
                .product(name: "Numerics", package: "swift-numerics"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // TOML files (catalogue, portfolio, marks) → engine values, with key-naming errors.
        .target(
            name: "MarginConfig",
            dependencies: ["MarginEngine", "TOMLKit"]
        ),
        // Price events, tape readers/writers, simulator, file tail, replay clock.
        .target(
            name: "MarketData",
            dependencies: ["MarginEngine"]
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // View model, Screen buffer, themes, key bindings, curses backend.
        .target(
            name: "Dashboard",
            dependencies: ["MarginEngine", "MarginConfig", "MarketData", "CNcursesw", "TOMLKit"]
        ),
        .executableTarget(
            name: "xmargin",
            dependencies: [
                "MarginEngine", "MarginConfig", "MarketData", "Dashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarginEngineTests", dependencies: ["MarginEngine"]),
        .testTarget(name: "MarginConfigTests", dependencies: ["MarginConfig", "MarginEngine"]),
        .testTarget(name: "MarketDataTests", dependencies: ["MarketData", "MarginEngine"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "MarginEngine", "MarketData"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MarginEngine", "Dashboard"]),
    ],
    swiftLanguageModes: [.v6]
)
