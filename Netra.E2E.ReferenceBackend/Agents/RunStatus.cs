namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>The status of a run as <c>/api/agents/status</c> reports it.</summary>
internal enum RunStatus
{
    /// <summary>Still emitting events.</summary>
    Running,

    /// <summary>Ended with agent_completed.</summary>
    Completed,

    /// <summary>Ended with agent_error CANCELLED.</summary>
    Cancelled,

    /// <summary>Ended with another agent_error.</summary>
    Error,
}
