using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A minimal fake of the auth service's token endpoints (contract 3), for the auth helper's flows.</summary>
internal static class LoopbackAuthRoutes
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static void Map(WebApplication app, LoopbackState state)
    {
        app.MapPost("/auth/register", (Credentials body) =>
        {
            if (body.Password is null || body.Password.Length < 8)
            {
                return Results.Json(new { detail = "password too short" }, statusCode: 422);
            }

            return state.Users.TryAdd(body.Email, body.Password) ? Pair(state, "user-" + body.Email, body.Email,
                201) : Results.Json(new { detail = "taken" }, statusCode: 409);
        });
        app.MapPost("/auth/login", (Credentials body) =>
            state.Users.TryGetValue(body.Email, out var password) && password == body.Password
                ? Pair(state, "user-" + body.Email, body.Email, 200)
                : Results.Json(new { detail = "Invalid credentials" }, statusCode: 401));
        app.MapPost("/auth/refresh", (JsonElement body) =>
        {
            var token = body.GetProperty("refresh_token").GetString() ?? string.Empty;
            return state.LiveRefreshTokens.TryRemove(token, out var email)
                ? Pair(state, "user-" + email, email, 200)
                : Results.Json(new { detail = "Invalid refresh token" }, statusCode: 401);
        });
        app.MapPost("/auth/logout", (HttpContext context) =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ey", StringComparison.Ordinal)
                ? Results.Json(new { success = true })
                : Results.Json(new { detail = "Not authenticated" }, statusCode: 401));
        app.MapPost("/auth/e2e/test-auth", (HttpContext context, Credentials body) =>
        {
            if (state.AuthOptions.BypassKey is null)
            {
                return Results.Json(new { detail = "bypass not configured" }, statusCode: 503);
            }

            return context.Request.Headers["X-E2E-Bypass-Key"] == state.AuthOptions.BypassKey
                ? Pair(state, "e2e-" + body.Email.Split('@')[0], body.Email, 200)
                : Results.Json(new { detail = "Invalid bypass key" }, statusCode: 401);
        });
    }

    private static IResult Pair(LoopbackState state, string userId, string email, int status)
    {
        var access = Sign(state, userId, email, "access", TimeSpan.FromMinutes(30));
        var refresh = Sign(state, userId, email, "refresh", TimeSpan.FromDays(14));
        state.LiveRefreshTokens[refresh] = email;
        return Results.Json(
            new { access_token = access, refresh_token = refresh, token_type = "Bearer", expires_in = 1800, user = new { id = userId, email,
                name = "E2E" } },
            statusCode: status);
    }

    private static string Sign(LoopbackState state, string userId, string email, string type, TimeSpan lifetime) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId, ["email"] = email, ["token_type"] = type, ["type"] = type, ["jti"] = Guid.NewGuid().ToString(),
                ["iss"] = "netra-auth-service", ["aud"] = "netra-platform",
            },
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(state.AuthOptions.JwtSecret)),
                SecurityAlgorithms.HmacSha256),
        });

    internal sealed record Credentials(string Email, string? Password);
}
