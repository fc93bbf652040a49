using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Cli;

/// <summary>Everything a load run is started with (command-line options; the target itself comes from the suite's settings).</summary>
internal sealed record LoadOptions
{
    /// <summary><c>--scenario</c>: agent-ws (default), rest-chat, idle.</summary>
    public string Scenario { get; init; } = "agent-ws";

    /// <summary><c>--users</c>: users of the whole run (all shards). Default 1000.</summary>
    public int Users { get; init; } = 1000;

    /// <summary><c>--ramp</c>: user k starts at ramp × k / users. Default 0 (all at once).</summary>
    public TimeSpan Ramp { get; init; }

    /// <summary><c>--duration</c>: iterate until then (agent-ws, rest-chat) or stay connected that long (idle). Default none.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary><c>--iterations</c>: iterations per user when no duration is given. Default 1.</summary>
    public int Iterations { get; init; } = 1;

    /// <summary><c>--think-time</c>: pause between a user's iterations. Default 0.</summary>
    public TimeSpan ThinkTime { get; init; }

    /// <summary><c>--seed</c>: makes each user's requests (and agent types with <c>--agent mixed</c>) reproducible. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary><c>--agent</c>: triage, data (default), optimization, or mixed (picked per user from the seed).</summary>
    public string Agent { get; init; } = "data";

    /// <summary><c>--target</c>: local, staging or custom; overrides <c>NETRA_E2E_TARGET</c>. Null keeps the environment's.</summary>
    public string? Target { get; init; }

    /// <summary><c>--allow-staging</c>: needed to run against staging.</summary>
    public bool AllowStaging { get; init; }

    /// <summary><c>--local-http</c>: the embedded backend listens on plain HTTP (no TLS cost; for side-by-side runs).</summary>
    public bool LocalHttp { get; init; }

    /// <summary><c>--shard i/n</c>: run only the users k with k mod n = i. Default 0/1.</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.Whole;

    /// <summary><c>--threshold name=value</c>, repeatable: overrides of the default thresholds.</summary>
    public IReadOnlyList<string> Thresholds { get; init; } = [];

    /// <summary><c>--user-timeout</c>: deadline of one user's whole flow (plus <see cref="Duration"/>). Default 60 s.</summary>
    public TimeSpan UserTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary><c>--out</c>: folder of the JSON result and the HTML report. Default artifacts/load.</summary>
    public string OutputDirectory { get; init; } = Path.Combine("artifacts", "load");

    /// <summary><c>--run</c>: the run's name (the shards of one run share it). Default scenario + UTC time.</summary>
    public string? RunName { get; init; }

    /// <summary><c>--client</c>: library (default) or raw (bare ClientWebSocket + HttpClient, no oracle: the baseline).</summary>
    public string Client { get; init; } = "library";

    /// <summary><c>--evidence</c>: summary (default under load: frames counted, not recorded) or full.</summary>
    public string Evidence { get; init; } = "summary";

    /// <summary><c>--plain</c>: plain progress lines even on a terminal (they are the default when output is redirected or CI is
    /// set).</summary>
    public bool Plain { get; init; }
}
