using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.WebSockets;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Base of every tier test. Each test gets its own deadline-bound <see cref="Cancellation"/> token
/// (<c>NETRA_E2E_TEST_TIMEOUT_SECONDS</c>, default 30 s), its own <see cref="Evidence"/>, API clients and auth helper;
/// the sockets it opens are closed when it ends. A test that made no exchange with the target fails with
/// "no network evidence", and one that passed only after HTTP retries is flaky (<see cref="RetryVerdict"/>).
/// </summary>
public abstract partial class E2ETest
{
    private readonly List<NetraWebSocketClient> _sockets = [];
    private CancellationTokenSource? _deadline;
    private static readonly TimeSpan DebuggerDeadline = TimeSpan.FromHours(1);
    private System.Diagnostics.Stopwatch? _clock;
    private EvidenceLog? _evidence;
    private E2EAuthHelper? _auth;

    /// <summary>The run's target (the embedded backend by default).</summary>
    protected static NetraTarget Target => E2ERun.Target;

    /// <summary>The run's settings.</summary>
    protected static E2ESettings Settings => Target.Settings;

    /// <summary>The test's token: cancelled at the test's deadline or when NUnit cancels the test.</summary>
    protected CancellationToken Cancellation => Started(_deadline).Token;

    /// <summary>Every exchange of this test with the target, redacted when rendered.</summary>
    protected EvidenceLog Evidence => Started(_evidence);

    /// <summary>A client of the target's backend recording into <see cref="Evidence"/>.</summary>
    protected NetraApiClient Backend => E2ERun.Http.Backend(Evidence);

    /// <summary>A client of the target's auth service recording into <see cref="Evidence"/>.</summary>
    protected NetraApiClient AuthService => E2ERun.Http.Auth(Evidence);

    /// <summary>The auth helper in the run's auth mode.</summary>
    protected E2EAuthHelper Auth => _auth ??= new E2EAuthHelper(Target, AuthService);

    /// <summary>A new user of this test only, authenticated in the run's auth mode.</summary>
    protected Task<TestUser> NewUserAsync(string? nameHint = null) => Auth.CreateAuthenticatedUserAsync(nameHint, Cancellation);

    /// <summary>A new user with a real token pair from the auth service, whatever the auth mode (for refresh tests).</summary>
    protected Task<TestUser> NewUserWithRefreshTokenAsync(string? nameHint = null) =>
        Auth.CreateUserWithRefreshTokenAsync(nameHint, Cancellation);

    /// <summary>A new user with a password, whatever the auth mode (for login tests).</summary>
    protected Task<TestUser> NewPasswordUserAsync(string? nameHint = null) => Auth.CreatePasswordUserAsync(nameHint, Cancellation);

    /// <summary>Opens a WebSocket as <paramref name="user"/> (token in the Authorization header unless placed otherwise); closed when the
    /// test ends.</summary>
    protected Task<NetraWebSocketClient> ConnectAsync(TestUser user, TokenPlacement placement = TokenPlacement.AuthorizationHeader)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ConnectAsync(WebSocketConnectOptions.WithToken(user.AccessToken, placement));
    }

    /// <summary>Opens a WebSocket with explicit options; closed when the test ends.</summary>
    protected async Task<NetraWebSocketClient> ConnectAsync(WebSocketConnectOptions options)
    {
        var client = await NetraWebSocketClient.ConnectAsync(Target, options, Evidence, Cancellation).ConfigureAwait(false);
        lock (_sockets)
        {
            _sockets.Add(client);
        }

        return client;
    }

    /// <summary>Opens a WebSocket as <paramref name="user"/> and waits for the welcome frame.</summary>
    protected async Task<NetraWebSocketClient> ConnectWelcomedAsync(TestUser user)
    {
        var client = await ConnectAsync(user).ConfigureAwait(false);
        await client.WaitForWelcomeAsync(Cancellation).ConfigureAwait(false);
        return client;
    }

    /// <summary>Connects expecting the target to refuse (handshake 401/403, or error frame + 1008) and returns how it did.</summary>
    protected Task<WebSocketRejection> ConnectExpectingRejectionAsync(WebSocketConnectOptions options) =>
        NetraWebSocketClient.ConnectExpectingRejectionAsync(Target, options, Evidence, Cancellation);

    /// <summary>
    /// Ends the test as not applicable to this target (NUnit inconclusive: counted as not run, never as passed) and lists it
    /// in the run's summary with <paramref name="reason"/>. Only for checks the contract says cannot apply to the target.
    /// </summary>
    protected static void NotApplicable(string reason)
    {
        NotApplicableLog.Add(TestContext.CurrentContext.Test.FullName, reason);
        Assert.Inconclusive("NOT APPLICABLE: " + reason);
    }

    /// <summary>
    /// Moves the test's deadline to at least <paramref name="needed"/> from now, for a wait whose length the target decides
    /// (its announced heartbeat interval); never shortens it. The new deadline is written to the test's output.
    /// </summary>
    protected void ExtendDeadline(TimeSpan needed, string reason)
    {
        var deadline = Started(_deadline);
        var current = Evidence.StartedAt + Settings.TestTimeout - DateTimeOffset.UtcNow;
        if (needed > current)
        {
            deadline.CancelAfter(needed);
            TestContext.Out.WriteLine($"deadline extended to {needed.TotalSeconds:0.#} s from now: {reason}");
        }
    }

    /// <summary>Starts the test's deadline and evidence.</summary>
    [SetUp]
    public void StartE2ETest()
    {
        _clock = System.Diagnostics.Stopwatch.StartNew();
        if (E2ERun.Failure is { } failure)
        {
            // The cause was printed once, as one block, when the run started; each test names it in one line.
            throw new RunNotStartedException(
                $"the run could not start (see the block at the start of the run): {FirstLine(failure.Message)}");
        }

        var target = E2ERun.Target;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CurrentContext.CancellationToken);
        _deadline.CancelAfter(DeadlineFor(target.Settings.TestTimeout));
        _evidence = new EvidenceLog(TestContext.CurrentContext.Test.FullName);
        if (target.Settings.BypassKey is { } bypass)
        {
            _evidence.RegisterSecret(bypass);
        }

        if (target.JwtSecret.Secret is { } secret)
        {
            _evidence.RegisterSecret(secret);
        }
    }

    /// <summary>Closes the test's sockets, attaches its evidence and applies the evidence and retry checks.</summary>
    [TearDown]
    public async Task FinishE2ETestAsync()
    {
        Record();
        if (E2ERun.Failure is not null)
        {
            return;
        }

        await TestContext.Out.WriteLineAsync(TestTraits.Line()).ConfigureAwait(false);
        NetraWebSocketClient[] sockets;
        lock (_sockets)
        {
            sockets = [.. _sockets];
            _sockets.Clear();
        }

        foreach (var socket in sockets)
        {
            await socket.DisposeAsync().ConfigureAwait(false);
        }

        _deadline?.Dispose();
        if (_evidence is null)
        {
            return;
        }

        _evidence.AttachToCurrentTest();
        var passed = TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Passed;
        await TestContext.Out.WriteLineAsync(_evidence.Summary()).ConfigureAwait(false);
        if (passed && !_evidence.HasNetworkEvidence)
        {
            Assert.Fail("no network evidence: the test passed without any exchange with the target.");
        }

        await RetryVerdict.ApplyAsync(_evidence, passed, Settings.FailOnFlaky, TestContext.Out).ConfigureAwait(false);
    }

    /// <summary>The test's deadline: the setting, or at least an hour while a debugger is attached (a breakpoint is not a hang).</summary>
    private static TimeSpan DeadlineFor(TimeSpan configured)
    {
        if (!System.Diagnostics.Debugger.IsAttached || configured >= DebuggerDeadline)
        {
            return configured;
        }

        TestContext.Out.WriteLine($"a debugger is attached: the test's deadline is {DebuggerDeadline.TotalMinutes:0} minutes, not " +
            $"{configured.TotalSeconds:0} s");
        return DebuggerDeadline;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    private void Record()
    {
        var context = TestContext.CurrentContext;
        var tier = TestTraits.Tier();
        var outcome = context.Result.Outcome.Status.ToString();
        var reason = context.Result.Message is { Length: > 0 } message ? FirstLine(message) : string.Empty;
        RunResults.Add(new TestRecord(
            context.Test.Name, tier, outcome, _clock?.Elapsed ?? TimeSpan.Zero, reason, _evidence?.Retries.Count > 0));
    }

    private static T Started<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("The E2E test has not started: use these members from a test, [SetUp] or [TearDown].");
}
