using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>
/// <c>POST /api/agents/stream</c>: the run's events as server-sent events (<c>data: {json}</c> blocks whose
/// <c>event</c> key is the type), then <c>stream_end</c>, then the response ends. Home of <c>stream-no-end</c>.
/// </summary>
internal static class AgentStreamEndpoint
{
    public static void MapAgentStreamEndpoint(this WebApplication app) => app.MapPost("/api/agents/stream", StreamAsync);

    private static async Task StreamAsync(
        HttpContext context, RunEngine engine, ReferenceState state, CancellationToken cancellationToken)
    {
        var events = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
        var run = await AgentRequests.StartAsync(context, engine, "agent_type", null, events.Writer, cancellationToken, cancellationToken);

        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(cancellationToken);
        await foreach (var runEvent in events.Reader.ReadAllAsync(cancellationToken))
        {
            var block = new JsonObject { ["event"] = runEvent.Type };
            foreach (var (key, value) in runEvent.Envelope)
            {
                block[key] = value?.DeepClone();
            }

            await WriteBlockAsync(response, block, state.Style, cancellationToken);
        }

        if (state.Faults.Has(Fault.StreamNoEnd))
        {
            using var untilGoneOrStopped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, state.Lifetime);
            await HoldOpenAsync(untilGoneOrStopped.Token);
            return;
        }

        var outcome = await run.Completion.WaitAsync(cancellationToken);
        await WriteBlockAsync(response, new JsonObject
        {
            ["event"] = "stream_end",
            ["run_id"] = run.RunId,
            ["thread_id"] = run.ThreadId,
            ["status"] = outcome.Status.ToString().ToLowerInvariant(),
        }, state.Style, cancellationToken);
    }

    /// <summary>One SSE block; line ends and comment lines as the variant spells them (both are valid SSE).</summary>
    private static async Task WriteBlockAsync(HttpResponse response, JsonObject block, VariantStyle style,
        CancellationToken cancellationToken)
    {
        var end = style.SseLineEnd;
        var comment = style.SseComment is { } text ? text + end : string.Empty;
        await response.WriteAsync(comment + "data: " + style.Decorate(block).ToJsonString() + end + end, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The <c>stream-no-end</c> defect: neither stream_end nor the end of the response, until the client leaves or the server
    /// stops.</summary>
    private static async Task HoldOpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what this defect forces it to do.
        }
    }
}
