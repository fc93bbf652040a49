using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Scenarios;

/// <summary>What each user asks the agent: reproducible from the seed and the user's index, different across users.</summary>
internal static class AgentRequests
{
    private static readonly string[] Agents = ["triage", "data", "optimization"];

    private static readonly string[] Subjects =
    [
        "Build a report from the sales dataset for region {0}",
        "Reduce our monthly cloud spend on cluster {0} without losing capacity",
        "Which query of workspace {0} scans the most data and why",
        "Summarise the onboarding feedback of cohort {0} in plain words",
        "Optimize the budget of campaign {0} across its three channels",
        "Compare latency reports of service {0} between last week and this week",
    ];

    /// <summary>The agent type of <paramref name="user"/>: <c>--agent</c>, or with <c>mixed</c> one picked from its random
    /// source.</summary>
    public static string AgentFor(VirtualUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Options.Agent == "mixed" ? Agents[user.Random.Next(Agents.Length)] : user.Options.Agent;
    }

    /// <summary>The request of <paramref name="user"/>'s iteration <paramref name="iteration"/>.</summary>
    public static string RequestFor(VirtualUser user, int iteration)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subject = Subjects[user.Random.Next(Subjects.Length)];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, subject,
            $"u{user.Index}-i{iteration}-{user.Random.Next(1000)}");
    }

    /// <summary>Whether <paramref name="agent"/> is a value <c>--agent</c> accepts.</summary>
    public static bool IsValidOption(string agent) => agent == "mixed" || Agents.Contains(agent);
}
