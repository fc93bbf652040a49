namespace Netra.E2E.Shared.Oracle;

/// <summary>How a run must end for <see cref="AgentRunValidator"/> to accept it.</summary>
public enum RunEnding
{
    /// <summary>With exactly one <c>agent_completed</c> (the default).</summary>
    Completed,

    /// <summary>With exactly one <c>agent_error</c> (for a cancelled or failing run).</summary>
    Error,

    /// <summary>With exactly one terminal event of either kind.</summary>
    Either,

    /// <summary>No terminal event required yet: the run may still be in progress (a second one is still a violation).</summary>
    NotRequired,
}
