import Foundation

/// The only place the executable reads the wall clock (the engine never does).
enum WallClock {
    /// Now, µs since the epoch UTC.
    static func nowMicros() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000_000).rounded())
    }
}

extension WallClock {
    /// A monotonic clock, µs (arbitrary origin): pacing and frame timing.
    static func monotonicMicros() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1_000
    }
}
