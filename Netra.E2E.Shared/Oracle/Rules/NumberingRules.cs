using System.Globalization;
using Netra.E2E.Shared.Events;

namespace Netra.E2E.Shared.Oracle;

/// <summary>Monotonic numbers of a run: progress, sequence, timestamps.</summary>
internal static class NumberingRules
{
    public static IEnumerable<RuleViolation> ProgressNotDecreasing(AgentRunTranscript run, AgentRunExpectations expected)
    {
        const string Id = RunRuleIds.ProgressNotDecreasing;
        (double Value, AgentEvent Event)? previous = null;
        foreach (var e in run.EventList)
        {
            if (e.Find("progress_percentage") is null)
            {
                continue;
            }

            if (e.ProgressPercentage is not { } progress)
            {
                yield return new RuleViolation(Id, e.Index,
                    $"{e} has progress_percentage {e.Find("progress_percentage")?.GetRawText()}, not a number");
                continue;
            }

            if (progress is < 0 or > 100)
            {
                yield return new RuleViolation(Id, e.Index, $"{e} has progress_percentage {Format(progress)}, outside 0–100");
            }

            if (previous is { } before && progress < before.Value)
            {
                yield return new RuleViolation(
                    Id, e.Index, $"progress_percentage drops from {Format(before.Value)} at {before.Event} to {Format(progress)} at {e}");
            }

            previous = previous is { } p && p.Value > progress ? p : (progress, e);
        }
    }

    public static IEnumerable<RuleViolation> ConsecutiveSequence(AgentRunTranscript run, AgentRunExpectations expected)
    {
        const string Id = RunRuleIds.ConsecutiveSequence;
        var highest = 0;
        AgentEvent? highestEvent = null;
        var events = run.EventList;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sequence is not { } sequence)
            {
                continue; // absence is envelope-fields' to report
            }

            // Every sequence seen so far is at most the highest, so only such a one can repeat; its first event is looked up
            // among the earlier ones then (a valid run never looks).
            if (sequence <= highest && FirstWithSequence(events, i, sequence) is { } first)
            {
                yield return new RuleViolation(Id, e.Index, $"sequence {sequence} repeats at {e}, first seen at {first}");
                continue;
            }

            if (sequence < highest)
            {
                yield return new RuleViolation(Id, e.Index, $"sequence goes back from {highest} at {highestEvent} to {sequence} at {e}");
                continue;
            }

            if (sequence != highest + 1)
            {
                yield return highestEvent is null
                    ? new RuleViolation(Id, e.Index, $"the run's first sequence is {sequence} at {e}, expected 1")
                    : new RuleViolation(Id, e.Index,
                        $"sequence jumps from {highest} at {highestEvent} to {sequence} at {e}: {Missing(highest, sequence)} missing");
            }

            highest = sequence;
            highestEvent = e;
        }
    }

    private static AgentEvent? FirstWithSequence(List<AgentEvent> events, int before, int sequence)
    {
        for (var k = 0; k < before; k++)
        {
            if (events[k].Sequence == sequence)
            {
                return events[k];
            }
        }

        return null;
    }

    public static IEnumerable<RuleViolation> TimestampsNonDecreasing(AgentRunTranscript run, AgentRunExpectations expected)
    {
        AgentEvent? latest = null;
        foreach (var e in run.EventList)
        {
            if (e.Timestamp is null)
            {
                continue;
            }

            if (latest is not null && e.Timestamp < latest.Timestamp)
            {
                yield return new RuleViolation(
                    RunRuleIds.TimestampsNonDecreasing, e.Index,
                    $"timestamp goes back from {Iso(latest.Timestamp)} at {latest} to {Iso(e.Timestamp)} at {e}");
                continue;
            }

            latest = e;
        }
    }

    private static string Missing(int from, int to) =>
        to - from == 2 ? (from + 1).ToString(CultureInfo.InvariantCulture) : $"{from + 1}–{to - 1}";

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset? t) => t?.ToString("O", CultureInfo.InvariantCulture) ?? "-";
}
