namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// The target answered, but not with a status the step can go on from (a 5xx, a 429 under load, a closed connection
/// in the idle soak): counted as an error of <see cref="Category"/>, not as a contract violation.
/// </summary>
internal sealed class UnexpectedAnswerException : Exception
{
    /// <summary>Creates the error.</summary>
    public UnexpectedAnswerException(string category, string message)
        : base(message) => Category = category;

    /// <summary>Creates an empty one (for serializers and analyzers).</summary>
    public UnexpectedAnswerException()
        : this("unexpected", "unexpected answer")
    {
    }

    /// <summary>Creates one with a message only.</summary>
    public UnexpectedAnswerException(string message)
        : this("unexpected", message)
    {
    }

    /// <summary>Creates one wrapping another exception.</summary>
    public UnexpectedAnswerException(string message, Exception innerException)
        : base(message, innerException) => Category = "unexpected";

    /// <summary>The error's category, e.g. <c>status_503</c> or <c>drop</c>.</summary>
    public string Category { get; } = "unexpected";
}
