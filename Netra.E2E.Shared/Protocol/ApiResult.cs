using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Protocol;

/// <summary>A typed answer of a REST verb: the value read from the body (null when the body did not hold one) and the raw
/// response.</summary>
/// <typeparam name="T">The typed value.</typeparam>
/// <param name="Response">The response as received, for assertions on status, headers and body.</param>
/// <param name="Value">The value read from the body, or null.</param>
public sealed record ApiResult<T>(ApiResponse Response, T? Value)
    where T : class
{
    /// <summary>The value; fails the test, describing the response, when the body did not hold one.</summary>
    public T Require() => Value ?? throw new NUnit.Framework.AssertionException(
        $"Expected the body of {Response.Method} {Response.Path} to hold a {typeof(T).Name}; got {Response.Describe()}");
}
