#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the run loop checks, so the terminal is restored by
/// ordinary code (`endwin` is not async-signal-safe). The handler only stores the signal number in
/// an atomic; the blocking input wait returns early with `EINTR`, the backend sees the flag and
/// reports ``TerminalEvent/interrupted(signal:)``.
enum SignalGuard {
    /// The last signal received, 0 for none.
    static let pending = Atomic<Int32>(0)
    static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers; returns the previous actions for ``uninstall(_:)``.
    static func install() -> [Int32: sigaction] {
        _ = pending.load(ordering: .relaxed)  // initialise the global before any signal can arrive
        var previous: [Int32: sigaction] = [:]
        for signalNumber in handledSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { received in SignalGuard.pending.store(received, ordering: .relaxed) }
            #else
            action.__sigaction_u.__sa_handler = { received in SignalGuard.pending.store(received, ordering: .relaxed) }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked input wait returns with EINTR
            var old = sigaction()
            if sigaction(signalNumber, &action, &old) == 0 { previous[signalNumber] = old }
        }
        return previous
    }

    /// Puts the previous handlers back.
    static func uninstall(_ previous: [Int32: sigaction]) {
        for (signalNumber, action) in previous {
            var old = action
            sigaction(signalNumber, &old, nil)
        }
    }

    /// The pending signal, clearing it.
    static func take() -> Int32? {
        let value = pending.exchange(0, ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
