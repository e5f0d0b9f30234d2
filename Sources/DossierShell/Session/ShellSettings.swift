/// What `.mode`, `.headers`, `.timer`, `.pager` and the command line change.
public struct ShellSettings: Sendable {
    public var format: any OutputFormat
    public var headers: Bool
    public var timer: Bool
    /// Page results taller than the screen (interactive only).
    public var pager: Bool
    /// ANSI colour for headers and errors: a terminal, no NO_COLOR, no --no-color.
    public var color: Bool
    /// Stop a script at its first error.
    public var bail: Bool

    public init(format: any OutputFormat = TableFormat(), headers: Bool = true, timer: Bool = false,
                pager: Bool = true, color: Bool = false, bail: Bool = false) {
        self.format = format; self.headers = headers; self.timer = timer; self.pager = pager
        self.color = color; self.bail = bail
    }
}

/// What the session may ask of the process it runs in; tests supply fakes.
public struct ShellEnvironment: Sendable {
    /// Columns and rows of the terminal standard output is on, read anew for
    /// each result so a resized window re-fits tables; nil when not a terminal.
    public var terminalSize: @Sendable () -> (columns: Int, rows: Int)?
    /// Returns and clears a pending Ctrl-C.
    public var takeInterrupt: @Sendable () -> Bool
    /// The pager command (`$PAGER`, else `less -FRX`); nil disables paging.
    public var pagerCommand: String?
    /// Current directory and home, for completing file names.
    public var homeDirectory: String

    public init(terminalSize: @escaping @Sendable () -> (columns: Int, rows: Int)? = { nil },
                takeInterrupt: @escaping @Sendable () -> Bool = { false },
                pagerCommand: String? = nil, homeDirectory: String = "") {
        self.terminalSize = terminalSize; self.takeInterrupt = takeInterrupt
        self.pagerCommand = pagerCommand; self.homeDirectory = homeDirectory
    }
}
