using System.Collections.Concurrent;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>Every run by id (kept after it ends so status and 409-on-cancel work). Thread-safe.</summary>
internal sealed class RunRegistry
{
    private readonly ConcurrentDictionary<string, AgentRun> _runs = new(StringComparer.Ordinal);

    public void Add(AgentRun run) => _runs[run.RunId] = run;

    /// <summary>The run when it exists and belongs to the user; another user's run is reported as absent.</summary>
    public AgentRun? FindOwned(string userId, string runId) =>
        _runs.TryGetValue(runId, out var run) && run.UserId == userId ? run : null;

    /// <summary>The run with that id, whoever owns it.</summary>
    public AgentRun? Find(string runId) => _runs.GetValueOrDefault(runId);

    public IReadOnlyList<AgentRun> ForUser(string userId) =>
        [.. _runs.Values.Where(r => r.UserId == userId).OrderBy(r => r.StartTime)];

    public int ActiveCount => _runs.Values.Count(r => r.Status == RunStatus.Running);
}
