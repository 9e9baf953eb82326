import MarketData

/// The feed clock's commands (pause, speed, step, seek), re-exported so front ends that do not
/// import MarketData (the Dashboard) send the one type the sources apply.
public typealias ClockCommand = MarketData.ClockCommand
