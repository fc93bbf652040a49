using System.Text.Json;
using Netra.E2E.Shared.Events;

namespace Netra.E2E.Shared.Assertions;

/// <summary>Entry points: <c>transcript.Should()</c> and <c>result.Should()</c> for a run result as JSON.</summary>
public static class AgentRunAssertionExtensions
{
    /// <summary>Starts assertions on a run transcript (<c>BeAValidRun</c>, <c>HaveCompletedWith</c>, <c>ContainInOrder</c>).</summary>
    public static AgentRunTranscriptAssertions Should(this AgentRunTranscript transcript) => new(transcript);

    /// <summary>
    /// Starts assertions on a run or tool result (<c>MatchContractFor</c>, <c>MatchToolResult</c>). With this namespace
    /// imported, <c>Should()</c> on any <see cref="JsonElement"/> resolves here instead of FluentAssertions' object assertions.
    /// </summary>
    public static AgentResultAssertions Should(this JsonElement result) => new(result);
}
