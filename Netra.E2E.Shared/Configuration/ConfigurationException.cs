namespace Netra.E2E.Shared.Configuration;

/// <summary>The suite's configuration is invalid; the message names the variable to fix.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception for the named variable.</summary>
    public ConfigurationException(string variable, string message)
        : base($"{variable}: {message}") => Variable = variable;

    /// <summary>Creates an exception with a message.</summary>
    public ConfigurationException(string message)
        : base(message) => Variable = string.Empty;

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Variable = string.Empty;

    /// <summary>Creates an empty exception.</summary>
    public ConfigurationException()
        : base("The E2E configuration is invalid.") => Variable = string.Empty;

    /// <summary>The environment variable or run-settings parameter to set.</summary>
    public string Variable { get; }
}
