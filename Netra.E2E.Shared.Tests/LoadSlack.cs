namespace Netra.E2E.Shared.Tests;

/// <summary>
/// Slack for the upper bounds that prove a wait ends (no hang): what a busy 2-core machine running several test hosts at
/// once can add to a timer firing and a thread being scheduled. A hang these checks exist for is unbounded, or a default
/// timeout of 10 s and more, so 3 s of slack still tells it apart.
/// </summary>
internal static class LoadSlack
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
}
