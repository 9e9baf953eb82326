import Dashboard
/// Measures frame composition (view model → `Screen`), for `xmargin bench`.
public enum FrameBenchmark {
    /// Composes a `width` × `height` frame from the sample view model `iterations` times (cycling
    /// the cursor so no two frames are identical) and returns the median time per frame in milliseconds.
    public static func medianMilliseconds(iterations: Int = 200, width: Int = 160, height: Int = 48) -> Double {
        let model = SampleViewModel.make()
        var state = DashboardState()
        var samples: [Double] = []
        samples.reserveCapacity(max(1, iterations))
        let clock = ContinuousClock()
        var checksum = 0
        for index in 0..<max(1, iterations) {
            state.cursor = index % max(1, model.positions.count)
            let start = clock.now
            let screen = DashboardRenderer.compose(model, state: state, width: width, height: height)
            let elapsed = start.duration(to: clock.now)
            checksum &+= screen.cells.count
            samples.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        samples.sort()
        return checksum > 0 ? samples[samples.count / 2] : 0
    }
}
