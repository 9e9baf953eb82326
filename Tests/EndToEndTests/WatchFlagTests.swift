import Testing

/// `xmargin watch` with a negative number: a clear error naming the flag and the value, not
/// ArgumentParser's "Missing value" (which read `-1` as another flag).
struct WatchFlagTests {
    @Test(arguments: [["--speed", "-1"], ["--seed", "-1"]])
    func negativeValueIsNamed(_ flag: [String]) throws {
        let result = try CLIRunner.run(["watch"] + flag)
        #expect(result.status != 0)
        #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
        #expect(result.stderr.contains("-1"), "\(result.stderr)")
        #expect(result.stderr.contains(flag[0]) || result.stderr.contains("speed"), "\(result.stderr)")
    }
}
