import Testing
import RiskSession

/// `OrderedFanOut`: results in index order whatever the number of jobs; errors kept in place.
struct OrderedFanOutTests {
    struct Odd: Error, Equatable { var index: Int }

    @Test(arguments: [1, 2, 7, 64])
    func resultsComeBackInIndexOrder(jobs: Int) async throws {
        // Uneven work (some items far slower than others), so that blocks finish out of order.
        let values = try await OrderedFanOut.mapThrowing(count: 1_000, jobs: jobs) { index -> Int in
            var sink = 0
            for step in 0..<((index % 17) * 200) { sink &+= step }
            return index * 3 + (sink == -1 ? 1 : 0)
        }
        #expect(values == (0..<1_000).map { $0 * 3 })
    }

    @Test func theFirstFailureInIndexOrderIsThrown() async {
        let results = await OrderedFanOut.map(count: 600, jobs: 3) { index -> Int in
            if index == 450 || index == 7 { throw Odd(index: index) }
            return index
        }
        #expect(results.count == 600)
        #expect(results.filter { (try? $0.get()) == nil }.count == 2)
        await #expect(throws: Odd(index: 7)) {
            _ = try await OrderedFanOut.mapThrowing(count: 600, jobs: 3) { index -> Int in
                if index == 450 || index == 7 { throw Odd(index: index) }
                return index
            }
        }
    }

    @Test func noItemsNoTasks() async {
        #expect(await OrderedFanOut.map(count: 0, jobs: 4) { $0 }.isEmpty)
    }
}
