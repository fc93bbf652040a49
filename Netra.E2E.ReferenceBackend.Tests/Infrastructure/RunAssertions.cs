using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>The ordering rules of contract 6 for one run's events, failing with the sequence of types seen.</summary>
internal static class RunAssertions
{
    public static void ShouldBeCompleteLifecycle(this IReadOnlyList<JsonObject> events, string userId, string? messageId = null)
    {
        var types = string.Join(",", events.Select(e => e.Type()));
        events.Should().NotBeEmpty();
        events[0].Type().Should().Be("agent_started", "the first event starts the run; saw {0}", types);
        events.Count(e => e.Type() is "agent_completed" or "agent_error").Should().Be(1, "exactly one terminal event; saw {0}", types);
        events[^1].Type().Should().Be("agent_completed", "the run should complete, last; saw {0}", types);
        events.Select(e => e.Long("sequence")).Should().Equal(Enumerable.Range(1, events.Count).Select(i => (long)i),
            "sequence is 1,2,... ({0})", types);
        events.Select(e => e.Str("run_id")).Distinct().Should().ContainSingle("one run id across the run");
        events.Select(e => e.Str("thread_id")).Distinct().Should().ContainSingle().Which.Should().NotBeNullOrEmpty();
        events.Should().OnlyContain(e => e.Str("user_id") == userId, "events carry the run's user");
        events.Should().OnlyContain(e => e.Str("message_id") == messageId, "message_id echoes what the client sent ({0})", messageId);
        events.Select(e => DateTime.Parse(e.Str("timestamp")!, System.Globalization.CultureInfo.InvariantCulture)).Should()
            .BeInAscendingOrder();

        var firstTool = events.FindIndex(e => e.Type() == "tool_executing");
        firstTool.Should().BeGreaterThan(0, "a tool runs; saw {0}", types);
        events.Take(firstTool).Should().Contain(e => e.Type() == "agent_thinking", "thinking precedes the first tool; saw {0}", types);
        var progress = events.Where(e => e.Type() == "agent_thinking").Select(e => e.Payload()["progress_percentage"]!.GetValue<int>())
            .ToList();
        progress.Should().BeInAscendingOrder().And.OnlyContain(p => p >= 0 && p <= 100);

        var open = new HashSet<string>();
        foreach (var e in events)
        {
            var callId = e.Payload().Str("tool_call_id");
            if (e.Type() == "tool_executing")
            {
                open.Add(callId!).Should().BeTrue("tool_call_id {0} starts once", callId);
            }
            else if (e.Type() == "tool_completed")
            {
                open.Remove(callId!).Should().BeTrue("tool_completed {0} follows its tool_executing; saw {1}", callId, types);
            }
        }

        open.Should().BeEmpty("every tool_executing is completed before the end; saw {0}", types);
    }

    public static int FindIndex(this IReadOnlyList<JsonObject> events, Func<JsonObject, bool> match)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (match(events[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static JsonObject Result(this IReadOnlyList<JsonObject> events) => events[^1].Payload()["result"]!.AsObject();
}
