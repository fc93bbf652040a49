namespace Netra.E2E.Load.Scenarios;

/// <summary>The target answered against the contract; carries the rule and, for agent runs, the transcript.</summary>
internal sealed class ContractViolationException : Exception
{
    /// <summary>Creates the violation of <paramref name="rule"/>.</summary>
    public ContractViolationException(string rule, string message, string? transcript = null)
        : base(message)
    {
        Rule = rule;
        Transcript = transcript;
    }

    /// <summary>Creates an empty one (for serializers and analyzers).</summary>
    public ContractViolationException()
        : this("unknown", "contract violation")
    {
    }

    /// <summary>Creates one with a message only.</summary>
    public ContractViolationException(string message)
        : this("unknown", message)
    {
    }

    /// <summary>Creates one wrapping another exception.</summary>
    public ContractViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "unknown";
    }

    /// <summary>The rule id (the oracle's, or a REST rule of this tool such as <c>rest-read-back</c>).</summary>
    public string Rule { get; } = "unknown";

    /// <summary>The run's transcript, or null.</summary>
    public string? Transcript { get; }
}
