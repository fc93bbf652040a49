namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A request as the loopback server received it: the raw request target and every header.</summary>
public sealed record ObservedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body);
