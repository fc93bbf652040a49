using System.Text.Json;
using FluentAssertions.Execution;
using FluentAssertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Assertions;

/// <summary>FluentAssertions for a run or tool result as JSON, checked against what contract 6 computes.</summary>
public sealed class AgentResultAssertions
{
    /// <summary>Wraps <paramref name="subject"/>.</summary>
    public AgentResultAssertions(JsonElement subject) => Subject = subject;

    /// <summary>The result under test.</summary>
    public JsonElement Subject { get; }

    /// <summary>
    /// Asserts that the run result (<c>agent_completed.payload.result</c>, or the <c>response</c> of <c>/api/agents/execute</c>)
    /// is the one <paramref name="agentType"/> computes from <paramref name="request"/>: tool results, category, summary.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<AgentResultAssertions> MatchContractFor(string agentType, string request, string because = "",
        params object[] becauseArgs)
    {
        var expected = ExpectedAgentResult.For(agentType, request);
        return Check(AgentResultComparer.Compare(Subject, expected), $"to be agent {agentType}'s result for its request", because,
            becauseArgs);
    }

    /// <summary>Asserts that the tool result equals the one computed for <paramref name="expected"/>'s parameters.</summary>
    [CustomAssertion]
    public AndConstraint<AgentResultAssertions> MatchToolResult(ExpectedToolCall expected, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return Check(AgentResultComparer.CompareToolResult(Subject, expected), $"to be {expected.ToolName}'s result", because, becauseArgs);
    }

    [CustomAssertion]
    private AndConstraint<AgentResultAssertions> Check(IReadOnlyList<RuleViolation> violations, string what, string because,
        object[] becauseArgs)
    {
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(violations.Count == 0)
            .FailWith(
                "Expected {context:result} " + FailureText.Escape(what) + "{reason}, " +
                FailureText.Escape(
                    $"but:{Environment.NewLine}{FailureText.List(violations)}{Environment.NewLine}Result: " +
                        $"{JsonLookup.Excerpt(Subject, 2000)}"));
        return new AndConstraint<AgentResultAssertions>(this);
    }
}
