namespace Netra.E2E.Shared.Evidence;

/// <summary>One HTTP request/response as recorded in an <see cref="EvidenceLog"/>; every text field is already redacted.</summary>
public sealed record HttpExchangeRecord
{
    /// <summary>HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The URL as sent, redacted.</summary>
    public required string Url { get; init; }

    /// <summary>When the first attempt started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Time from the first attempt to the last byte of the answer (or the failure).</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The final status, or null when no response arrived.</summary>
    public int? Status { get; init; }

    /// <summary>How many attempts were made (1 when not retried).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>The <c>X-Request-ID</c> of the answer, if any.</summary>
    public string? RequestId { get; init; }

    /// <summary>Request headers, redacted.</summary>
    public IReadOnlyList<string> RequestHeaders { get; init; } = [];

    /// <summary>Request body excerpt, redacted (empty when none).</summary>
    public string RequestBody { get; init; } = string.Empty;

    /// <summary>Response headers (including content headers), redacted.</summary>
    public IReadOnlyList<string> ResponseHeaders { get; init; } = [];

    /// <summary>Response body excerpt, redacted.</summary>
    public string ResponseBody { get; init; } = string.Empty;

    /// <summary>Why no response arrived (connection failure, timeout), redacted; null when one did.</summary>
    public string? Error { get; init; }

    /// <summary>One line: method, URL, status or error, duration, attempts.</summary>
    public string OneLine() =>
        $"{Method} {Url} → {(Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response")} " +
        $"in {Duration.TotalMilliseconds:0} ms{(Attempts > 1 ? $" after {Attempts} attempts" : string.Empty)}" +
        (RequestId is null ? string.Empty : $" (request id {RequestId})") +
        (Error is null ? string.Empty : $": {Error}");
}
