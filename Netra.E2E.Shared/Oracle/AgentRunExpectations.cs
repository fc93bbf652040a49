namespace Netra.E2E.Shared.Oracle;

/// <summary>What a test knows about the run it started, against which <see cref="AgentRunValidator"/> checks the transcript.</summary>
/// <param name="OwnerUserId">The user who started the run: every event must carry this <c>user_id</c>, no other user's may arrive.</param>
public sealed record AgentRunExpectations(string OwnerUserId)
{
    /// <summary>The <c>message_id</c> the client sent, which every event must echo; null (default) when none was sent.</summary>
    public string? MessageId { get; init; }

    /// <summary>The thread the run was started on, which every event must carry; null (default) to accept the thread the run
    /// created.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The agent type (<c>triage</c>, <c>data</c>, <c>optimization</c>) whose tools must run; null (default) skips that
    /// check.</summary>
    public string? AgentType { get; init; }

    /// <summary>The user request; with <see cref="AgentType"/> set, tool parameters and results must be computed from it. Default
    /// null.</summary>
    public string? Request { get; init; }

    /// <summary>How the run must end; default <see cref="RunEnding.Completed"/>.</summary>
    public RunEnding Ending { get; init; } = RunEnding.Completed;

    /// <summary>With <see cref="RunEnding.Error"/>, the <c>error_code</c> the <c>agent_error</c> must carry (e.g. <c>CANCELLED</c>);
    /// default null (any).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Whether event types outside contract 6 are tolerated in the run; default false (they are violations).</summary>
    public bool AllowUnknownEventTypes { get; init; }
}
