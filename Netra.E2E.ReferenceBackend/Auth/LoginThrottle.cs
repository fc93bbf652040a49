using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// Counts failed logins per email over a sliding minute; once the limit is reached further attempts get 429
/// until the oldest failure leaves the window. Thread-safe (one lock per email).
/// </summary>
internal sealed class LoginThrottle(ReferenceServerOptions options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTime>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _disabled = options.Faults.Has(Fault.NoRateLimit);

    /// <summary>Null when a login attempt may proceed, else the seconds until one may.</summary>
    public int? RetryAfterSeconds(string email)
    {
        if (_disabled)
        {
            return null;
        }

        var log = _failures.GetOrAdd(email, _ => new Queue<DateTime>());
        lock (log)
        {
            var now = DateTime.UtcNow;
            while (log.Count > 0 && now - log.Peek() >= Window)
            {
                log.Dequeue();
            }

            return log.Count < options.LoginFailuresPerMinute
                ? null
                : Math.Max(1, (int)Math.Ceiling((log.Peek() + Window - now).TotalSeconds));
        }
    }

    public void RecordFailure(string email)
    {
        var log = _failures.GetOrAdd(email, _ => new Queue<DateTime>());
        lock (log)
        {
            log.Enqueue(DateTime.UtcNow);
        }
    }
}
