extension StandardMargin {
    /// A long-delta position loses when prices fall.
    public static func adverseIsDown(_ valuation: PositionValuation) -> Bool { valuation.deltaCoin >= 0 }
}
