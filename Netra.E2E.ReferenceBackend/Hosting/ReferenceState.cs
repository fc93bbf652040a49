using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.Variants;
using Netra.E2E.ReferenceBackend.WebSockets;

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
        Style = new VariantStyle(options.Variant);
        Lifetime = _lifetime.Token;
        var jwt = new JwtSettings(options);
        Revoked = new RevokedTokens(Faults);
        OAuthStates = new OAuthStates(Faults.Has(Fault.OAuthStateReused));
        Issuer = new TokenIssuer(jwt);
        Validator = new TokenValidator(jwt, Revoked, Faults);
        Refresh = new RefreshRotation(Issuer, Faults);
        LoginThrottle = new LoginThrottle(options);
        Errors = new ErrorWriter(Faults, Style);
        RateLimits = new ApiRateLimits(options);
        UserData = new UserDataLimit(options.MaxUsers);
        Threads = new ThreadStore(Faults, Style, UserData);
        Users = new UserStore(Style, UserData);
        Runs = new RunRegistry(options.FinishedRunRetention, options.MaxFinishedRuns, options.Clock);
        Frames = new WsFrames(Style);
        Connections = new ConnectionRegistry(Faults, options.MaxConnectionsPerUser);
        Tools = new ToolBox(Faults);
        Engine = new RunEngine(Threads, Runs, Connections, Tools, Faults, Style, Lifetime);
        WsAuthenticator = new WsAuthenticator(Validator, Faults);
        WsMessages = new WsMessageHandler(Engine, Frames, Faults);
    }

    public ReferenceServerOptions Options { get; }

    public FaultSet Faults => Options.Faults;

    /// <summary>The choices the contract leaves open, as the selected variant makes them.</summary>
    public VariantStyle Style { get; }

    /// <summary>The server's non-event WebSocket frames.</summary>
    public WsFrames Frames { get; }

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public string Version { get; } = "1.0.0-reference";

    /// <summary>Cancelled when the server stops: ends background runs and open sockets.</summary>
    public CancellationToken Lifetime { get; }

    public ServiceUrls Urls { get; } = new();

    public UserStore Users { get; }

    public RevokedTokens Revoked { get; }

    public TokenIssuer Issuer { get; }

    public TokenValidator Validator { get; }

    public RefreshRotation Refresh { get; }

    public LoginThrottle LoginThrottle { get; }

    public OAuthStates OAuthStates { get; private init; } = new();

    public ErrorWriter Errors { get; }

    public ApiRateLimits RateLimits { get; }

    public ThreadStore Threads { get; }

    public RunRegistry Runs { get; }

    /// <summary>How many users' data is held; evicts the oldest users from the user and thread stores.</summary>
    public UserDataLimit UserData { get; }

    public ConnectionRegistry Connections { get; }

    public ToolBox Tools { get; }

    public RunEngine Engine { get; }

    public WsAuthenticator WsAuthenticator { get; }

    public WsMessageHandler WsMessages { get; }

    /// <summary>Registers this state and each component as singletons of one web application.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddSingleton(Options);
        services.AddSingleton(Faults);
        services.AddSingleton(Style);
        services.AddSingleton(Frames);
        services.AddSingleton(Urls);
        services.AddSingleton(Users);
        services.AddSingleton(Revoked);
        services.AddSingleton(Issuer);
        services.AddSingleton(Validator);
        services.AddSingleton(Refresh);
        services.AddSingleton(LoginThrottle);
        services.AddSingleton(OAuthStates);
        services.AddSingleton(Errors);
        services.AddSingleton(Threads);
        services.AddSingleton(Runs);
        services.AddSingleton(Connections);
        services.AddSingleton(Tools);
        services.AddSingleton(Engine);
        services.AddSingleton(WsAuthenticator);
        services.AddSingleton(WsMessages);
    }

    public void Stop() => _lifetime.Cancel();

    public void Dispose()
    {
        RateLimits.Dispose();
        _lifetime.Dispose();
    }
}
