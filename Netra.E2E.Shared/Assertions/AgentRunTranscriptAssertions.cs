using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using FluentAssertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Assertions;

/// <summary>FluentAssertions for a run transcript; every failure names the broken rules and prints the transcript.</summary>
public sealed class AgentRunTranscriptAssertions : ReferenceTypeAssertions<AgentRunTranscript, AgentRunTranscriptAssertions>
{
    /// <summary>Wraps <paramref name="subject"/>.</summary>
    public AgentRunTranscriptAssertions(AgentRunTranscript subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "agent run";

    /// <summary>Asserts that the run breaks none of the rules of contract 6 (see <see cref="AgentRunValidator"/>).</summary>
    [CustomAssertion]
    public AndConstraint<AgentRunTranscriptAssertions> BeAValidRun(AgentRunExpectations expectations, string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        return SatisfyRules(expectations, AgentRunValidator.RuleIds, "to be a valid run", because, becauseArgs);
    }

    /// <summary>Asserts that the run satisfies the rules <paramref name="ruleIds"/> only (e.g. ordering alone).</summary>
    [CustomAssertion]
    public AndConstraint<AgentRunTranscriptAssertions> SatisfyRules(
        AgentRunExpectations expectations, IEnumerable<string> ruleIds, string because = "", params object[] becauseArgs) =>
        SatisfyRules(expectations, ruleIds, "to satisfy the rules " + string.Join(", ", ruleIds ?? []), because, becauseArgs);

    /// <summary>
    /// Asserts that the run ended with one <c>agent_completed</c> after running the tools of <paramref name="agentType"/>, with
    /// tool parameters, tool results and run result computed from <paramref name="request"/> (ownership is not checked here).
    /// </summary>
    [CustomAssertion]
    public AndConstraint<AgentRunTranscriptAssertions> HaveCompletedWith(string agentType, string request, string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(agentType);
        ArgumentNullException.ThrowIfNull(request);
        var expectations = new AgentRunExpectations(Subject?.Events.Select(e => e.UserId).FirstOrDefault() ?? "(not checked)")
        {
            AgentType = agentType,
            Request = request,
        };
        string[] rules =
        [
            RunRuleIds.EventsPresent, RunRuleIds.SingleTerminal, RunRuleIds.ExpectedEnding,
            RunRuleIds.ToolPairing, RunRuleIds.ExpectedTools, RunRuleIds.ComputedResult,
        ];
        return SatisfyRules(expectations, rules, $"to have completed as agent {agentType} on its request", because, becauseArgs);
    }

    /// <summary>Asserts that events of these types arrive in this order (other events may come in between).</summary>
    [CustomAssertion]
    public AndConstraint<AgentRunTranscriptAssertions> ContainInOrder(params string[] eventTypes) => ContainInOrder(eventTypes,
        string.Empty);

    /// <summary>Asserts that events of <paramref name="eventTypes"/> arrive in this order (other events may come in between).</summary>
    [CustomAssertion]
    public AndConstraint<AgentRunTranscriptAssertions> ContainInOrder(IEnumerable<string> eventTypes, string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(eventTypes);
        var wanted = eventTypes.ToList();
        if (NotNull(because, becauseArgs))
        {
            var position = 0;
            var found = 0;
            for (; found < wanted.Count; found++)
            {
                var next = Subject.Events.Skip(position).Select((e, i) => (e, i)).FirstOrDefault(p => p.e.Type == wanted[found]);
                if (next.e is null)
                {
                    break;
                }

                position += next.i + 1;
            }

            var after = found == 0 || position == 0 ? "at all" : $"after {Subject.Events[position - 1]}";
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(found == wanted.Count)
                .FailWith(
                    "Expected {context:agent run} to contain the events " + FailureText.Escape(string.Join(", ",
                        wanted)) + " in that order{reason}, " +
                    FailureText.Escape($"but {(found < wanted.Count ? wanted[found] : string.Empty)} did not arrive " +
                        $"{after}.{Environment.NewLine}{Subject}"));
        }

        return new AndConstraint<AgentRunTranscriptAssertions>(this);
    }

    [CustomAssertion]
    private AndConstraint<AgentRunTranscriptAssertions> SatisfyRules(
        AgentRunExpectations expectations, IEnumerable<string> ruleIds, string what, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        if (NotNull(because, becauseArgs))
        {
            var violations = AgentRunValidator.Validate(Subject, expectations, ruleIds);
            var broken = string.Join(", ", violations.Select(v => v.RuleId).Distinct());
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(violations.Count == 0)
                .FailWith(
                    "Expected {context:agent run} " + FailureText.Escape(what) + "{reason}, " +
                    FailureText.Escape(
                        $"but it broke {broken}:{Environment.NewLine}{FailureText.List(violations)}{Environment.NewLine}Transcript: " +
                            $"{Subject}"));
        }

        return new AndConstraint<AgentRunTranscriptAssertions>(this);
    }

    [CustomAssertion]
    private bool NotNull(string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:agent run} to be a transcript{reason}, but found <null>.");
}
