namespace Netra.E2E.Shared.Testing;

/// <summary>One finished tier test, as the end-of-run block lists it.</summary>
/// <param name="Name">The test's name (with its arguments).</param>
/// <param name="Tier">Critical, High, Pipeline, or "other".</param>
/// <param name="Outcome">Passed, Failed, Inconclusive or Skipped.</param>
/// <param name="Duration">From set-up to tear-down.</param>
/// <param name="Reason">The first line of the failure message, or empty.</param>
/// <param name="Flaky">True when it needed HTTP retries.</param>
public sealed record TestRecord(string Name, string Tier, string Outcome, TimeSpan Duration, string Reason, bool Flaky);
