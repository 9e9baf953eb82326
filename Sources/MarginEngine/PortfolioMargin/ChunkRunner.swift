import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the independent chunks of one computation on the calling thread and one helper thread
/// (DESIGN §11): the latency of a single portfolio-margin tick on a large book, whose risk matrix
/// and ES grid values split into scenario and node ranges (`DeribitRiskMatrix.Chunks`,
/// `GridValues.Chunks`).
///
/// A pooled thread (`DispatchQueue.concurrentPerform`) takes about 40 µs to wake on this class of
/// machine — a fifth of such a tick — so the helper is one dedicated thread that stays awake for
/// `awakeNanoseconds` after its last chunk (back-to-back ticks of a replay or a fast feed find it
/// running) and then parks on a semaphore: an idle process uses no CPU. Both polls yield the core
/// (`sched_yield`) on every round: on a busy machine the caller and the helper may share one
/// core, and a poll that did not yield would delay the very thread it waits for (measured: a
/// one-account replay of the 1,000-position book 1.0 s → 1.7 s wall with a non-yielding poll
/// while another process held the other core; 0.86 s with the yielding one).
///
/// Chunks are claimed in order under a lock, by the caller as well, and `run` returns when every
/// chunk has run; which thread ran which chunk never changes a result, so output stays
/// byte-for-byte reproducible. A parked or busy helper only costs parallelism: the caller then runs
/// the chunks alone. One job at a time: a caller that finds another caller's job running runs its
/// own chunks alone. Only for callers that own the second core
/// (`PortfolioMarginSession.concurrentTicks`).
final class ChunkRunner: Sendable {
    /// The process's one runner (its helper thread starts on first use).
    static let shared = ChunkRunner()

    /// How long the helper keeps polling for the next job after its last chunk (ns).
    static let awakeNanoseconds: UInt64 = 200_000
    /// How long the caller polls for the helper's last chunk before it blocks (ns).
    static let callerPollNanoseconds: UInt64 = 30_000

    private struct Job: Sendable {
        var body: (@Sendable (Int) -> Void)?
        var count = 0
        var next = 0
    }

    private let job = Mutex(Job())
    /// Chunks of the current job that have returned.
    private let finished = Atomic<Int>(0)
    /// Bumped when a job is posted; the helper polls it.
    private let generation = Atomic<Int>(0)
    private let parked = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let wake = DispatchSemaphore(value: 0)
    /// The caller blocked on the helper's last chunk, and the helper's signal for it.
    private let callerWaiting = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Calls `body(c)` once for each c in 0..<count, on this thread and the helper, and returns when
    /// all have returned. The chunks must be independent (disjoint writes).
    func run(count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let posted = job.withLock { job -> Bool in
            guard job.body == nil else { return false }
            job = Job(body: body, count: count, next: 0)
            finished.store(0, ordering: .sequentiallyConsistent)
            return true
        }
        guard posted else {
            for chunk in 0..<count { body(chunk) }
            return
        }
        startHelper()
        generation.wrappingAdd(1, ordering: .sequentiallyConsistent)
        if parked.load(ordering: .sequentiallyConsistent) { wake.signal() }
        runClaimedChunks()
        awaitHelper(count)
        job.withLock { $0 = Job() }
    }

    /// Waits for the helper's last chunk: polls for `callerPollNanoseconds`, then blocks until the
    /// helper signals, so that a helper preempted by another process can be moved to this core
    /// rather than wait behind a polling caller. As for `parked`: `callerWaiting` is set before the
    /// last look at `finished`, the helper adds to `finished` before looking at `callerWaiting`,
    /// and a surplus signal only makes a later wait return early and look again.
    private func awaitHelper(_ count: Int) {
        let deadline = DispatchTime.now().uptimeNanoseconds &+ Self.callerPollNanoseconds
        var polls = 0
        while finished.load(ordering: .acquiring) < count {
            polls &+= 1
            sched_yield()
            guard polls & 7 == 0, DispatchTime.now().uptimeNanoseconds > deadline else { continue }
            callerWaiting.store(true, ordering: .sequentiallyConsistent)
            while finished.load(ordering: .sequentiallyConsistent) < count { done.wait() }
            callerWaiting.store(false, ordering: .sequentiallyConsistent)
            return
        }
    }

    /// Claims and runs chunks of the current job until none is left.
    private func runClaimedChunks() {
        while let (body, chunk) = claim() {
            body(chunk)
            finished.wrappingAdd(1, ordering: .sequentiallyConsistent)
            if callerWaiting.load(ordering: .sequentiallyConsistent) { done.signal() }
        }
    }

    private func claim() -> (@Sendable (Int) -> Void, Int)? {
        job.withLock { job in
            guard let body = job.body, job.next < job.count else { return nil }
            job.next += 1
            return (body, job.next - 1)
        }
    }

    private func startHelper() {
        guard started.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged else {
            return
        }
        DispatchQueue(label: "xmargin.chunk-runner", qos: .userInteractive).async { [self] in helperLoop() }
    }

    /// The helper: polls for a new job for `awakeNanoseconds`, then parks until `run` signals.
    /// Setting `parked` before the last look at `generation` (and `run` bumping `generation`
    /// before looking at `parked`, all sequentially consistent) means a job is never missed; a
    /// surplus signal only makes one later park return at once.
    private func helperLoop() {
        var seen = generation.load(ordering: .acquiring)
        while true {
            var deadline = DispatchTime.now().uptimeNanoseconds &+ Self.awakeNanoseconds
            var polls = 0
            while generation.load(ordering: .acquiring) == seen {
                polls &+= 1
                sched_yield()  // a thread sharing this core (the caller, on a busy machine) goes first
                guard polls & 7 == 0, DispatchTime.now().uptimeNanoseconds > deadline else { continue }
                parked.store(true, ordering: .sequentiallyConsistent)
                if generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
                parked.store(false, ordering: .sequentiallyConsistent)
                deadline = DispatchTime.now().uptimeNanoseconds &+ Self.awakeNanoseconds
            }
            seen = generation.load(ordering: .acquiring)
            runClaimedChunks()
        }
    }
}
