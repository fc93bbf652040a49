using BenchmarkDotNet.Attributes;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Benchmarks;

/// <summary>Redaction: a frame excerpt (what full evidence does per frame) and a header, with two registered secrets.</summary>
[MemoryDiagnoser]
public class RedactionBenchmarks
{
    private readonly Redactor _redactor = new();
    private string _frame = string.Empty;

    /// <summary>Registers a bypass key and a JWT secret, as a load user's evidence has.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _redactor.Register(new Secret("bench-bypass-key-0123456789abcdef", "benchmark"));
        _redactor.Register(new Secret("bench-jwt-secret-0123456789abcdefghijklmnop", "benchmark"));
        _frame = Transcripts.LargestFrame();
    }

    /// <summary>A 400-character redacted excerpt of the largest frame.</summary>
    [Benchmark]
    public string ExcerptFrame() => _redactor.Excerpt(_frame, 400);

    /// <summary>The whole largest frame redacted.</summary>
    [Benchmark]
    public string RedactFrame() => _redactor.Redact(_frame);

    /// <summary>An Authorization header.</summary>
    [Benchmark]
    public string RedactAuthorizationHeader() => _redactor.RedactHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig");
}
