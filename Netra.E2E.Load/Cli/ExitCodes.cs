namespace Netra.E2E.Load.Cli;

/// <summary>The program's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every threshold held.</summary>
    public const int Passed = 0;

    /// <summary>At least one threshold was crossed (each is named in the output).</summary>
    public const int ThresholdsFailed = 1;

    /// <summary>Bad options or configuration, an unreachable or refused target, or unreadable result files.</summary>
    public const int Configuration = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM; the partial result is written.</summary>
    public const int Interrupted = 130;
}
