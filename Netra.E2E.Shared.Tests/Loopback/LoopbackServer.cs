using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A Kestrel server on 127.0.0.1 that misbehaves on purpose, per route, so the clients' guards can be tested.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseUrl, LoopbackState state)
    {
        _app = app;
        BaseUrl = baseUrl;
        WebSocketUrl = new UriBuilder(baseUrl) { Scheme = "ws" }.Uri;
        State = state;
    }

    public Uri BaseUrl { get; }

    public Uri WebSocketUrl { get; }

    public LoopbackState State { get; }

    public static async Task<LoopbackServer> StartAsync(LoopbackAuthOptions auth, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        var state = new LoopbackState(auth);
        LoopbackHttpRoutes.Map(app, state);
        LoopbackWebSocketRoutes.Map(app, state);
        LoopbackAuthRoutes.Map(app, state);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address), state);
    }

    public Uri WebSocket(string mode, string key) => new($"{WebSocketUrl.AbsoluteUri.TrimEnd('/')}/ws/{mode}?key={key}");

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
