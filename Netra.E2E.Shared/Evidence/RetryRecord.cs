namespace Netra.E2E.Shared.Evidence;

/// <summary>One retry made by the HTTP client: which request, which attempt failed, why, and how long it waited.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Url">The URL, redacted.</param>
/// <param name="FailedAttempt">The attempt that failed, from 1.</param>
/// <param name="Reason">What the failed attempt got (status or connection error).</param>
/// <param name="Delay">The wait before the next attempt.</param>
/// <param name="At">When the retry was decided.</param>
public sealed record RetryRecord(string Method, string Url, int FailedAttempt, string Reason, TimeSpan Delay, DateTimeOffset At)
{
    /// <summary>One line for the ledger.</summary>
    public override string ToString() =>
        $"{Method} {Url}: attempt {FailedAttempt} got {Reason}, retried after {Delay.TotalMilliseconds:0} ms";
}
