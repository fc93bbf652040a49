namespace Netra.E2E.Load.Metrics;

/// <summary>
/// What went wrong for one user in one iteration: a contract violation (with the run's transcript) or an error
/// (no answer, refused, deadline). Texts come from the suite's redacting messages; no token or secret is in them.
/// </summary>
/// <param name="User">Global user index.</param>
/// <param name="Iteration">Iteration of that user, from 0.</param>
/// <param name="Kind"><c>violation</c> or <c>error</c>.</param>
/// <param name="Category">Short grouping key, e.g. the rule id or the exception kind.</param>
/// <param name="Message">What the target did.</param>
/// <param name="Transcript">The run's transcript (truncated), or null.</param>
internal sealed record UserFailure(int User, int Iteration, string Kind, string Category, string Message, string? Transcript)
{
    /// <summary>A contract violation.</summary>
    public const string Violation = "violation";

    /// <summary>Any other failure.</summary>
    public const string Error = "error";
}
