using System.Security.Cryptography.X509Certificates;

namespace Netra.E2E.Shared.Configuration;

/// <summary>What the started embedded backend tells the resolver: its URLs, certificate and secret.</summary>
/// <param name="BackendUrl">Bound backend address.</param>
/// <param name="AuthUrl">Bound auth-service address.</param>
/// <param name="WebSocketUrl">WebSocket endpoint.</param>
/// <param name="Certificate">The certificate to pin, or null over plain HTTP.</param>
/// <param name="JwtSecret">The secret the backend signs with.</param>
public sealed record LocalBackend(Uri BackendUrl, Uri AuthUrl, Uri WebSocketUrl, X509Certificate2? Certificate, Secret JwtSecret);
