import Foundation

/// The only place the executable reads the wall clock (the engine never does).
enum WallClock {
    /// Now, µs since the epoch UTC.
    static func nowMicros() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000_000).rounded())
    }
}
