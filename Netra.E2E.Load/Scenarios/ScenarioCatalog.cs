namespace Netra.E2E.Load.Scenarios;

/// <summary>The scenarios by name.</summary>
internal static class ScenarioCatalog
{
    /// <summary>The names, default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [AgentWebSocketScenario.ScenarioName, RestChatScenario.ScenarioName, IdleScenario.ScenarioName];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">No scenario has that name.</exception>
    public static ILoadScenario Create(string name) => name switch
    {
        AgentWebSocketScenario.ScenarioName => new AgentWebSocketScenario(),
        RestChatScenario.ScenarioName => new RestChatScenario(),
        IdleScenario.ScenarioName => new IdleScenario(),
        _ => throw new FormatException($"--scenario '{name}' is not one of {string.Join(", ", Names)}."),
    };
}
