namespace Netra.E2E.ReferenceBackend.Tests.Faults;

/// <summary>Marks the test that proves a fault switch changes the behaviour it names.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ChecksFaultAttribute(string fault) : Attribute
{
    public string Fault { get; } = fault;
}
