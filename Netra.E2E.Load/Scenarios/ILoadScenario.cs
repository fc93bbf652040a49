using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// What each user of a run does. A scenario measures into the user's metrics, calls <see cref="VirtualUser.BeginIteration"/>
/// and <see cref="VirtualUser.PassIteration"/>, and throws on the first failure (a contract violation, or what the
/// suite's clients throw); the runner counts it and ends that user.
/// </summary>
internal interface ILoadScenario
{
    /// <summary>The scenario's name on the command line.</summary>
    string Name { get; }

    /// <summary>Runs one user's whole flow within <paramref name="cancellationToken"/> (the user's deadline and Ctrl+C).</summary>
    Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken);
}
