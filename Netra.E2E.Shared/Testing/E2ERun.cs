using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// The resolved target of the current test run, set once by the assembly set-up fixture. A start-up failure
/// is kept and re-thrown, with its real cause, to every test that asks for the target.
/// </summary>
public static class E2ERun
{
    private static readonly object Gate = new();
    private static NetraTarget? _target;
    private static Exception? _failure;
    private static NetraHttp? _http;

    /// <summary>True when the target is production and running was allowed: data-writing tests are skipped.</summary>
    public static bool IsProduction { get; private set; }

    /// <summary>Why the target could not be set up, or null (not set up yet, or set up).</summary>
    public static Exception? Failure
    {
        get
        {
            lock (Gate)
            {
                return _failure;
            }
        }
    }

    /// <summary>The block printed once when the run cannot start: the cause, in one place, without a stack trace.</summary>
    public static string FailureBlock(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return string.Join(Environment.NewLine,
            "==== Netra.E2E: the run could not start ====",
            $"{failure.GetType().Name}: {failure.Message}",
            "Every test of this run is reported failed with this one cause; nothing was sent to the target after it.",
            "=============================================");
    }

    /// <summary>The run's target; throws the start-up failure if the target could not be set up.</summary>
    public static NetraTarget Target
    {
        get
        {
            lock (Gate)
            {
                if (_failure is not null)
                {
                    throw new InvalidOperationException($"The E2E target could not be set up: {_failure.Message}", _failure);
                }

                return _target ?? throw new InvalidOperationException(
                    "The E2E target is not set up: the assembly's [SetUpFixture] did not run (run the tests through NUnit).");
            }
        }
    }

    /// <summary>The run's one HTTP stack for the target (shared handler, pinned TLS, retry pipeline).</summary>
    public static NetraHttp Http
    {
        get
        {
            var target = Target;
            lock (Gate)
            {
                return _http ??= NetraHttp.For(target);
            }
        }
    }

    /// <summary>
    /// Records the target once the fixture has started and checked it; <paramref name="http"/>, when given, is the stack the
    /// fixture already built for the target, which the run then uses and disposes (else one is built on first use).
    /// </summary>
    public static void Initialize(NetraTarget target, bool isProduction, NetraHttp? http = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (Gate)
        {
            _http?.Dispose();
            _http = http;
            _target = target;
            _failure = null;
            IsProduction = isProduction;
        }
    }

    /// <summary>Records why the target could not be set up; every later access re-throws it.</summary>
    public static void Fail(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (Gate)
        {
            _failure = failure;
            _target = null;
        }
    }

    /// <summary>Forgets the target at the end of the run.</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            _http?.Dispose();
            _http = null;
            _target = null;
            _failure = null;
            IsProduction = false;
        }
    }
}
