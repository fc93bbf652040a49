namespace Netra.E2E.Shared.Configuration;

/// <summary>
/// The one options object of a run: which target, how to authenticate, how long to wait.
/// Built and validated once by <see cref="E2ESettingsLoader"/>; <see cref="ToString"/> is safe to print.
/// </summary>
public sealed record E2ESettings
{
    /// <summary><c>NETRA_E2E_TARGET</c>; default local.</summary>
    public TargetKind Target { get; init; } = TargetKind.Local;

    /// <summary><c>NETRA_BACKEND_URL</c>; null means the target's default.</summary>
    public Uri? BackendUrl { get; init; }

    /// <summary><c>NETRA_AUTH_URL</c>; null means the target's default.</summary>
    public Uri? AuthUrl { get; init; }

    /// <summary><c>NETRA_WS_URL</c>; null means the backend with ws(s) scheme and <c>/ws</c>.</summary>
    public Uri? WebSocketUrl { get; init; }

    /// <summary><c>NETRA_FRONTEND_ORIGIN</c>; null means the target's default.</summary>
    public string? FrontendOrigin { get; init; }

    /// <summary><c>NETRA_AUTH_MODE</c>; default register on local and custom, bypass on staging.</summary>
    public AuthMode AuthMode { get; init; } = AuthMode.Register;

    /// <summary><c>E2E_BYPASS_KEY</c> (alias <c>E2E_OAUTH_SIMULATION_KEY</c>); null when unset.</summary>
    public Secret? BypassKey { get; init; }

    /// <summary><c>NETRA_E2E_ALLOW_PRODUCTION</c>; default false.</summary>
    public bool AllowProduction { get; init; }

    /// <summary><c>NETRA_E2E_FAIL_ON_FLAKY</c>: a test that passed only after HTTP retries fails instead. Default false.</summary>
    public bool FailOnFlaky { get; init; }

    /// <summary><c>NETRA_E2E_TEST_TIMEOUT_SECONDS</c>: each test's deadline. Default 30 s.</summary>
    public TimeSpan TestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>NETRA_E2E_REQUEST_TIMEOUT_SECONDS</c>: one HTTP attempt. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>NETRA_E2E_CONNECT_TIMEOUT_SECONDS</c>: one WebSocket handshake. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>NETRA_E2E_PREFLIGHT_TIMEOUT_SECONDS</c>: the reachability check of the whole target. Default 10 s.</summary>
    public TimeSpan PreflightTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>NETRA_E2E_SLO_HEALTH_P50_MS</c>: median of 10 health calls. Default 1000 ms.</summary>
    public TimeSpan SloHealthP50 { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary><c>NETRA_E2E_SLO_FIRST_EVENT_MS</c>: time from request to first agent event. Default 5000 ms.</summary>
    public TimeSpan SloFirstEvent { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary><c>NETRA_REFERENCE_FAULTS</c>: faults of the embedded backend (local only). Default none.</summary>
    public string ReferenceFaults { get; init; } = string.Empty;

    /// <summary><c>NETRA_REFERENCE_WS_AUTH_FAILURE</c>: handshake or close (local only). Default handshake.</summary>
    public string ReferenceWsAuthFailure { get; init; } = "handshake";

    /// <summary><c>NETRA_REFERENCE_VARIANT</c>: standard or alternate choices of the embedded backend (local only).</summary>
    public string ReferenceVariant { get; init; } = "standard";

    /// <summary>
    /// <c>NETRA_E2E_RUN_TIMEOUT_SECONDS</c>: how long one agent run may take from start to its terminal event. Default
    /// 10 s, sized for the embedded backend; real agents that call language models need far more.
    /// </summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>NETRA_EXPECTED_ENVIRONMENT</c>: the environment a custom target must report. Default <c>staging</c>.</summary>
    public string? ExpectedEnvironment { get; init; }

    /// <summary><c>NETRA_E2E_CA_CERT</c>: a PEM file of CA or server certificates trusted besides the system store.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>The lookup the settings came from; also feeds <see cref="JwtSecretResolver"/>.</summary>
    public required SettingsLayers Layers { get; init; }

    /// <summary>For each variable that was set, the layer it came from.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public override string ToString()
    {
        string Src(string variable) => Sources.TryGetValue(variable, out var layer) ? layer : "default";
        var lines = new[]
        {
            $"target           {Target.ToString().ToLowerInvariant()} ({Src("NETRA_E2E_TARGET")})",
            $"backend url      {BackendUrl?.ToString() ?? "(target default)"} ({Src("NETRA_BACKEND_URL")})",
            $"auth url         {AuthUrl?.ToString() ?? "(target default)"} ({Src("NETRA_AUTH_URL")})",
            $"websocket url    {WebSocketUrl?.ToString() ?? "(backend + /ws)"} ({Src("NETRA_WS_URL")})",
            $"frontend origin  {FrontendOrigin ?? "(target default)"} ({Src("NETRA_FRONTEND_ORIGIN")})",
            $"auth mode        {AuthMode.ToString().ToLowerInvariant()} ({Src("NETRA_AUTH_MODE")})",
            $"bypass key       {BypassKey?.ToString() ?? "not set"}",
            $"allow production {AllowProduction}",
            $"fail on flaky    {FailOnFlaky} ({Src("NETRA_E2E_FAIL_ON_FLAKY")})",
            $"timeouts         test {TestTimeout.TotalSeconds}s, run {RunTimeout.TotalSeconds}s, request {RequestTimeout.TotalSeconds}s, " +
            $"connect {ConnectTimeout.TotalSeconds}s, preflight {PreflightTimeout.TotalSeconds}s",
            CaCertificateFile is null ? string.Empty : $"ca certificate   {CaCertificateFile} (NETRA_E2E_CA_CERT)",
            Target == TargetKind.Custom
                ? $"expected env     {ExpectedEnvironment ?? "staging"} ({Src("NETRA_EXPECTED_ENVIRONMENT")})"
                : string.Empty,
            $"slo              health p50 {SloHealthP50.TotalMilliseconds}ms, first event {SloFirstEvent.TotalMilliseconds}ms",
            Target == TargetKind.Local
                ? $"reference        variant {ReferenceVariant}, faults [{ReferenceFaults}], ws auth failure {ReferenceWsAuthFailure}"
                : string.Empty,
        };
        return string.Join(Environment.NewLine, lines.Where(l => l.Length > 0));
    }
}
