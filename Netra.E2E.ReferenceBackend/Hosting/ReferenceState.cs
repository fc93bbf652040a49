using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>
/// The in-memory state both services share (users, tokens, threads, runs, connections) and the components
/// that own it. Each component is thread-safe; both web applications get the same instances.
/// </summary>
internal sealed class ReferenceState : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();

    public ReferenceState(ReferenceServerOptions options)
    {
        Options = options;
        Lifetime = _lifetime.Token;
        var jwt = new JwtSettings(options);
        Revoked = new RevokedTokens(Faults);
        Issuer = new TokenIssuer(jwt);
        Validator = new TokenValidator(jwt, Revoked, Faults);
        Refresh = new RefreshRotation(Issuer, Faults);
        LoginThrottle = new LoginThrottle(options);
        Errors = new ErrorWriter(Faults);
    }

    public ReferenceServerOptions Options { get; }

    public FaultSet Faults => Options.Faults;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public string Version { get; } = "1.0.0-reference";

    /// <summary>Cancelled when the server stops: ends background runs and open sockets.</summary>
    public CancellationToken Lifetime { get; }

    public ServiceUrls Urls { get; } = new();

    public UserStore Users { get; } = new();

    public RevokedTokens Revoked { get; }

    public TokenIssuer Issuer { get; }

    public TokenValidator Validator { get; }

    public RefreshRotation Refresh { get; }

    public LoginThrottle LoginThrottle { get; }

    public ErrorWriter Errors { get; }

    /// <summary>Registers this state and each component as singletons of one web application.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddSingleton(Options);
        services.AddSingleton(Faults);
        services.AddSingleton(Urls);
        services.AddSingleton(Users);
        services.AddSingleton(Revoked);
        services.AddSingleton(Issuer);
        services.AddSingleton(Validator);
        services.AddSingleton(Refresh);
        services.AddSingleton(LoginThrottle);
        services.AddSingleton(Errors);
    }

    public void Stop() => _lifetime.Cancel();

    public void Dispose() => _lifetime.Dispose();
}
