namespace Netra.E2E.Load.Metrics;

/// <summary>The counter names every scenario uses; scenario-specific ones are documented where they are counted.</summary>
internal static class LoadCounters
{
    /// <summary>Users whose flow started.</summary>
    public const string UsersStarted = "users_started";

    /// <summary>Users whose every iteration passed.</summary>
    public const string UsersPassed = "users_passed";

    /// <summary>Users with at least one failed iteration.</summary>
    public const string UsersFailed = "users_failed";

    /// <summary>Users stopped by Ctrl+C before they finished (neither passed nor failed).</summary>
    public const string UsersInterrupted = "users_interrupted";

    /// <summary>Iterations started.</summary>
    public const string Iterations = "iterations";

    /// <summary>Iterations that passed every check.</summary>
    public const string IterationsPassed = "iterations_passed";

    /// <summary>Iterations with a contract violation.</summary>
    public const string Violations = "violations";

    /// <summary>Failures that are not contract violations (no answer, refused, deadline).</summary>
    public const string Errors = "errors";

    /// <summary>HTTP attempts retried by the suite's stack (0 unless retries are enabled).</summary>
    public const string HttpRetries = "http_retries";

    /// <summary>Server heartbeat pings received (and answered by the client) in the idle scenario.</summary>
    public const string Pings = "heartbeat_pings";

    /// <summary>Connections that ended before the idle scenario closed them.</summary>
    public const string Drops = "connection_drops";

    /// <summary>idle without a ramp: resident memory (KiB) with every token in and no connection open, after a full GC.</summary>
    public const string IdleRssBefore = "idle_rss_before_kib";

    /// <summary>idle without a ramp: resident memory (KiB) once every connection is welcomed (or failed), after a full GC.</summary>
    public const string IdleRssOpen = "idle_rss_open_kib";

    /// <summary>idle without a ramp: the managed heap (KiB, after a full GC) at the <see cref="IdleRssBefore"/> sample.</summary>
    public const string IdleHeapBefore = "idle_heap_before_kib";

    /// <summary>idle without a ramp: the managed heap (KiB, after a full GC) at the <see cref="IdleRssOpen"/> sample.</summary>
    public const string IdleHeapOpen = "idle_heap_open_kib";

    /// <summary>idle without a ramp: connections open at the <see cref="IdleRssOpen"/> sample.</summary>
    public const string IdleOpen = "idle_open_connections";
}
