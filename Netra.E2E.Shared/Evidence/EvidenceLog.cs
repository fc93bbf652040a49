using System.Globalization;
using System.Text;
using Netra.E2E.Shared.Configuration;
using NUnit.Framework;

namespace Netra.E2E.Shared.Evidence;

/// <summary>
/// What one test did on the network: every HTTP exchange, every retry and every WebSocket session, redacted as recorded
/// and again as rendered. The tier base asks it for <see cref="HasNetworkEvidence"/>, prints <see cref="Summary"/> and
/// attaches the full record with <see cref="AttachToCurrentTest"/>. Thread-safe.
/// </summary>
public sealed class EvidenceLog
{
    private const int SummaryLines = 25;
    private readonly Lock _gate = new();
    private readonly List<HttpExchangeRecord> _exchanges = [];
    private readonly List<RetryRecord> _retries = [];
    private readonly List<WebSocketSessionEvidence> _sessions = [];

    /// <summary>Creates an empty log for the named test.</summary>
    public EvidenceLog(string testName)
        : this(testName, null)
    {
    }

    /// <summary>
    /// Creates an empty log whose redactor also removes every secret of <paramref name="runSecrets"/> (a load run's secrets,
    /// registered once for all its users instead of once per user).
    /// </summary>
    public EvidenceLog(string testName, Redactor? runSecrets)
    {
        TestName = testName;
        StartedAt = DateTimeOffset.UtcNow;
        Redactor = new Redactor(runSecrets);
    }

    /// <summary>A log named after the current NUnit test (its full name).</summary>
    public static EvidenceLog ForCurrentTest() => new(TestContext.CurrentContext.Test.FullName);

    /// <summary>The test the log belongs to.</summary>
    public string TestName { get; }

    /// <summary>When the log was created.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>How much of each WebSocket session is kept: every frame (default) or counts only (load).</summary>
    public EvidenceDetail Detail { get; init; } = EvidenceDetail.Full;

    /// <summary>The redactor every recorder and renderer of this log uses; register the test's secrets with it.</summary>
    public Redactor Redactor { get; }

    /// <summary>True when at least one HTTP exchange or WebSocket session reached the point of asking the target.</summary>
    public bool HasNetworkEvidence
    {
        get
        {
            lock (_gate)
            {
                return _exchanges.Count > 0 || _sessions.Count > 0;
            }
        }
    }

    /// <summary>A snapshot of the HTTP exchanges.</summary>
    public IReadOnlyList<HttpExchangeRecord> Exchanges => Snapshot(_exchanges);

    /// <summary>A snapshot of the retry ledger: every retry the HTTP client made for this test.</summary>
    public IReadOnlyList<RetryRecord> Retries => Snapshot(_retries);

    /// <summary>A snapshot of the WebSocket sessions.</summary>
    public IReadOnlyList<WebSocketSessionEvidence> WebSocketSessions => Snapshot(_sessions);

    /// <summary>One line per retry, or "no retries"; a test that passed only after retries can be flagged with it.</summary>
    public string RetrySummary
    {
        get
        {
            var retries = Retries;
            return retries.Count == 0
                ? "no retries"
                : $"{retries.Count} retr{(retries.Count == 1 ? "y" : "ies")}:{Environment.NewLine}  " + string.Join(Environment.NewLine
                    + "  ", retries);
        }
    }

    /// <summary>Registers a secret value (password, key) so it never appears in the log's output.</summary>
    public void RegisterSecret(Secret secret) => Redactor.Register(secret);

    /// <summary>Adds an HTTP exchange.</summary>
    public void Record(HttpExchangeRecord exchange) => Add(_exchanges, exchange);

    /// <summary>Adds an entry to the retry ledger.</summary>
    public void Record(RetryRecord retry) => Add(_retries, retry);

    /// <summary>Starts the record of a WebSocket session to <paramref name="url"/> (redacted here).</summary>
    public WebSocketSessionEvidence StartWebSocketSession(Uri url)
    {
        var session = new WebSocketSessionEvidence(url, Redactor, Detail);
        Add(_sessions, session);
        return session;
    }

    /// <summary>A short account for the test output: counts, retries, then one line per exchange and session (at most 25).</summary>
    public string Summary()
    {
        var lines = Exchanges.Select(e => (e.StartedAt, Line: e.OneLine()))
            .Concat(WebSocketSessions.Select(s => (s.StartedAt, Line: s.OneLine())))
            .OrderBy(l => l.StartedAt)
            .Select(l => "  " + l.Line)
            .ToList();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"Evidence: {Exchanges.Count} HTTP exchange(s), {WebSocketSessions.Count} WebSocket session(s), {RetrySummary}");
        foreach (var line in lines.Take(SummaryLines))
        {
            text.AppendLine(line);
        }

        if (lines.Count > SummaryLines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ... {lines.Count - SummaryLines} more in the attached evidence file");
        }

        return Redactor.Redact(text.ToString());
    }

    /// <summary>The full record: every exchange with headers and body excerpts, every session with its frames, the ledger.</summary>
    public string Render() => Redactor.Redact(EvidenceRenderer.Render(this));

    /// <summary>
    /// Writes <see cref="Render"/> to <c>evidence/&lt;test&gt;.txt</c> under <paramref name="directory"/>, or by default to this
    /// run's folder under the NUnit work directory (<see cref="EvidenceRunFolder"/>), attaches it to the current NUnit test
    /// and returns the path.
    /// </summary>
    public string AttachToCurrentTest(string? directory = null)
    {
        var folder = directory is null
            ? EvidenceRunFolder.For(Path.Combine(TestContext.CurrentContext.WorkDirectory, "evidence"))
            : Path.Combine(directory, "evidence");
        Directory.CreateDirectory(folder);
        var safe = string.Concat(TestName.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_'));
        var path = Path.Combine(folder, $"{safe[..Math.Min(safe.Length, 150)]}-{StartedAt:HHmmssfff}.txt");
        File.WriteAllText(path, Render());
        TestContext.AddTestAttachment(path, "network evidence (redacted)");
        return path;
    }

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }

    private void Add<T>(List<T> list, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            list.Add(item);
        }
    }
}
