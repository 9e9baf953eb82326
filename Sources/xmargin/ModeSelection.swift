import ArgumentParser
import MarginEngine

/// `--mode` of every command: one margin mode, or `all` (where a command takes several). The
/// dashboard starts in one mode (`single`); `margin`, `replay` and `stress` run `modes`.
enum ModeSelection: String, ExpressibleByArgument, CaseIterable {
    case isolated, cross, portfolio, all

    /// The modes to run, in `MarginMode.allCases` order.
    var modes: [MarginMode] { single.map { [$0] } ?? MarginMode.allCases }

    /// The one mode selected, nil for `all`.
    var single: MarginMode? { MarginMode(rawValue: rawValue) }
}
