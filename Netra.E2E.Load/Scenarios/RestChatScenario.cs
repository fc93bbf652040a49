using System.Text.Json;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// rest-chat: token, then per iteration create a thread, post <see cref="MessagesPerThread"/> messages to it, and read the
/// thread back: it must hold exactly those messages, oldest first (contract 4). Each request's time goes into
/// <see cref="LoadHistograms.Http"/>.
/// </summary>
internal sealed class RestChatScenario : ILoadScenario
{
    /// <summary>The scenario's name.</summary>
    public const string ScenarioName = "rest-chat";

    /// <summary>Messages posted per thread.</summary>
    public const int MessagesPerThread = 3;

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public async Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.BeginIteration(0);
        var testUser = await UserSteps.AuthenticateAsync(user, cancellationToken).ConfigureAwait(false);
        var backend = user.Target.Http.CreateClient(user.Target.Target.BackendUrl, user.Evidence);
        for (var i = 0; user.ShouldRun(i); i++)
        {
            if (i > 0)
            {
                user.BeginIteration(i);
            }

            var created = Expect(user, await backend.PostJsonAsync(
                "/api/threads", new { title = $"load u{user.Index} i{i}" }, testUser.AccessToken, cancellationToken).ConfigureAwait(false),
                    200, 201);
            var threadId = created.Str("id") ?? throw new ContractViolationException("rest-thread-id",
                $"POST /api/threads gave no id: {created.Describe()}");
            var posted = new List<string>();
            for (var m = 0; m < MessagesPerThread; m++)
            {
                var content = $"message {m} of user {user.Index} ({user.Random.Next():x8})";
                Expect(user, await backend.PostJsonAsync(
                    "/api/chat/messages", new { content, thread_id = threadId }, testUser.AccessToken,
                        cancellationToken).ConfigureAwait(false), 200, 201);
                posted.Add(content);
            }

            var history = Expect(user, await backend.GetAsync(
                $"/api/threads/{threadId}/messages", testUser.AccessToken, cancellationToken).ConfigureAwait(false), 200);
            var texts = history.Items("messages").Select(m => ((JsonElement?)m).Str("content[0].text.value")).ToList();
            if (!texts.SequenceEqual(posted))
            {
                throw new ContractViolationException(
                    "rest-read-back", $"thread {threadId} must hold exactly the {posted.Count} posted messages, oldest first; " +
                    $"it holds [{string.Join(" | ", texts)}]: {history.Describe()}");
            }

            user.PassIteration();
            if (user.Options.ThinkTime > TimeSpan.Zero && user.ShouldRun(i + 1))
            {
                await Task.Delay(user.Options.ThinkTime, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static ApiResponse Expect(VirtualUser user, ApiResponse response, params int[] statuses)
    {
        user.Metrics.Record(LoadHistograms.Http, response.Elapsed);
        if (statuses.Contains(response.Status))
        {
            return response;
        }

        // Under load a 429 or 5xx is the target failing to serve, an error; any other status breaks contract 4.
        if (response.Status is 429 or >= 500)
        {
            throw new UnexpectedAnswerException($"status_{response.Status}", response.Describe());
        }

        throw new ContractViolationException("rest-status", $"expected {string.Join(" or ", statuses)}: {response.Describe()}");
    }
}
