using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>How a run ended: status, the agent_completed result (when completed) and the wall time.</summary>
internal sealed record RunOutcome(RunStatus Status, JsonObject? Result, TimeSpan Elapsed);
