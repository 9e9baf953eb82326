/// Runs independent pieces of work (one account each, or one block of accounts) on at most `jobs`
/// child tasks at once, with Swift structured concurrency, and hands the results back in index
/// order — so whatever `jobs` is, and however the tasks interleave, the caller sees the same
/// sequence and prints the same bytes.
///
/// Work is handed out in contiguous blocks of indices (a few per task, so that task overhead stays
/// small against a cheap item and a slow item does not leave a core idle for long); a new block
/// starts as soon as one finishes (a sliding window of `jobs` tasks). Each item's error is kept in
/// its place: the caller decides which one to report (the first in index order, deterministically).
///
///     let reports = await OrderedFanOut.map(count: accounts.count, jobs: 2) { index in
///         try margin.report(accounts[index], market: market, mode: .cross)
///     }
public enum OrderedFanOut {
    /// Blocks per task the work is cut into when it is large enough (load balance vs overhead).
    static let blocksPerJob = 8
    /// Most items in one block.
    static let maximumBlockSize = 64

    /// `work(index)` for every index in `0..<count`, at most `jobs` (≥ 1) at once; results in index order.
    public static func map<Value: Sendable>(count: Int, jobs: Int,
                                            _ work: @escaping @Sendable (Int) throws -> Value) async -> [Result<Value, any Error>] {
        guard count > 0 else { return [] }
        let width = max(1, jobs)
        let blockSize = max(1, min(maximumBlockSize, count / (width * blocksPerJob)))
        let blockCount = (count + blockSize - 1) / blockSize
        var slots: [[Result<Value, any Error>]] = Array(repeating: [], count: blockCount)
        await withTaskGroup(of: (Int, [Result<Value, any Error>]).self) { group in
            var nextBlock = 0
            while nextBlock < min(width, blockCount) {
                let block = nextBlock
                group.addTask { (block, run(block: block, size: blockSize, count: count, work)) }
                nextBlock += 1
            }
            while let (block, results) = await group.next() {
                slots[block] = results
                if nextBlock < blockCount {
                    let block = nextBlock
                    group.addTask { (block, run(block: block, size: blockSize, count: count, work)) }
                    nextBlock += 1
                }
            }
        }
        return slots.flatMap { $0 }
    }

    /// Like ``map(count:jobs:_:)``, throwing the error of the first failed index (in index order).
    public static func mapThrowing<Value: Sendable>(count: Int, jobs: Int,
                                                    _ work: @escaping @Sendable (Int) throws -> Value) async throws -> [Value] {
        try await map(count: count, jobs: jobs, work).map { try $0.get() }
    }

    static func run<Value>(block: Int, size: Int, count: Int,
                           _ work: @Sendable (Int) throws -> Value) -> [Result<Value, any Error>] {
        let start = block * size
        let end = min(count, start + size)
        return (start..<end).map { index in Result { try work(index) } }
    }
}
