namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Fails a test because the run could not start. It carries no stack trace: the cause was printed once, as one block,
/// when the run started, and repeating a trace for every test would bury it.
/// </summary>
public sealed class RunNotStartedException : Exception
{
    /// <summary>Creates the exception with its one-line <paramref name="message"/>.</summary>
    public RunNotStartedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public RunNotStartedException()
    {
    }

    /// <summary>Creates the exception around <paramref name="inner"/>.</summary>
    public RunNotStartedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Always empty: the cause's one block at the start of the run is the place to look.</summary>
    public override string StackTrace => string.Empty;
}
