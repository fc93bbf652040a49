using Netra.E2E.Shared.Events;

namespace Netra.E2E.Shared.Oracle;

/// <summary>Whose run it is: owner, run and thread ids, the message id echo, and no foreign user's events.</summary>
internal static class IdentityRules
{
    public static IEnumerable<RuleViolation> OwnerIds(AgentRunTranscript run, AgentRunExpectations expected)
    {
        const string Id = RunRuleIds.OwnerIds;
        var owner = expected.OwnerUserId;
        var threadId = expected.ThreadId ?? run.ThreadId;
        var threadSource = expected.ThreadId is null ? "the thread of the run's first event" : "the thread the run was started on";
        foreach (var e in run.EventList)
        {
            if (e.UserId is { } user && user != owner)
            {
                yield return new RuleViolation(Id, e.Index, $"{e} carries user_id {user}, but the run belongs to {owner}");
            }

            if (e.RunId is { } runId && runId != run.RunId)
            {
                yield return new RuleViolation(Id, e.Index, $"{e} carries run_id {runId}, but the run is {run.RunId}");
            }

            if (e.ThreadId is { } thread && thread != threadId)
            {
                yield return new RuleViolation(Id, e.Index, $"{e} carries thread_id {thread}, expected {threadId} ({threadSource})");
            }
        }

        if (run.OtherAgentEvents.Count == 0)
        {
            yield break;
        }

        var foreign = run.OtherAgentEvents.Where(e => e.UserId is { } user && user != owner);
        foreach (var group in foreign.GroupBy(e => (e.UserId, e.RunId)))
        {
            var events = group.ToList();
            yield return new RuleViolation(
                Id, events[0].Index,
                $"{events.Count} event(s) of user {group.Key.UserId} (run {group.Key.RunId ?? "-"}) reached {owner}'s connection: " +
                string.Join(", ", events.Take(8).Select(e => e.ToString())) + (events.Count > 8 ? ", …" : string.Empty));
        }
    }

    public static IEnumerable<RuleViolation> MessageIdEcho(AgentRunTranscript run, AgentRunExpectations expected)
    {
        const string Id = RunRuleIds.MessageIdEcho;
        if (expected.MessageId is not { } sent)
        {
            yield break;
        }

        if (run.Events.Count == 0)
        {
            var unechoed = run.OtherAgentEvents.Where(e => e.MessageId is null && (e.UserId is null || e.UserId == expected.OwnerUserId))
                .ToList();
            if (unechoed.Count > 0)
            {
                yield return new RuleViolation(
                    Id, unechoed[0].Index,
                    $"no event echoes message_id {sent}, but {unechoed.Count} agent event(s) of the owner arrived without one, from " +
                        $"{unechoed[0]}");
            }

            yield break;
        }

        List<AgentEvent>? missing = null;
        foreach (var e in run.EventList)
        {
            if (e.MessageId is null)
            {
                (missing ??= []).Add(e);
            }
        }

        if (missing is not null)
        {
            yield return new RuleViolation(
                Id, missing[0].Index,
                    $"{missing.Count} of {run.Events.Count} events lack the message_id echo ({sent}): " +
                        $"{LifecycleRules.List(missing.Take(8))}");
        }

        foreach (var e in run.EventList)
        {
            if (e.MessageId is not { } id || id == sent)
            {
                continue;
            }

            yield return new RuleViolation(Id, e.Index, $"{e} echoes message_id {e.MessageId}, the client sent {sent}");
        }
    }
}
