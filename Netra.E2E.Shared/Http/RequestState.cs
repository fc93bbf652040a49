using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Http;

/// <summary>What the retry pipeline needs to know about the request it is running: for the rule, the ledger and the count.</summary>
internal sealed class RequestState(string method, string url, EvidenceLog evidence, bool retryable)
{
    public string Method { get; } = method;

    public string Url { get; } = url;

    public EvidenceLog Evidence { get; } = evidence;

    public bool Retryable { get; } = retryable;

    public int Attempts { get; set; }

    public IReadOnlyList<string> RequestHeaders { get; set; } = [];
}
