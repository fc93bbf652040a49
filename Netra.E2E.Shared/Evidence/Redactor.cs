using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Evidence;

/// <summary>
/// Removes secrets from text before it is stored, rendered or put in a failure message: JWT-shaped strings,
/// <c>jwt.</c> subprotocol entries, <c>?token=</c> query values, password and token JSON values, and every registered
/// <see cref="Secret"/>. A redacted JWT keeps a fingerprint so two mentions of one token can be matched.
/// </summary>
public sealed partial class Redactor
{
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-E2E-Bypass-Key", "X-Api-Key",
    };

    private readonly Lock _gate = new();
    private readonly Redactor? _parent;

    // Created with the first secret: a redactor that only inherits its parent's holds no table of its own.
    private Dictionary<string, string>? _secrets;

    // The secrets longest first (a longer one may contain a shorter), sorted once per registration, not once per text.
    private volatile KeyValuePair<string, string>[] _longestFirst = [];

    /// <summary>A redactor with no secrets of its own yet.</summary>
    public Redactor()
    {
    }

    /// <summary>
    /// A redactor that also removes every secret of <paramref name="parent"/> (a run's secrets, shared by all its users'
    /// logs), so each log holds only what was registered with it.
    /// </summary>
    public Redactor(Redactor? parent) => _parent = parent;

    /// <summary>Registers a secret value so it is replaced wherever it appears (also JSON- and URL-escaped).</summary>
    public void Register(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        Register(secret.Reveal(), $"<secret {secret.Source} sha256:{secret.Fingerprint}>");
    }

    /// <summary>Replaces <paramref name="text"/>'s secrets; null stays null.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var (value, label) in _longestFirst)
        {
            text = text.Replace(value, label, StringComparison.Ordinal);
        }

        for (var ancestor = _parent; ancestor is not null; ancestor = ancestor._parent)
        {
            foreach (var (value, label) in ancestor._longestFirst)
            {
                text = text.Replace(value, label, StringComparison.Ordinal);
            }
        }

        // Each pattern runs only on a text holding the literal every match of it starts with or contains (most texts, URLs
        // without a query and close reasons, hold none of them).
        if (text.Contains("eyJ", StringComparison.Ordinal))
        {
            text = Jwt().Replace(text, m => $"<jwt sha256:{Secret.FingerprintOf(m.Value)}>");
        }

        if (text.Contains('"', StringComparison.Ordinal))
        {
            text = JsonSecretValue().Replace(text, "\"${key}\":\"<redacted>\"");
        }

        if (text.Contains("jwt.", StringComparison.Ordinal))
        {
            text = SubprotocolToken().Replace(text, "jwt.<redacted>");
        }

        return text.Contains('=', StringComparison.Ordinal) ? QueryToken().Replace(text, "${name}=<redacted>") : text;
    }

    /// <summary>Redacts one header value: secret headers entirely (keeping the auth scheme and a JWT's fingerprint), others like any
    /// text.</summary>
    public string RedactHeader(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!SecretHeaders.Contains(name))
        {
            return Redact(value);
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var scheme = name.EndsWith("Authorization", StringComparison.OrdinalIgnoreCase) && space > 0 ? value[..(space + 1)] : string.Empty;
        var credential = value[scheme.Length..];
        return Jwt().Match(credential) is { Success: true } m && m.Length == credential.Length
            ? $"{scheme}<jwt sha256:{Secret.FingerprintOf(credential)}>"
            : $"{scheme}<redacted {credential.Length} chars>";
    }

    /// <summary>The URL with token query values redacted.</summary>
    public string RedactUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Redact(url.OriginalString);
    }

    /// <summary>Redacts, then shortens to at most <paramref name="maxChars"/> characters, marking the cut.</summary>
    public string Excerpt(string? text, int maxChars)
    {
        var redacted = Redact(text);
        return redacted.Length <= maxChars ? redacted : $"{redacted[..maxChars]}… ({redacted.Length} chars)";
    }

    internal void Register(string value, string label)
    {
        if (value.Length < 6 || Inherits(value))
        {
            return;
        }

        lock (_gate)
        {
            _secrets ??= new Dictionary<string, string>(StringComparer.Ordinal);
            _secrets[value] = label;
            _secrets.TryAdd(JsonEncodedText.Encode(value).ToString(), label);
            _secrets.TryAdd(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), label);
            _secrets.TryAdd(Uri.EscapeDataString(value), label);
            _longestFirst = [.. _secrets.OrderByDescending(s => s.Key.Length)];
        }
    }

    // Whether an ancestor already removes this value (registered there as itself).
    private bool Inherits(string value)
    {
        for (var ancestor = _parent; ancestor is not null; ancestor = ancestor._parent)
        {
            if (Array.Exists(ancestor._longestFirst, s => s.Key == value))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("""eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?""")]
    private static partial Regex Jwt();

    [GeneratedRegex("""\bjwt\.(?!<)[A-Za-z0-9_-]{8,}""")]
    private static partial Regex SubprotocolToken();

    [GeneratedRegex("""(?<name>[?&](?:token|access_token|refresh_token|jwt))=(?!<)[^&#\s"']+""", RegexOptions.IgnoreCase)]
    private static partial Regex QueryToken();

    [GeneratedRegex(
        @"""(?<key>password|new_password|current_password|access_token|refresh_token|id_token|token|" +
        @"client_secret|secret|api_key|bypass_key)""" +
        @"\s*:\s*""(?!<jwt |<secret |<redacted)(?:\\.|[^""\\])*""",
        RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecretValue();
}
