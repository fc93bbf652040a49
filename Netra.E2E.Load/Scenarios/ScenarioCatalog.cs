namespace Netra.E2E.Load.Scenarios;

/// <summary>The scenarios by name.</summary>
internal static class ScenarioCatalog
{
    /// <summary>The names, default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [AgentWebSocketScenario.ScenarioName, RestChatScenario.ScenarioName,
        IdleScenario.ScenarioName];

    /// <summary>The client implementations: the suite's library (default) or the raw baseline.</summary>
    public static IReadOnlyList<string> Clients { get; } = ["library", "raw"];

    /// <summary>The scenario called <paramref name="name"/>, done by the library or (<paramref name="client"/> raw) the baseline.</summary>
    /// <exception cref="FormatException">No scenario has that name, or the raw client does not do it.</exception>
    public static ILoadScenario Create(string name, string client = "library") => client switch
    {
        "library" => Create(name),
        "raw" => name switch
        {
            AgentWebSocketScenario.ScenarioName => new RawAgentScenario(),
            IdleScenario.ScenarioName => new RawIdleScenario(),
            _ => throw new FormatException(
                $"--client raw does {AgentWebSocketScenario.ScenarioName} and {IdleScenario.ScenarioName}, not '{name}'."),
        },
        _ => throw new FormatException($"--client '{client}' is not one of {string.Join(", ", Clients)}."),
    };

    private static ILoadScenario Create(string name) => name switch
    {
        AgentWebSocketScenario.ScenarioName => new AgentWebSocketScenario(),
        RestChatScenario.ScenarioName => new RestChatScenario(),
        IdleScenario.ScenarioName => new IdleScenario(),
        _ => throw new FormatException($"--scenario '{name}' is not one of {string.Join(", ", Names)}."),
    };
}
