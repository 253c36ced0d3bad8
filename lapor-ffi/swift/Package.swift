// swift-tools-version:5.9
// The Swift package of lapor's uniffi binding, for macOS / iOS. NOT built or tested on the
// project's Linux CI (no Swift compiler there): the CI only generates the sources.
//
// On a Mac, from the repository root:
//   lapor-ffi/swift/generate.sh            # builds liblapor_ffi, generates Sources/
//   cd lapor-ffi/swift && swift test       # runs Tests/LaporTests
import PackageDescription

let package = Package(
    name: "Lapor",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "Lapor", targets: ["Lapor"]),
    ],
    targets: [
        // The C header and module map uniffi generates (module `laporFFI`).
        .systemLibrary(name: "laporFFI", path: "Sources/laporFFI"),
        // The generated Swift API (`lapor.swift`), linked against the Rust library.
        .target(
            name: "Lapor",
            dependencies: ["laporFFI"],
            path: "Sources/Lapor",
            linkerSettings: [
                .linkedLibrary("lapor_ffi"),
                .unsafeFlags(["-L", "../../target/release"]),
            ]
        ),
        .testTarget(
            name: "LaporTests",
            dependencies: ["Lapor"],
            path: "Tests/LaporTests",
            linkerSettings: [.unsafeFlags(["-L", "../../target/release"])]
        ),
    ]
)
